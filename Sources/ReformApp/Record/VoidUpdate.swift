import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Cancelling a recorded update without deleting it, as `reform void` and a lead's void button do:
/// an event is appended that voids the earlier one, and every state and report skips both.
public struct VoidUpdate: Sendable {
    /// The number of the event to void.
    public var event: Int64
    /// Why, in the words of whoever voids it.
    public var reason: String
    /// Who voids it.
    public var by: String
    /// The moment it is recorded at: now, unless a server's clock says otherwise.
    public var now = Date()
    /// Today, the void's day.
    public var today: CalendarDay

    /// A void of `event`.
    public init(event: Int64, reason: String, by: String, today: CalendarDay) {
        self.event = event
        self.reason = reason
        self.by = by
        self.today = today
    }

    /// Records the void.
    ///
    /// - Returns: the void as recorded, and the event it voids.
    /// - Throws: `AppError` when there is no such event, it is voided already or is itself a void,
    ///   or no reason is given; nothing is recorded.
    public func run(_ open: OpenProgramme) async throws(AppError) -> (void: RecordedEvent, voided: RecordedEvent) {
        let loaded = try await open.load()
        return try await run(programme: loaded.programme, store: try await VoidTarget.store(of: event, in: open.workspace))
    }

    /// Records the void in a record already open (a server's).
    public func run(programme: Programme, store: RecordStore) async throws(AppError) -> (void: RecordedEvent, voided: RecordedEvent) {
        let target = try await VoidTarget.find(event, in: store)
        let void = try VoidTarget.void(of: target, reason: reason, by: by, recorder: UpdateRecorder(programme: programme, now: now), today: today)
        let recorded: [RecordedEvent]
        do { recorded = try await store.append([void]) } catch { throw AppError(error) }
        return (recorded[0], target)
    }
}

/// Finding the event a void or a correction is about, and making the void.
enum VoidTarget {
    /// The record to void event `id` in, which must exist already.
    static func store(of id: Int64, in workspace: Workspace) async throws(AppError) -> RecordStore {
        guard let store = try await workspace.openRecord(.write(create: false)) else {
            throw AppError("error: there is no event \(id): nothing has been recorded at \(workspace.record) yet", kind: .notFound)
        }
        return store
    }

    /// The event numbered `id`, which must be a live update.
    static func find(_ id: Int64, in store: RecordStore) async throws(AppError) -> RecordedEvent {
        let found: RecordedEvent?
        let voids: [Int64: RecordedEvent]
        do {
            found = try await store.event(id: id)
            voids = try await store.voids()
        } catch {
            throw AppError(error)
        }
        guard let event = found else {
            throw AppError("error: there is no event \(id) ('reform log' lists every event with its number); nothing was recorded", kind: .notFound)
        }
        guard !event.isVoid else {
            throw AppError("error: event \(id) is itself a void of event \(event.voids!); a void cannot be voided; nothing was recorded", kind: .invalidInput)
        }
        if let void = voids[id] {
            throw AppError("error: event \(id) was voided already, by event \(void.id ?? 0) on \(void.day) (\(void.reason ?? "no reason given")); nothing was recorded",
                           kind: .invalidInput)
        }
        return event
    }

    /// The void of `target`, dated today.
    static func void(of target: RecordedEvent, reason: String, by: String, recorder: UpdateRecorder, today: CalendarDay) throws(AppError) -> RecordedEvent {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty else { throw AppError("error: give the reason with --reason; nothing was recorded", kind: .invalidInput) }
        do { try FreeTextLimit.check(reason, field: "reason") } catch { throw AppError("error: \(error.message); nothing was recorded", kind: .invalidInput) }
        let stamp: (String, String, String)
        do { stamp = try recorder.stamp(at: nil, recordedAt: nil, today: today) } catch { throw AppError("error: \(error.message)") }
        return RecordedEvent.void(of: target, id: target.id!, occurredAt: stamp.0, day: stamp.1, recordedAt: stamp.2, recordedBy: by, reason: reason)
    }
}
