import Foundation
import NIOConcurrencyHelpers
import ReformRecord

/// A whole record copied into another store, every row keeping its number: to move from SQLite to
/// a shared PostgreSQL database, back again, or to restore a backup; and backups.
extension RecordStore {
    /// Copies the whole record into `destination`, which must hold none: read in one transaction
    /// (so the copy is consistent while others write) and written in one (so it is all or
    /// nothing), table by table and a batch of rows at a time, so memory stays bounded whatever
    /// the record's size.
    ///
    /// - Returns: how many rows of each table were copied.
    /// - Throws: `StoreError` when `destination` is not empty (a copy never merges into or replaces
    ///   what is there), or either cannot be used; nothing is written then.
    @discardableResult
    public func copy(into destination: RecordStore) async throws(StoreError) -> RecordCounts {
        let (target, targetDialect, targetLocation) = (destination.database, destination.database.dialect, destination.location)
        let counted = NIOLockedValueBox<[String: Int]>([:])
        do {
            try await database.read { source in
                try await target.write { written in
                    for table in Table.all where try await written.first("SELECT 1 AS present FROM \(raw: table.name) LIMIT 1") != nil {
                        throw StoreError(location: targetLocation, message: "the record here is not empty (it has rows in \(table.name)); copy into a new one, "
                            + "so that nothing is merged or replaced")
                    }
                    for table in Table.all {
                        let query: SQLStatement = "SELECT \(raw: table.columns.joined(separator: ", ")) FROM \(raw: table.name) ORDER BY \(raw: table.order)"
                        try await source.forEachBatch(query, size: table.batch) { rows in
                            let remaining = NIOLockedValueBox(rows.makeIterator())
                            let count = try await written.insertAll(into: table.name, columns: table.columns) { remaining.withLockedValue { $0.next()?.values } }
                            counted.withLockedValue { $0[table.name, default: 0] += count }
                        }
                        if table.numbered, let numbering = targetDialect.continueNumbering(table.name) { try await written.execute(numbering) }
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw database.storeError("cannot copy it", error)
        }
        return RecordCounts(counted.withLockedValue { $0 })
    }

    /// Writes a consistent copy of the whole record to `destination`, safe while others write: a
    /// SQLite file, which opens as a record and restores into any store with `reform store copy`.
    /// A SQLite record is copied with SQLite's online backup; a PostgreSQL one, table by table.
    public func backup(to destination: String) async throws(StoreError) {
        do {
            if try await database.backup(to: destination) { return }
            guard let copy = try await StoreLocation.sqlite(path: destination).open(.write(create: true)) else {
                throw StoreError(location: destination, message: "the backup file could not be made")
            }
            defer { Task { await copy.close() } }
            try await self.copy(into: copy)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            let reason = (error as? StoreError)?.message ?? "\(error)"
            throw StoreError(location: location, message: "the backup to \(destination) failed (\(reason)); nothing of the record was changed")
        }
    }
}
