import ReformModel

/// Writes a request's JSON in steps, in the order of its members, so that a host can write
/// each part as soon as it exists: the programme, then the action assessments, then the rest of
/// the analysis and the changes.
///
/// The programme and the assessments are most of a large request's bytes, and both are known
/// before the deadlines are judged, so a host can write them on one core while it computes the
/// analysis on the other. The bytes are those of `ReportRequest.encoded()`, which writes
/// through this type too.
///
/// It is a class so that handing it to another thread never copies its bytes; it must be used
/// by one thread at a time.
public final class ReportRequestWriter: @unchecked Sendable {
    private var writer: JSONWriter
    /// How many action assessments `writeAssessments` wrote, if it was called.
    private var assessmentsWritten: Int?
    /// Whether `finish` has handed the bytes over.
    private var finished = false

    /// Starts the request and writes its programme: every member that comes before the analysis.
    /// `contract` is for tests of a plugin's refusal; a host leaves it alone.
    public init(contract: String = ReportRequest.contractTag, plugin: String, format: String, options: [String: String],
                files: [String: PluginFile]? = nil, generatedAt: String, asOf: CalendarDay, since: CalendarDay?, programme: Programme) throws {
        // Room for the whole request from the start: growing a buffer of 100 MB by doubling copies it
        // and touches twice the memory, while capacity that is never written costs no memory at all.
        let items = programme.actions.count + programme.milestones.count + programme.policies.count + programme.funding.count
            + programme.burdens.count
        writer = JSONWriter(capacity: (1 << 16) + items * 2048)
        // Members in the order of `ReportRequest.CodingKeys`, as its `Encodable` conformance writes them.
        writer.beginObject()
        writer.member(ReportRequest.CodingKeys.contract, contract)
        writer.member(ReportRequest.CodingKeys.plugin, plugin)
        writer.member(ReportRequest.CodingKeys.format, format)
        writer.member(ReportRequest.CodingKeys.options, options)
        if let files {
            writer.key(ReportRequest.CodingKeys.files)
            try writer.encodable(files)
        }
        writer.member(ReportRequest.CodingKeys.generatedAt, generatedAt)
        writer.member(ReportRequest.CodingKeys.asOf, asOf)
        writer.member(ReportRequest.CodingKeys.since, since)
        writer.key(ReportRequest.CodingKeys.programme)
        try writer.encodable(programme)
    }

    /// Writes the analysis as far as its action assessments. The analysis given to `finish`
    /// must then be `ProgrammeAnalysis(completing: assessed)`.
    public func writeAssessments(_ assessed: AssessedProgramme) {
        precondition(assessmentsWritten == nil && !finished, "the assessments are written once, before the request is finished")
        writer.key(ReportRequest.CodingKeys.analysis)
        ProgrammeAnalysis.writeJSONOpening(of: assessed, to: &writer)
        assessmentsWritten = assessed.actions.count
    }

    /// Writes the rest of the analysis (all of it, unless `writeAssessments` wrote the start) and
    /// the changes, the plan's history (when the plan is in the record) and the round reported, and ends the request: its whole JSON. It is called once; the writer is empty afterwards.
    public func finish(analysis: ProgrammeAnalysis, changes: ProgrammeChanges, plan: PlanHistory? = nil, round: RoundReport? = nil) throws -> [UInt8] {
        precondition(!finished, "a request is finished once")
        finished = true
        if let assessmentsWritten {
            precondition(assessmentsWritten == analysis.actions.count, "the analysis completes the assessments written")
            try analysis.writeJSONRest(to: &writer)
        } else {
            writer.key(ReportRequest.CodingKeys.analysis)
            try analysis.writeJSON(to: &writer)
        }
        writer.key(ReportRequest.CodingKeys.changes)
        try writer.encodable(changes)
        if let plan {
            writer.key(ReportRequest.CodingKeys.plan)
            try writer.encodable(plan)
        }
        if let round {
            writer.key(ReportRequest.CodingKeys.round)
            try writer.encodable(round)
        }
        writer.endObject()
        defer { writer = JSONWriter(capacity: 0) }
        return writer.bytes
    }
}
