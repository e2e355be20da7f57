import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Correcting a recorded update, as `reform correct` and a lead's correction form do: the wrong
/// event is voided and recorded again for the same day with the fields given put right, in one
/// transaction. The fields not given keep what the voided event said.
public struct CorrectUpdate: Sendable {
    /// The number of the event to correct.
    public var event: Int64
    /// The corrected values, as typed; only those given are recorded.
    public var status: String?
    public var progress: String?
    public var due: String?
    public var note: String?
    /// Why, in the words of whoever corrects it.
    public var reason: String
    /// Who corrects it.
    public var by: String
    /// The moment it is recorded at: now, unless a server's clock says otherwise.
    public var now = Date()
    /// Today.
    public var today: CalendarDay

    /// A correction of `event`; see each property.
    public init(event: Int64, status: String?, progress: String?, due: String?, note: String?, reason: String, by: String, today: CalendarDay) {
        self.event = event
        self.status = status
        self.progress = progress
        self.due = due
        self.note = note
        self.reason = reason
        self.by = by
        self.today = today
    }

    /// Voids the event and records the corrected update on the voided event's day.
    ///
    /// - Returns: the void and the corrected update, as recorded.
    /// - Throws: `AppError` as `VoidUpdate` does, or as `RecordUpdate` does for the corrected values; nothing is recorded.
    public func run(_ open: OpenProgramme) async throws(AppError) -> (void: RecordedEvent, corrected: RecordedEvent) {
        let loaded = try await open.load()
        return try await run(programme: loaded.programme, store: try await VoidTarget.store(of: event, in: open.workspace))
    }

    /// Voids and records again in a record already open (a server's).
    public func run(programme: Programme, store: RecordStore) async throws(AppError) -> (void: RecordedEvent, corrected: RecordedEvent) {
        let recorder = UpdateRecorder(programme: programme, now: now)
        let target = try await VoidTarget.find(event, in: store)
        guard [status, progress, due, note].contains(where: { $0 != nil }) else {
            throw AppError("error: give the corrected --status, --progress, --due or --note; nothing was recorded", kind: .invalidInput)
        }
        let void = try VoidTarget.void(of: target, reason: reason, by: by, recorder: recorder, today: today)
        // The corrected values are checked against the action's state on the voided event's day, without it.
        let recorded: [RecordedEvent]
        do { recorded = try await store.events(action: target.action, since: nil, by: nil) } catch { throw AppError(error) }
        // What the voided event said stands, but for the fields given.
        let request = UpdateRequest(action: target.action, status: status ?? target.statusNew?.rawValue,
                                    progress: progress ?? target.progressNew.map(String.init), note: note ?? target.note,
                                    due: due ?? target.dueNew, by: by, at: target.occurredAt, reopen: true)
        var corrected: RecordedEvent
        do {
            corrected = try recorder.event(for: request, recorded: recorded + [void], origin: .import, today: today)
        } catch {
            throw AppError("error: \(error.message); nothing was recorded", kind: .invalidInput)
        }
        corrected.origin = target.origin
        corrected.reason = "correction of event \(event): \(void.reason ?? "")"
        let written: [RecordedEvent]
        do { written = try await store.append([void, corrected]) } catch { throw AppError(error) }
        return (written[0], written[1])
    }
}
