import ReformRecord
import ReformStore

/// Every report run recorded, newest first, as the reports page lists them.
public struct ListReportRuns: Sendable {
    /// A listing.
    public init() {}

    /// The runs of `record`.
    public func run(record: Record) async throws(AppError) -> [ReportRun] {
        try await record.read(ifNone: []) { store throws(StoreError) in try await store.reportRuns() }
    }
}
