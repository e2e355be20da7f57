import ReformModel
import ReformRecord
import ReformStore

/// Events for the suite, with only the fields a test cares about.
enum Events {
    static func event(_ action: String, day: String, progress: Int? = nil, status: (old: Action.Status?, new: Action.Status)? = nil,
                      note: String? = nil, by: String = "alice", origin: EventOrigin = .update) -> RecordedEvent {
        RecordedEvent(action: action, occurredAt: day, day: day, recordedAt: "2025-01-15T09:00:00Z", recordedBy: by, note: note,
                      statusOld: status?.old, statusNew: status?.new, progressOld: nil, progressNew: progress, origin: origin)
    }
}
