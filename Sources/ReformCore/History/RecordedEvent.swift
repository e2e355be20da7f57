import GRDB
import ReformModel

/// One recorded update to an action, as the history store keeps it: who, when, and each
/// field's old and new value. Events are only ever appended; the database refuses changes.
public struct RecordedEvent: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event"

    /// The event's number, in the order recorded.
    public var id: Int64?
    /// The action updated.
    public var action: String
    /// When the change happened, as given (`2025-01-15` or `2025-01-15T10:30:00Z`).
    public var occurredAt: String
    /// The day the change takes effect, `YYYY-MM-DD`.
    public var day: String
    /// When it was recorded, UTC.
    public var recordedAt: String
    /// Who recorded it.
    public var recordedBy: String
    /// What was said.
    public var note: String?
    /// The status before and after, where the status changed.
    public var statusOld: String?
    public var statusNew: String?
    /// The progress before and after, where it changed.
    public var progressOld: Int?
    public var progressNew: Int?
    /// The due date's wording before and after, where it changed.
    public var dueOld: String?
    public var dueNew: String?
    /// `update` or `import`.
    public var origin: String

    /// Creates an event; only the fields that changed carry old and new values.
    public init(id: Int64? = nil, action: String, occurredAt: String, day: String, recordedAt: String, recordedBy: String, note: String? = nil,
                statusOld: String? = nil, statusNew: String? = nil, progressOld: Int? = nil, progressNew: Int? = nil,
                dueOld: String? = nil, dueNew: String? = nil, origin: String = "update") {
        self.id = id
        self.action = action
        self.occurredAt = occurredAt
        self.day = day
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
        self.note = note
        self.statusOld = statusOld
        self.statusNew = statusNew
        self.progressOld = progressOld
        self.progressNew = progressNew
        self.dueOld = dueOld
        self.dueNew = dueNew
        self.origin = origin
    }

    enum CodingKeys: String, CodingKey {
        case id, action, occurredAt = "occurred_at", day, recordedAt = "recorded_at", recordedBy = "recorded_by", note
        case statusOld = "status_old", statusNew = "status_new", progressOld = "progress_old", progressNew = "progress_new"
        case dueOld = "due_old", dueNew = "due_new", origin
    }

    /// The event as the analysis applies it.
    public var update: ProgressUpdate? {
        guard let day = CalendarDay(iso: Substring(day)) else { return nil }
        return ProgressUpdate(actionID: action, day: day, status: statusNew.flatMap(Action.Status.init(rawValue:)), progress: progressNew,
                              due: dueNew.flatMap { try? PlanDate.parse($0).get() }, note: note, by: recordedBy)
    }

    /// The changes in words: "status in-progress → complete, progress 40 → 100".
    public var changeSummary: String {
        var parts: [String] = []
        if let statusNew { parts.append("status \(statusOld ?? "?") → \(statusNew)") }
        if let progressNew { parts.append("progress \(progressOld.map { "\($0)%" } ?? "not reported") → \(progressNew)%") }
        if let dueNew { parts.append("due \(dueOld ?? "none") → \(dueNew)") }
        if let note { parts.append("note: \(note)") }
        return parts.joined(separator: ", ")
    }
}

/// One run of `reform report`: which plugin wrote what, as at when, so that the next report can
/// show what changed since this one.
public struct ReportRun: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "report_run"

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

    /// Creates a run record.
    public init(id: Int64? = nil, plugin: String, pluginVersion: String, format: String, asOf: String, since: String?, generatedAt: String,
                outputSHA256: String, outputBytes: Int, outputPath: String?, actions: String) {
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
    }

    enum CodingKeys: String, CodingKey {
        case id, plugin, pluginVersion = "plugin_version", format, asOf = "as_of", since, generatedAt = "generated_at"
        case outputSHA256 = "output_sha256", outputBytes = "output_bytes", outputPath = "output_path", actions
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
