import ReformRecord

/// One recorded update that may still be voided or corrected, as the correction form shows it.
public struct ShowUpdate: Sendable {
    /// The event's number.
    public var event: Int64

    /// The update numbered `event`.
    public init(event: Int64) {
        self.event = event
    }

    /// The event, for `person`, who must be allowed to void and correct it at `moment`.
    ///
    /// - Throws: `AppError`: `notFound` when there is no such event, `invalidInput` when it is a void
    ///   or voided already, `forbidden` for someone who may not correct it.
    public func run(programme: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> RecordedEvent {
        guard person.may(.updateSomething) else { throw AppError.forbidden(.voidAndCorrect) }
        let target = try await VoidTarget.find(event, in: record)
        try VoidTarget.check(person, mayAmend: target, in: try await programme.plan().programme, recordingDay: moment.recordingDay)
        return target
    }
}
