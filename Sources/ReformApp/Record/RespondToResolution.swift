import Foundation
import ReformModel
import ReformRecord
import ReformStore

/// Records the council's response to a committee resolution, as a lead does on the
/// recommendations monitor: appended, never overwritten; the latest for a resolution stands.
public struct RespondToResolution: Sendable {
    /// The resolution's id in the plan.
    public var resolution: String
    /// The response, as written.
    public var response: String
    /// Where it stands: `open`, `in-progress` or `complete`.
    public var status: String

    /// A response.
    public init(resolution: String, response: String, status: String) {
        self.resolution = resolution
        self.response = response
        self.status = status
    }

    /// Checks the response against the plan and records it as `person` at `moment`.
    ///
    /// - Throws: `AppError` of kind `notFound` for a resolution the plan does not have (with the
    ///   nearest), `invalidInput` for an empty or over-long response or an unknown status.
    public func run(programme source: any ProgrammeSource, record: Record, moment: Moment, person: Person) async throws(AppError) -> CommitteeResponse {
        guard person.may(.respondToCommittee) else { throw AppError.forbidden(.respondToCommittee) }
        let programme = try await source.plan().programme
        let ids = programme.committees.flatMap(\.meetings).flatMap(\.resolutions).map(\.id)
        guard ids.contains(resolution) else {
            let hint = Suggestion.closest(to: resolution, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw AppError("there is no resolution '\(resolution)' in the plan\(hint)", kind: .notFound, field: .resolution, nothingRecorded: true)
        }
        let text = response.trimmingSpaces()
        guard !text.isEmpty else { throw AppError.invalid("write the response: it is empty", .response) }
        do { try FreeTextLimit.check(response, field: "response") } catch { throw AppError.invalid(error) }
        guard let state = Resolution.Status(rawValue: status.trimmingSpaces()) else {
            let words = Resolution.Status.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppError.invalid("'\(status)' is not a status of a resolution (use one of \(words))", .status)
        }
        let entry = CommitteeResponse(resolution: resolution, response: response, status: state, recordedBy: person.name, recordedAt: moment.stamp)
        return try await record.write { store throws(StoreError) in try await store.record(entry) }
    }
}
