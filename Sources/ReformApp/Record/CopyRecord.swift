import ReformRecord
import ReformStore

/// A whole record copied from one store to another, every row keeping its number, as
/// `reform store copy` does: to move from SQLite to a shared PostgreSQL database, back again,
/// or to restore a backup.
public struct CopyRecord: Sendable {
    /// Where the record is read from: a path, `sqlite:PATH` or a `postgres://` URL.
    public var source: StoreLocation
    /// Where it is written: a new SQLite file, or a PostgreSQL database with no record in it yet.
    public var destination: StoreLocation

    /// A copy from `source` to `destination`, as `--from` and `--to` name them.
    public init(from source: String, to destination: String) {
        self.source = StoreLocation.parse(source)
        self.destination = StoreLocation.parse(destination)
    }

    /// Reads the whole record in one transaction and writes it in one transaction, table by table
    /// and a batch of rows at a time.
    ///
    /// - Returns: how many rows of each kind were copied.
    /// - Throws: `AppError` when there is no record at the source, the destination already holds
    ///   one, or either cannot be used; nothing is written then, and a file made for the copy is removed.
    public func run() async throws(AppError) -> RecordCounts {
        guard source != destination else { throw AppError("error: --from and --to name the same record (\(source)); name another to copy to") }
        let reader = try await AppError.catching { () async throws -> RecordStore in
            guard let opened = try await source.open(.read) else { throw AppError("error: there is no record at \(source) to copy") }
            return opened
        }
        let destinationExisted = destination.exists
        do throws(StoreError) {
            guard let writer = try await destination.open(create: true) else {
                throw StoreError(location: destination.description, message: "the record could not be made")
            }
            let copied = try await reader.copy(into: writer)
            await writer.close()
            await reader.close()
            return copied
        } catch {
            await reader.close()
            if !destinationExisted { destination.removeNewlyMade() }
            throw AppError(error)
        }
    }
}
