import Foundation
import GRDB
import ReformModel

/// The record in a SQLite database file: the default store, with nothing to install.
///
/// WAL mode and one transaction per write keep it consistent if a process is killed mid-write;
/// a busy timeout makes concurrent writers wait for each other rather than fail.
public final class SQLiteStore: RecordStore {
    /// The database file.
    public let path: String
    private let pool: DatabasePool

    public var location: String { path }

    /// Opens the database at `path`, creating it (and its directory) when `create` is true.
    ///
    /// - Returns: `nil` when the database does not exist and `create` is false.
    /// - Throws: `StoreError` when it cannot be opened, or was written by a newer version of the tool.
    public static func open(path: String, create: Bool) throws(StoreError) -> SQLiteStore? {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { return nil }
            do {
                try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                        withIntermediateDirectories: true)
            } catch {
                throw StoreError(location: path, message: "cannot create its directory: \(error.localizedDescription)")
            }
        }
        var attempts = 0
        while true {
            do {
                return try openAndMigrate(path: path)
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError where attempts < 200 && isTransientOpeningError(error) {
                // Several processes creating the database at once: switching to WAL ignores the busy
                // timeout, and two may race to migrate. Both clear as soon as the other finishes.
                attempts += 1
                usleep(UInt32.random(in: 10_000...40_000))
            } catch {
                throw StoreError(location: path, message: "cannot open the history database: \(error)")
            }
        }
    }

    private static func openAndMigrate(path: String) throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = SQLiteMigrations.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw StoreError(location: path, message: "this history database was written by a newer version of reform; upgrade reform to use it (nothing was changed)")
        }
        try migrator.migrate(pool)
        return SQLiteStore(path: path, pool: pool)
    }

    private static func isTransientOpeningError(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED || (error.message?.contains("already exists") ?? false)
    }

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    public func append(_ events: [RecordedEvent]) async throws(StoreError) {
        let remaining = EventQueue(events)
        do {
            _ = try await append(progress: nil) { remaining.next() }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(location: path, message: "cannot write (nothing was recorded): \(error)")
        }
    }

    public func append(progress: (@Sendable (Int) -> Void)?, from next: @escaping @Sendable () throws -> RecordedEvent?) async throws -> Int {
        do {
            return try await pool.write { db in
                let statement = try db.makeStatement(sql: SQLiteRecords.insertEvent)
                var count = 0
                while true {
                    let event: RecordedEvent?
                    do { event = try next() } catch { throw SourceFailure(error: error) }
                    guard let event else { return count }
                    try statement.execute(arguments: SQLiteRecords.arguments(of: event))
                    count += 1
                    if count % 10_000 == 0 { progress?(count) }
                }
            }
        } catch let failure as SourceFailure {
            throw failure.error
        } catch {
            throw StoreError(location: path, message: "cannot write (nothing was recorded): \(error)")
        }
    }

    public func events(action: String?, since: CalendarDay?, by: String?) async throws(StoreError) -> [RecordedEvent] {
        try await read { db in
            var request = RecordedEvent.order(Column("id"))
            if let action { request = request.filter(Column("action") == action) }
            if let since { request = request.filter(Column("day") >= since.iso) }
            if let by { request = request.filter(Column("recorded_by") == by) }
            return try request.fetchAll(db)
        }
    }

    public func updates(action: String?) async throws(StoreError) -> [ProgressUpdate] {
        try await read { db in
            // With an action, read through the action index rather than the whole table.
            var request = RecordedEvent.order(Column("day"), Column("id"))
            if let action { request = request.filter(Column("action") == action) }
            return try request.fetchAll(db).compactMap(\.update)
        }
    }

    public func eventCounts() async throws(StoreError) -> [String: Int] {
        try await read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT action, count(*) AS n FROM event GROUP BY action")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["action"] as String, $0["n"] as Int) })
        }
    }

    public func latestStates() async throws(StoreError) -> [LatestState] {
        try await read { db in try LatestState.fetchAll(db, sql: SQLiteRecords.latestStates) }
    }

    public func record(_ run: ReportRun) async throws(StoreError) {
        try await write { db in try run.insert(db) }
    }

    public func lastRun(plugin: String) async throws(StoreError) -> ReportRun? {
        try await read { db in try ReportRun.filter(Column("plugin") == plugin).order(Column("id").desc).fetchOne(db) }
    }

    /// Copies the database with SQLite's online backup, safe while others write.
    public func backup(to destination: String) async throws(StoreError) {
        do {
            let target = try DatabaseQueue(path: destination)
            try pool.backup(to: target)
        } catch {
            throw StoreError(location: path, message: "backup to \(destination) failed: \(error)")
        }
    }

    /// `PRAGMA integrity_check`'s answer.
    public func integrityCheck() async throws(StoreError) -> String {
        try await read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.read(body) } catch { throw StoreError(location: path, message: "cannot read: \(error)") }
    }

    private func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.write(body) } catch { throw StoreError(location: path, message: "cannot write (nothing was recorded): \(error)") }
    }
}

/// The error of an event source, carried out of the transaction it rolled back.
private struct SourceFailure: Error {
    let error: any Error
}

/// Hands out a fixed list of events one at a time, for `append(_:)`; used by one writer alone.
private final class EventQueue: @unchecked Sendable {
    private var iterator: IndexingIterator<[RecordedEvent]>

    init(_ events: [RecordedEvent]) { iterator = events.makeIterator() }

    func next() -> RecordedEvent? { iterator.next() }
}
