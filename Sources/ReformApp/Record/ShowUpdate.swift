import ReformRecord

/// One recorded update that may still be voided or corrected, as the correction form shows it.
public struct ShowUpdate: Sendable {
    /// The event's number.
    public var event: Int64

    /// The update numbered `event`.
    public init(event: Int64) {
        self.event = event
    }

    /// The event, for `person`, who must be allowed to void and correct.
    ///
    /// - Throws: `AppError`: `notFound` when there is no such event, `invalidInput` when it is a void
    ///   or voided already, `forbidden` for someone who may not correct.
    public func run(record: Record, person: Person) async throws(AppError) -> RecordedEvent {
        guard person.may(.voidAndCorrect) else { throw AppError.forbidden(.voidAndCorrect) }
        return try await VoidTarget.find(event, in: record)
    }
}
