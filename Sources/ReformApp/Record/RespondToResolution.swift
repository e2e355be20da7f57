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
    /// Who records it.
    public var by: String

    /// A response.
    public init(resolution: String, response: String, status: String, by: String) {
        self.resolution = resolution
        self.response = response
        self.status = status
        self.by = by
    }

    /// Checks the response against the plan and records it.
    ///
    /// - Throws: `AppError` of kind `notFound` for a resolution the plan does not have (with the
    ///   nearest), `invalidInput` for an empty response or an unknown status.
    public func run(programme: Programme, store: RecordStore) async throws(AppError) -> CommitteeResponse {
        let ids = programme.committees.flatMap(\.meetings).flatMap(\.resolutions).map(\.id)
        guard ids.contains(resolution) else {
            let hint = Suggestion.closest(to: resolution, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw AppError("there is no resolution '\(resolution)' in the plan\(hint)", kind: .notFound)
        }
        let text = response.trimmingSpaces()
        guard !text.isEmpty else { throw AppError("write the response: it is empty, so nothing was recorded", kind: .invalidInput) }
        do { try FreeTextLimit.check(response, field: "response") } catch { throw AppError("\(error.message); nothing was recorded", kind: .invalidInput) }
        guard let state = Resolution.Status(rawValue: status.trimmingSpaces()) else {
            let words = Resolution.Status.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppError("'\(status)' is not a status of a resolution (use one of \(words)); nothing was recorded", kind: .invalidInput)
        }
        let entry = CommitteeResponse(resolution: resolution, response: response, status: state, recordedBy: by, recordedAt: Timestamp.utc(Date()))
        do { return try await store.record(entry) } catch { throw AppError(error) }
    }
}
