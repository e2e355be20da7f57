import ReformRecord
import ReformStore

/// A report's document as it was kept with its run, for downloading: its name, type and size
/// first, then its bytes a piece at a time, so that a large document is never held whole.
public struct DownloadReport: Sendable {
    /// The run's number.
    public var run: Int64

    /// How many bytes each piece read from the record holds.
    public static let chunkSize = 1 << 20

    /// A download of run `run`.
    public init(run: Int64) {
        self.run = run
    }

    /// The run and its document, ready to send.
    ///
    /// - Throws: `AppError` of kind `notFound` when there is no such run, it kept no document (a
    ///   report written to a file from the command line is on that file, not in the record), or
    ///   its document was removed after the server's retention period.
    public func run(record: Record) async throws(AppError) -> ReportDownload {
        let run = self.run
        let (found, info) = try await record.read(ifNone: (nil, nil)) { store throws(StoreError) in
            (try await store.reportRun(run), try await store.documentInfo(ofRun: run))
        }
        guard let found else { throw AppError("there is no report run \(run)", kind: .notFound) }
        guard let info else {
            let whyNot = found.runBy == nil
                ? "it was written to \(found.outputPath ?? "the screen") from the command line"
                : "it was removed after the server's retention period (its SHA-256 was \(found.outputSHA256))"
            throw AppError("report run \(run) has no document to download: \(whyNot)", kind: .notFound)
        }
        return ReportDownload(run: found, fileName: info.fileName, mediaType: info.mediaType, size: info.size, record: record)
    }
}

/// A kept document on its way out: what it is, and its bytes in pieces.
public struct ReportDownload: Sendable {
    public let run: ReportRun
    public let fileName: String
    public let mediaType: String
    /// Its size in bytes.
    public let size: Int
    let record: Record

    /// The document's bytes, `DownloadReport.chunkSize` at a time, read from the record as they are asked for.
    public func chunks() -> AsyncThrowingStream<[UInt8], any Error> {
        let (id, size, record) = (run.id ?? 0, size, record)
        var offset = 0
        return AsyncThrowingStream {
            guard offset < size else { return nil }
            let start = offset
            let part = try await record.read(ifNone: []) { store throws(StoreError) in
                try await store.documentChunk(ofRun: id, from: start, count: DownloadReport.chunkSize)
            }
            guard !part.isEmpty else { return nil }
            offset += part.count
            return part
        }
    }

    /// The whole document: for a test or a command, where it is small enough to hold.
    public func bytes() async throws -> [UInt8] {
        var all: [UInt8] = []
        for try await part in chunks() { all += part }
        return all
    }
}
