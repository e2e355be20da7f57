extension ProgrammeAnalysis {
    /// Writes the analysis as its `Encodable` conformance does, member for member (`CodingKeys` order).
    ///
    /// - Throws: what `JSONWriter.encodable` throws for the funding and indicators, which go
    ///   through their `encode(to:)`.
    public func writeJSON(to writer: inout JSONWriter) throws {
        Self.writeOpening(asOf: asOf, baseline: baseline, updatesApplied: updatesApplied, rollUpRule: rollUpRule, actions: actions,
                          to: &writer)
        try writeJSONRest(to: &writer)
    }

    /// Writes the analysis's JSON as far as its action assessments, which is all `assessed` knows:
    /// a report's request writes this while the rest is computed, and ends it with `writeJSONRest`.
    public static func writeJSONOpening(of assessed: AssessedProgramme, to writer: inout JSONWriter) {
        writeOpening(asOf: assessed.state.asOf, baseline: assessed.state.programme.info.asOf, updatesApplied: assessed.updatesApplied,
                     rollUpRule: RAGRollUp.rule, actions: assessed.actions, to: &writer)
    }

    /// Writes the members after the action assessments and closes the analysis's object.
    public func writeJSONRest(to writer: inout JSONWriter) throws {
        writer.member(ProgrammeAnalysis.CodingKeys.pillars, pillars)
        writer.member(ProgrammeAnalysis.CodingKeys.policies, policies)
        writer.member(ProgrammeAnalysis.CodingKeys.milestones, milestones)
        writer.member(ProgrammeAnalysis.CodingKeys.deadlines, deadlines)
        writer.key(ProgrammeAnalysis.CodingKeys.funding)
        try writer.encodable(funding)
        writer.key(ProgrammeAnalysis.CodingKeys.indicators)
        try writer.encodable(indicators)
        writer.endObject()
    }

    private static func writeOpening(asOf: CalendarDay, baseline: PlanDate?, updatesApplied: Int, rollUpRule: String,
                                     actions: [ActionAssessment], to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(ProgrammeAnalysis.CodingKeys.asOf, asOf)
        writer.member(ProgrammeAnalysis.CodingKeys.baseline, baseline)
        writer.member(ProgrammeAnalysis.CodingKeys.updatesApplied, updatesApplied)
        writer.member(ProgrammeAnalysis.CodingKeys.rollUpRule, rollUpRule)
        writer.member(ProgrammeAnalysis.CodingKeys.actions, actions)
    }
}
