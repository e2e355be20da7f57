import ReformRecord
import ReformStore

/// Marks a report run as the one issued to the committee, or discards it, as `reform runs issue|discard`
/// and the buttons of the reports page do. A run stays in the record either way; only an issued
/// run is what the next "since the last report" counts from.
public struct DecideReportRun: Sendable {
    /// The run's number.
    public var run: Int64
    /// What it becomes.
    public var outcome: ReportDecision.Outcome
    /// Why (needed to discard a run already issued).
    public var reason: String?

    /// A decision on run `run`.
    public init(run: Int64, outcome: ReportDecision.Outcome, reason: String? = nil) {
        self.run = run
        self.outcome = outcome
        self.reason = reason
    }

    /// Records the decision as `person` at `moment`.
    ///
    /// - Returns: the run in its new state.
    /// - Throws: `AppError`: `notFound` for no such run; `invalidInput` for a run already in that state, a discarded
    ///   run issued, or an issued run discarded without a reason; `forbidden` for someone who may not run reports.
    public func run(record: Record, moment: Moment, person: Person) async throws(AppError) -> ReportRun {
        guard person.may(.runReports) else { throw AppError.forbidden(.runReports) }
        let why = reason?.trimmingSpaces() ?? ""
        do { try FreeTextLimit.check(why, field: "reason") } catch { throw AppError.invalid(error) }
        let number = run
        guard let found = try await record.read(ifNone: nil, { store throws(StoreError) in try await store.reportRun(number) }) else {
            throw AppError("there is no report run \(run) (the reports page lists them with their numbers)", kind: .notFound, field: .run,
                           nothingRecorded: true)
        }
        switch (found.state, outcome) {
        case (.issued, .issued):
            throw AppError.invalid("report run \(run) is already the one issued to the committee", .run)
        case (.discarded, .discarded):
            throw AppError.invalid("report run \(run) is already discarded", .run)
        case (.discarded, .issued):
            throw AppError.invalid("report run \(run) was discarded, so it cannot be issued; run the report again and issue that run", .run)
        case (.issued, .discarded) where why.isEmpty:
            throw AppError.invalid("report run \(run) was issued to the committee: give the reason for discarding it", .reason)
        default:
            break
        }
        let decision = ReportDecision(run: run, outcome: outcome, decidedBy: person.name, decidedAt: moment.stamp, reason: why.isEmpty ? nil : why)
        _ = try await record.write { store throws(StoreError) in try await store.record(decision) }
        var decided = found
        decided.state = ReportRun.State(outcome)
        return decided
    }
}
