import ReformModel
import ReformRecord
import ReformStore

/// The recommendations monitor: the plan's committees with each resolution's live responses from
/// the record, the latest standing over the plan file's; the same that a committee update's
/// request carries.
public struct CommitteeMonitor: Sendable {
    /// A monitor.
    public init() {}

    /// What the monitor shows.
    public struct Outcome: Sendable {
        /// The committees, each resolution with its recorded responses (the latest first).
        public let committees: [Committee]
        /// Every response and void recorded, in the order recorded: the audit trail.
        public let responses: [CommitteeResponse]
        /// Responses recorded before meetings were told apart that could be any of several
        /// resolutions: shown to leads, to void and record again on the right meeting.
        public let unplaced: [CommitteeResponses.Unplaced]
    }

    /// The committees as every reader shows them.
    public func run(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> Outcome {
        let programme = try await source.plan().programme
        let responses = try await record.read(ifNone: []) { store throws(StoreError) in try await store.committeeResponses() }
        let (committees, unplaced) = CommitteeResponses.applied(responses, to: programme.committees)
        return Outcome(committees: committees, responses: responses, unplaced: unplaced)
    }
}
