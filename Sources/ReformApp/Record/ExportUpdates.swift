import ReformCore
import ReformRecord
import ReformStore

/// Every recorded update as CSV, in the shape `ImportUpdates` reads, as `reform export-updates` writes it.
public struct ExportUpdates: Sendable {
    /// A use case exporting every update.
    public init() {}

    /// The CSV text and how many updates it holds; the header alone when there is no record yet.
    public func run(record: Record) async throws(AppError) -> (text: String, count: Int) {
        let events = try await record.read(ifNone: []) { store throws(StoreError) in try await store.events() }
        return (UpdateCSV.text(of: events), events.count)
    }

    /// Writes `text` to `path` atomically: a reader never sees half a file.
    public static func write(_ text: String, to path: String) throws(AppError) {
        do { try AtomicFile.write(Array(text.utf8), to: path) } catch { throw AppError(error.message) }
    }
}
