import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Records the council's response to a committee resolution, as a lead does on the
/// recommendations monitor or with `reform respond`: appended, never overwritten; the latest
/// for a resolution stands. A resolution is named by its committee, meeting and id.
public struct RespondToResolution: Sendable {
    /// The committee's id, the meeting's id, and the resolution's id within the meeting.
    public var committee: String
    public var meeting: String
    public var resolution: String
    /// The response, as written.
    public var response: String
    /// Where it stands: `open`, `in-progress` or `complete`.
    public var status: String

    /// A response.
    public init(committee: String, meeting: String, resolution: String, response: String, status: String) {
        self.committee = committee
        self.meeting = meeting
        self.resolution = resolution
        self.response = response
        self.status = status
    }

    /// Checks the response against the plan and records it as `person` at `moment`.
    ///
    /// - Throws: `AppError` of kind `notFound` for a committee, meeting or resolution the plan does
    ///   not have (with the nearest), `invalidInput` for an empty or over-long response or an unknown status.
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> CommitteeResponse {
        guard person.may(.respondToCommittee) else { throw AppError.forbidden(.respondToCommittee) }
        let programme = try await source.plan().programme
        _ = try Self.find(committee, meeting, resolution, in: programme)
        let text = response.trimmingSpaces()
        guard !text.isEmpty else { throw AppError.invalid("write the response: it is empty", .response) }
        do { try FreeTextLimit.check(response, field: "response") } catch { throw AppError.invalid(error) }
        guard let state = Resolution.Status(rawValue: status.trimmingSpaces()) else {
            let words = Resolution.Status.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppError.invalid("'\(status)' is not a status of a resolution (use one of \(words))", .status)
        }
        let entry = CommitteeResponse(committee: committee, meeting: meeting, resolution: resolution, response: response, status: state,
                                      recordedBy: person.name, recordedAt: moment.stamp)
        return try await record.write { store throws(StoreError) in try await store.record(entry) }
    }

    /// The resolution `resolution` of `meeting` of `committee`, or why there is none.
    static func find(_ committee: String, _ meeting: String, _ resolution: String, in programme: Programme) throws(AppError) -> Resolution {
        guard let found = programme.committees.first(where: { $0.id == committee }) else {
            throw AppError.noSuch("committee", committee, in: "the plan", among: programme.committees.map(\.id), field: .committee)
        }
        guard let sitting = found.meetings.first(where: { $0.id == meeting }) else {
            throw AppError.noSuch("meeting", meeting, in: "committee \(committee)", among: found.meetings.map(\.id), field: .meeting)
        }
        guard let item = sitting.resolutions.first(where: { $0.id == resolution }) else {
            throw AppError.noSuch("resolution", resolution, in: "meeting \(meeting) of \(committee)", among: sitting.resolutions.map(\.id), field: .resolution)
        }
        return item
    }
}
