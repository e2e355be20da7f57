import ReformRecord
import ReformStore

/// A report's document as it was kept with its run, for downloading.
public struct DownloadReport: Sendable {
    /// The run's number.
    public var run: Int64

    /// A download of run `run`.
    public init(run: Int64) {
        self.run = run
    }

    /// The run and its document.
    ///
    /// - Throws: `AppError` of kind `notFound` when there is no such run, or it kept no document
    ///   (a report written to a file from the command line is on that file, not in the record).
    public func run(record: Record) async throws(AppError) -> (run: ReportRun, document: KeptDocument) {
        let run = self.run
        let (found, document) = try await record.read(ifNone: (nil, nil)) { store throws(StoreError) in
            (try await store.reportRuns().first(where: { $0.id == run }), try await store.document(ofRun: run))
        }
        guard let found else { throw AppError("there is no report run \(run)", kind: .notFound) }
        guard let document else {
            throw AppError("report run \(run) kept no document: it was written to \(found.outputPath ?? "the screen") from the command line", kind: .notFound)
        }
        return (found, document)
    }
}
