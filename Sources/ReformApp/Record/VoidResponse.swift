import ReformModel
import ReformRecord
import ReformStore

/// Cancels a recorded committee response, with the reason, as an update is voided: the response
/// stays in the record and the audit log, marked void, and the one before it (or the plan's)
/// stands again. What a lead does with a response recorded on the wrong resolution.
public struct VoidResponse: Sendable {
    /// The response's number.
    public var response: Int64
    /// Why it is voided.
    public var reason: String

    /// A void of response `response`.
    public init(response: Int64, reason: String) {
        self.response = response
        self.reason = reason
    }

    /// Records the void as `person` at `moment`.
    ///
    /// - Returns: the void, as recorded.
    /// - Throws: `AppError`: `notFound` for no such response, `invalidInput` for one that is a void or voided already,
    ///   or no reason; `forbidden` for someone who may not respond to the committee.
    public func run(record: Record, moment: Moment, person: Person) async throws(AppError) -> CommitteeResponse {
        guard person.may(.respondToCommittee) else { throw AppError.forbidden(.respondToCommittee) }
        let why = reason.trimmingSpaces()
        guard !why.isEmpty else { throw AppError.invalid("give the reason", .reason) }
        do { try FreeTextLimit.check(reason, field: "reason") } catch { throw AppError.invalid(error) }
        let all = try await record.read(ifNone: []) { store throws(StoreError) in try await store.committeeResponses() }
        guard let target = all.first(where: { $0.id == response }) else {
            throw AppError("there is no committee response \(response) ('reform log' lists them with their numbers)", kind: .notFound, field: .response,
                           nothingRecorded: true)
        }
        guard !target.isVoid else { throw AppError.invalid("response \(response) is itself a void; a void cannot be voided", .response) }
        if let void = all.first(where: { $0.voids == response }) {
            throw AppError.invalid("response \(response) was voided already, by \(void.id ?? 0) (\(void.reason ?? "no reason given"))", .response)
        }
        let void = CommitteeResponse(committee: target.committee, meeting: target.meeting, resolution: target.resolution, response: target.response,
                                     status: target.status, recordedBy: person.name, recordedAt: moment.stamp, voids: response, reason: why)
        return try await record.write { store throws(StoreError) in try await store.record(void) }
    }
}
