import ReformModel

/// One recorded update to an action, as the store keeps it: who, when, and each field's old and
/// new value. Events are only ever appended; the database refuses to change or delete one.
public struct RecordedEvent: Hashable, Sendable, Codable {
    /// The event's number, in the order recorded; `nil` until the store has assigned it.
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
    /// The status before and after, where the status was given.
    public var statusOld: Action.Status?
    public var statusNew: Action.Status?
    /// The progress before and after, where it was given.
    public var progressOld: Int?
    public var progressNew: Int?
    /// The due date's wording before and after, where it was given.
    public var dueOld: String?
    public var dueNew: String?
    /// How it came in: one `reform update`, or a row of an import.
    public var origin: EventOrigin
    /// The event this one cancels, when it is a void: nothing is ever deleted, a mistake is voided.
    public var voids: Int64?
    /// Why it was voided (or corrected), in the words of whoever did it.
    public var reason: String?
    /// For a void written in the same transaction as the event it voids (an import of an export):
    /// that event's position in the batch. The store resolves it to the event's number; it is never stored.
    public var voidsBatchPosition: Int? = nil

    /// Creates an event; only the fields given carry old and new values.
    public init(id: Int64? = nil, action: String, occurredAt: String, day: String, recordedAt: String, recordedBy: String, note: String? = nil,
                statusOld: Action.Status? = nil, statusNew: Action.Status? = nil, progressOld: Int? = nil, progressNew: Int? = nil,
                dueOld: String? = nil, dueNew: String? = nil, origin: EventOrigin = .update, voids: Int64? = nil, reason: String? = nil) {
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
        self.voids = voids
        self.reason = reason
    }

    /// A void of `event` (numbered `id`; `nil` while it is unwritten in the same batch): it cancels
    /// that event in every state and report, and is kept beside it.
    public static func void(of event: RecordedEvent, id: Int64?, occurredAt: String, day: String, recordedAt: String, recordedBy: String,
                            reason: String) -> RecordedEvent {
        RecordedEvent(action: event.action, occurredAt: occurredAt, day: day, recordedAt: recordedAt, recordedBy: recordedBy,
                      origin: .update, voids: id, reason: reason)
    }

    /// Whether this event cancels another rather than recording progress.
    public var isVoid: Bool { voids != nil }

    /// The column names, which are also the event's keys in JSON.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, action, occurredAt = "occurred_at", day, recordedAt = "recorded_at", recordedBy = "recorded_by", note
        case statusOld = "status_old", statusNew = "status_new", progressOld = "progress_old", progressNew = "progress_new"
        case dueOld = "due_old", dueNew = "due_new", origin, voids, reason
    }

    /// The event as the analysis applies it.
    public var update: ProgressUpdate? {
        guard let day = CalendarDay(iso: Substring(day)) else { return nil }
        return ProgressUpdate(actionID: action, day: day, status: statusNew, progress: progressNew,
                              due: dueNew.flatMap { try? PlanDate.parse($0).get() }, note: note, by: recordedBy)
    }

    /// The changes in words: "status in-progress → complete, progress 40 → 100", or "voids #12: reason".
    public var changeSummary: String {
        if let voids { return "voids #\(voids)" + (reason.map { ": \($0)" } ?? "") }
        var parts: [String] = []
        // A value reported again as it was reads as such, never "56% → 56%".
        if let statusNew { parts.append(statusOld == statusNew ? "status \(statusNew.rawValue) (unchanged)" : "status \(statusOld?.rawValue ?? "?") → \(statusNew.rawValue)") }
        if let progressNew {
            parts.append(progressOld == progressNew ? "progress \(progressNew)% (unchanged)" : "progress \(progressOld.map { "\($0)%" } ?? "not reported") → \(progressNew)%")
        }
        if let dueNew { parts.append(dueOld == dueNew ? "due \(dueNew) (unchanged)" : "due \(dueOld ?? "none") → \(dueNew)") }
        if let note { parts.append("note: \(note)") }
        return parts.joined(separator: ", ")
    }
}
