import ReformModel
import ReformRecord
import ReformStore

/// One event as `history --json` and `log --json` print it.
public struct EventJSON: Codable, Sendable {
    let id: Int64?
    let action: String
    let day: String
    let occurredAt: String
    let recordedAt: String
    let recordedBy: String
    let note: String?
    let status: Change<Action.Status>?
    let progress: Change<Int>?
    let due: Change<String>?
    let origin: EventOrigin
    let voids: Int64?
    let reason: String?
    let voidedBy: Int64?
    let orphaned: Bool?

    /// A field's value before and after the event.
    struct Change<Value: Codable & Sendable>: Codable, Sendable {
        let old: Value?
        let new: Value
    }

    /// The JSON of an entry; `orphaned` is left out where `nil` (the log does not read the programme).
    public init(_ entry: HistoryEntry) {
        let event = entry.event
        id = event.id
        action = event.action
        day = event.day
        occurredAt = event.occurredAt
        recordedAt = event.recordedAt
        recordedBy = event.recordedBy
        note = event.note
        status = event.statusNew.map { Change(old: event.statusOld, new: $0) }
        progress = event.progressNew.map { Change(old: event.progressOld, new: $0) }
        due = event.dueNew.map { Change(old: event.dueOld, new: $0) }
        origin = event.origin
        voids = event.voids
        reason = event.reason
        voidedBy = entry.voidedBy?.id
        orphaned = entry.orphaned
    }

    private enum CodingKeys: String, CodingKey {
        case id, action, day, occurredAt = "occurred_at", recordedAt = "recorded_at", recordedBy = "recorded_by", note
        case status, progress, due, origin, voids, reason, voidedBy = "voided_by", orphaned
    }
}
