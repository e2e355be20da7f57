import ReformRecord
import ReformStore

/// A whole record copied from one store to another, every row keeping its number, as
/// `reform store copy` does: to move from SQLite to a shared PostgreSQL database, back again,
/// or to restore a backup.
public struct CopyRecord: Sendable {
    /// A copy.
    public init() {}

    /// Reads the whole of `source` in one transaction and writes it into `destination` in one
    /// transaction, table by table and a batch of rows at a time.
    ///
    /// - Returns: how many rows of each kind were copied.
    /// - Throws: `AppError` when there is no record at the source, the destination already holds
    ///   one, or either cannot be used; nothing is written then, and a file made for the copy is removed.
    public func run(from source: Record, to destination: Record) async throws(AppError) -> RecordCounts {
        guard source.name != destination.name else { throw AppError("--from and --to name the same record (\(source.name)); name another to copy to") }
        let copied: RecordCounts? = try await source.read(ifNone: nil) { reader throws(StoreError) in
            do {
                return try await destination.write(removingIfMade: true) { writer in try await reader.copy(into: writer) }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(location: destination.name, message: "\(error)")
            }
        }
        guard let copied else { throw AppError("there is no record at \(source.name) to copy") }
        return copied
    }
}
