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

    /// A correction of `event`; see each property.
    public init(event: Int64, status: String?, progress: String?, due: String?, note: String?, reason: String) {
        self.event = event
        self.status = status
        self.progress = progress
        self.due = due
        self.note = note
        self.reason = reason
    }

    /// Voids the event and records the corrected update on the voided event's day, as `person` at `moment`.
    ///
    /// - Returns: the void and the corrected update, as recorded.
    /// - Throws: `AppError` as `VoidUpdate` does, or as `RecordUpdate` does for the corrected values; nothing is recorded.
    public func run(programme: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> (void: RecordedEvent, corrected: RecordedEvent) {
        guard person.may(.updateSomething) else { throw AppError.forbidden(.voidAndCorrect) }
        let plan = try await programme.plan().programme
        let recorder = UpdateRecorder(programme: plan, now: moment.now)
        let target = try await VoidTarget.find(event, in: record)
        try VoidTarget.check(person, mayAmend: target, in: plan, recordingDay: moment.recordingDay)
        guard [status, progress, due, note].contains(where: { $0 != nil }) else {
            throw AppError.invalid("give at least one corrected value: the status, progress, due date or note", .status)
        }
        let void = try VoidTarget.void(of: target, reason: reason, by: person.name, recorder: recorder, today: moment.today)
        // The corrected values are checked against the action's state on the voided event's day, without it.
        let recorded = try await record.read(ifNone: []) { store throws(StoreError) in try await store.events(action: target.action) }
        // What the voided event said stands, but for the fields given; a field it carries that
        // changes nothing on its day is left out, so the trail never reads "56% → 56%".
        let timeline = ActionTimeline(programme: plan, recorded: recorded + [void])
        let before = timeline.values(of: target.action, on: target.day)
        let carried = (status: target.statusNew.flatMap { $0 == before?.status ? nil : $0.rawValue },
                       progress: target.progressNew.flatMap { $0 == before?.progress ? nil : String($0) },
                       due: target.dueNew.flatMap { $0 == before?.due ? nil : $0 })
        let request = UpdateRequest(action: target.action, status: status ?? carried.status, progress: progress ?? carried.progress,
                                    note: note ?? target.note, due: due ?? carried.due, by: target.recordedBy, at: target.occurredAt, reopen: true)
        var corrected: RecordedEvent
        do {
            corrected = try recorder.event(for: request, on: timeline, origin: .import, today: moment.today)
        } catch {
            throw AppError.invalid(error)
        }
        // The update stays its author's; who corrected it, and why, is in its reason and in the void.
        corrected.origin = target.origin
        corrected.recordedBy = target.recordedBy
        corrected.reason = "correction of event \(event) by \(person.name): \(void.reason ?? "")"
        let signOffRound = try await SignOffRule.round(for: target.action, by: person, record: record)
        let written = try await record.write { store throws(StoreError) in try await store.append([void, corrected], signOffIn: signOffRound) }
        return (written[0], written[1])
    }
}
