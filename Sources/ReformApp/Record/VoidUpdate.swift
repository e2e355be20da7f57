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

    /// A void of `event`.
    public init(event: Int64, reason: String) {
        self.event = event
        self.reason = reason
    }

    /// Records the void as `person` at `moment`.
    ///
    /// - Returns: the void as recorded, and the event it voids.
    /// - Throws: `AppError` when there is no such event, it is voided already or is itself a void,
    ///   no reason is given, or the person may not void; nothing is recorded.
    public func run(programme: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> (void: RecordedEvent, voided: RecordedEvent) {
        guard person.may(.updateSomething) else { throw AppError.forbidden(.voidAndCorrect) }
        let plan = try await programme.plan().programme
        let recorder = UpdateRecorder(programme: plan, now: moment.now)
        let target = try await VoidTarget.find(event, in: record)
        try VoidTarget.check(person, mayAmend: target, in: plan, recordingDay: moment.recordingDay)
        let void = try VoidTarget.void(of: target, reason: reason, by: person.name, recorder: recorder, today: moment.today)
        let recorded = try await record.write { store throws(StoreError) in try await store.append([void]) }
        return (recorded[0], target)
    }
}

/// Finding the event a void or a correction is about, and making the void.
enum VoidTarget {
    /// The event numbered `id`, which must be a live update.
    static func find(_ id: Int64, in record: Record) async throws(AppError) -> RecordedEvent {
        let (found, voids) = try await record.read(ifNone: (nil, [:])) { store throws(StoreError) in (try await store.event(id: id), try await store.voids()) }
        guard let event = found else {
            throw AppError("there is no event \(id) ('reform log' lists every event with its number)", kind: .notFound, field: .event, nothingRecorded: true)
        }
        guard !event.isVoid else {
            throw AppError.invalid("event \(id) is itself a void of event \(event.voids!); a void cannot be voided", .event)
        }
        if let void = voids[id] {
            throw AppError.invalid("event \(id) was voided already, by event \(void.id ?? 0) on \(void.day) (\(void.reason ?? "no reason given"))", .event)
        }
        return event
    }

    /// Refuses `person` who may not void or correct `target` today: a lead may any update, its
    /// owner their own on the day they recorded it.
    static func check(_ person: Person, mayAmend target: RecordedEvent, in programme: Programme, recordingDay: CalendarDay) throws(AppError) {
        let action = programme.actions.first { $0.id == target.action }
        guard !person.may(.amendUpdate(target, action, recordingDay: recordingDay)) else { return }
        throw AppError("you may void or correct only your own updates, on the day you recorded them; update \(target.id ?? 0) was recorded by "
                       + "\(target.recordedBy) at \(target.recordedAt): ask a lead to void or correct it",
                       kind: .forbidden(needed: Right.voidAndCorrect.holdersWording), field: .event, nothingRecorded: true)
    }

    /// The void of `target`, dated today.
    static func void(of target: RecordedEvent, reason: String, by: String, recorder: UpdateRecorder, today: CalendarDay) throws(AppError) -> RecordedEvent {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty else { throw AppError.invalid("give the reason", .reason) }
        do { try FreeTextLimit.check(reason, field: "reason") } catch { throw AppError.invalid(error) }
        let stamp: (String, String, String)
        do { stamp = try recorder.stamp(at: nil, recordedAt: nil, today: today) } catch { throw AppError.invalid(error) }
        return RecordedEvent.void(of: target, id: target.id!, occurredAt: stamp.0, day: stamp.1, recordedAt: stamp.2, recordedBy: by, reason: reason)
    }
}
