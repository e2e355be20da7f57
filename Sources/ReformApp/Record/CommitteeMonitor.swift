import ReformModel
import ReformRecord
import ReformStore

/// The recommendations monitor: the plan's committees with each resolution's latest recorded
/// response (a lead's, from the record) over the one the plan file gives.
public struct CommitteeMonitor: Sendable {
    /// A monitor.
    public init() {}

    /// The committees as the monitor shows them, and every response recorded (for the audit trail).
    public func run(programme source: any ProgrammeSource, record: Record) async throws(AppError) -> (committees: [Committee], responses: [CommitteeResponse]) {
        let programme = try await source.plan().programme
        let responses = try await record.read(ifNone: []) { store throws(StoreError) in try await store.committeeResponses() }
        var latest: [String: CommitteeResponse] = [:]
        for response in responses { latest[response.resolution] = response }
        let committees = programme.committees.map { committee -> Committee in
            var committee = committee
            for m in committee.meetings.indices {
                for r in committee.meetings[m].resolutions.indices {
                    guard let recorded = latest[committee.meetings[m].resolutions[r].id] else { continue }
                    committee.meetings[m].resolutions[r].response = recorded.response
                    committee.meetings[m].resolutions[r].status = recorded.status
                }
            }
            return committee
        }
        return (committees, responses)
    }
}
