import ReformRecord
import ReformStore

/// Every report run recorded, newest first, as the reports page lists them.
public struct ListReportRuns: Sendable {
    /// A listing.
    public init() {}

    /// The runs of a record already open (a server's).
    public func run(in store: RecordStore) async throws(AppError) -> [ReportRun] {
        do { return try await store.reportRuns() } catch { throw AppError(error) }
    }
}
