import Foundation
import ReformModel

/// The one JSON document the core hands a report plugin: the validated programme, every
/// analysis, and what changed, so that the plugin only renders.
///
/// Its JSON Schema is `docs/report-request.schema.json`, generated from these types (`ReportRequestSchema`).
public struct ReportRequest: Sendable, Codable, JSONSchemaDescribed {
    /// For the published schema.
    public static let schemaDescription = "The request: the validated programme, the core's analysis at as_of, and what changed since since."

    /// The contract tag every request carries.
    public static let contractTag = "reform-report/1"
    /// The revision of contract 1 this tool writes: revisions add members and re-mean none (CHANGELOG.md).
    public static let contractRevision = "1.4"

    /// `reform-report/1`.
    public var contract: String
    /// The plugin's id.
    public var plugin: String
    /// The requested format's id.
    public var format: String
    /// The user's `--option key=value` pairs, with the manifest's defaults filled in.
    public var options: [String: String]
    /// The files named by the options of kind `file`, read by the host, under each option's name;
    /// absent when no such option was given (contract 1.1).
    public var files: [String: PluginFile]?
    /// When the request was made, ISO 8601 in UTC.
    public var generatedAt: String
    /// The day the analysis is computed at.
    public var asOf: CalendarDay
    /// The day changes are counted from, if any.
    public var since: CalendarDay?
    /// The whole validated programme: dates with day and wording, amounts as exact decimal strings.
    public var programme: Programme
    /// The core's analysis at `asOf`.
    public var analysis: ProgrammeAnalysis
    /// What changed between `since` and `asOf` (empty without history).
    public var changes: ProgrammeChanges
    /// The plan's revision, its dates against the baseline and its revisions in the period; absent while the plan is a file (contract 1.2).
    public var plan: PlanHistory?
    /// The round of updates the report is made for (the latest opened by `as_of`), with how its
    /// owners kept to it; absent when no round was opened (contract 1.4).
    public var round: RoundReport?

    /// Creates a request.
    public init(plugin: String, format: String, options: [String: String], files: [String: PluginFile]? = nil, generatedAt: String,
                asOf: CalendarDay, since: CalendarDay?, programme: Programme, analysis: ProgrammeAnalysis, changes: ProgrammeChanges,
                plan: PlanHistory? = nil, round: RoundReport? = nil) {
        self.contract = Self.contractTag
        self.plugin = plugin
        self.format = format
        self.options = options
        self.files = files
        self.generatedAt = generatedAt
        self.asOf = asOf
        self.since = since
        self.programme = programme
        self.analysis = analysis
        self.changes = changes
        self.plan = plan
        self.round = round
    }

    /// The JSON keys, which the hand-written writer shares.
    enum CodingKeys: String, CodingKey {
        case contract, plugin, format, options, files, generatedAt = "generated_at", asOf = "as_of", since, programme, analysis, changes, plan, round
    }

    /// The request as JSON bytes, written in one pass (identical requests are identical bytes).
    public func encoded() throws -> [UInt8] {
        try ReportRequestWriter(contract: contract, plugin: plugin, format: format, options: options, files: files, generatedAt: generatedAt, asOf: asOf, since: since,
                                programme: programme)
            .finish(analysis: analysis, changes: changes, plan: plan, round: round)
    }

    /// Reads a request from JSON bytes, refusing another contract. The lists at `unused` are
    /// passed over, never decoded, and come back empty.
    public static func decode(_ bytes: [UInt8], skipping unused: Set<RequestPart> = []) throws(ReportRenderError) -> ReportRequest {
        try bytes.withUnsafeBufferPointer { buffer throws(ReportRenderError) in try decode(buffer, skipping: unused) }
    }

    /// Reads a request from JSON bytes that stay valid for the call, without copying them first
    /// (a request for a large programme is over 100 MB).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, skipping unused: Set<RequestPart> = []) throws(ReportRenderError) -> ReportRequest {
        let request: ReportRequest
        do {
            request = try decodeAnalysisAside(bytes, emptyingListsAt: Set(unused.map(\.path)))
        } catch {
            throw ReportRenderError("the request could not be read: \(ReportRenderError.describe(error))")
        }
        guard request.contract == contractTag else {
            throw ReportRenderError("the request is for contract '\(request.contract)', not '\(contractTag)'")
        }
        return request
    }

    /// The request read with its analysis decoded on the other core while the programme is: for a
    /// large programme each takes about as long as the other, and together most of a plugin's time.
    private static func decodeAnalysisAside(_ bytes: UnsafeBufferPointer<UInt8>, emptyingListsAt unused: Set<[String]>) throws -> ReportRequest {
        let decoder = JSONTapeDecoder()
        let prepared = try decoder.prepare(bytes, emptyingListsAt: unused)
        let aside = DecodedAside()
        let done = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: done) {
            aside.result = Result { try decoder.decode(ProgrammeAnalysis.self, at: [CodingKeys.analysis.stringValue], of: prepared) }
        }
        // The other thread reads the bytes, which are valid only during this call: it has finished before this returns.
        defer { done.wait() }
        return try decoder.decode(ReportRequest.self, of: prepared, taking: [CodingKeys.analysis.stringValue]) {
            done.wait()
            return try aside.result!.get()
        }
    }
}

/// What the other thread decoded, read after waiting for it to finish.
private final class DecodedAside: @unchecked Sendable {
    var result: Result<ProgrammeAnalysis, any Error>?
}
