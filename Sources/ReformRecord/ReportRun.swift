import ReformModel

/// One run of `reform report`: which plugin wrote what, as at when, so that the next report can
/// show what changed since this one.
public struct ReportRun: Hashable, Sendable, Codable {
    /// The run's number, in the order recorded; `nil` until the store has assigned it.
    public var id: Int64?
    /// The plugin's id and version, and the format written.
    public var plugin: String
    public var pluginVersion: String
    public var format: String
    /// The day the report was as at, and the day its changes counted from.
    public var asOf: String
    public var since: String?
    /// When it ran, UTC.
    public var generatedAt: String
    /// The SHA-256 of the document and its size.
    public var outputSHA256: String
    public var outputBytes: Int
    /// Where it was written, if to a file.
    public var outputPath: String?
    /// The plan's actions at the time, as a JSON object from id to title, to find added and removed actions later.
    public var actions: String
    /// Who ran it from the web front end, where it was run there.
    public var runBy: String?
    /// The plan revision it was made from, when the plan was in the record (`nil` when it was the file).
    public var planRevision: Int64?
    /// Where it stands: a draft, issued to the committee, or discarded (its latest `ReportDecision`).
    /// Not a column of the run: read with it from the decisions.
    public var state: State = .draft

    /// Where a run stands.
    public enum State: String, Hashable, Sendable, Codable {
        case draft, issued, discarded

        /// The state a decision puts a run in.
        public init(_ outcome: ReportDecision.Outcome) {
            switch outcome {
            case .issued: self = .issued
            case .discarded: self = .discarded
            }
        }
    }

    /// Creates a run record.
    public init(id: Int64? = nil, plugin: String, pluginVersion: String, format: String, asOf: String, since: String?, generatedAt: String,
                outputSHA256: String, outputBytes: Int, outputPath: String?, actions: String, runBy: String? = nil,
                planRevision: Int64? = nil) {
        self.id = id
        self.plugin = plugin
        self.pluginVersion = pluginVersion
        self.format = format
        self.asOf = asOf
        self.since = since
        self.generatedAt = generatedAt
        self.outputSHA256 = outputSHA256
        self.outputBytes = outputBytes
        self.outputPath = outputPath
        self.actions = actions
        self.runBy = runBy
        self.planRevision = planRevision
    }

    /// The keys of its JSON: the columns of `report_run`, then its state (read from the decisions).
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, plugin, pluginVersion = "plugin_version", format, asOf = "as_of", since, generatedAt = "generated_at"
        case outputSHA256 = "output_sha256", outputBytes = "output_bytes", outputPath = "output_path", actions, runBy = "run_by"
        case planRevision = "plan_revision", state

        /// The columns of `report_run`: every key but the state.
        public static var columns: [CodingKeys] { allCases.filter { $0 != .state } }
    }
}

extension ReportRun {
    /// `actions` as a run records them: a JSON object from each action's id to its title, in file
    /// order (the first, where an id repeats).
    public static func actionTitles(of actions: [Action]) -> String {
        var writer = JSONWriter(capacity: actions.count * 80 + 2)
        var seen = Set<String>(minimumCapacity: actions.count)
        writer.beginObject()
        for action in actions where seen.insert(action.id).inserted {
            writer.key(action.id)
            writer.string(action.title)
        }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
