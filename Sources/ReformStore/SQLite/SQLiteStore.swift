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
    private let reader: any DatabaseReader
    private let writer: (any DatabaseWriter)?

    public var location: String { path }

    /// Opens the database at `path` for `access`: read-only, or for writing, creating it (and its
    /// folder) when asked. The schema is brought up to date on first use.
    ///
    /// - Returns: `nil` when the database does not exist and is not to be created.
    /// - Throws: `StoreError` naming the path when it cannot be opened, or was written by a newer version of the tool.
    public static func open(path: String, access: StoreAccess) throws(StoreError) -> SQLiteStore? {
        guard let (reader, writer) = try SQLiteOpening.open(path: path, access: access) else { return nil }
        return SQLiteStore(path: path, reader: reader, writer: writer)
    }

    /// Opens the database for writing, creating it when `create`: the form the tests use.
    package static func open(path: String, create: Bool) throws(StoreError) -> SQLiteStore? {
        try open(path: path, access: .write(create: create))
    }

    private init(path: String, reader: any DatabaseReader, writer: (any DatabaseWriter)?) {
        self.path = path
        self.reader = reader
        self.writer = writer
    }

    @discardableResult
    public func append(_ events: [RecordedEvent]) async throws(StoreError) -> [RecordedEvent] {
        try await write { db in
            let statement = try db.makeStatement(sql: SQLiteRecords.insertEvent)
            return try events.map { event in
                try statement.execute(arguments: SQLiteRecords.arguments(of: event))
                var recorded = event
                recorded.id = db.lastInsertedRowID
                return recorded
            }
        }
    }

    public func append(progress: (@Sendable (Int) -> Void)?, from nextEvent: @escaping @Sendable () throws -> RecordedEvent?) async throws -> Int {
        do {
            return try await writable().write { db in
                let statement = try db.makeStatement(sql: SQLiteRecords.insertEvent)
                var count = 0
                // The number given to each event of this batch, for voids of events in the same batch.
                var assigned: [Int64] = []
                while true {
                    let next: RecordedEvent?
                    do { next = try nextEvent() } catch { throw SourceFailure(error: error) }
                    guard var event = next else { return count }
                    if let position = event.voidsBatchPosition { event.voids = assigned[position] }
                    try statement.execute(arguments: SQLiteRecords.arguments(of: event))
                    assigned.append(db.lastInsertedRowID)
                    count += 1
                    if count % 10_000 == 0 { progress?(count) }
                }
            }
        } catch let failure as SourceFailure {
            throw failure.error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.sqlite(path, "cannot write to it, so nothing was recorded", error)
        }
    }

    public func events(action: String?, since: CalendarDay?, by: String?) async throws(StoreError) -> [RecordedEvent] {
        try await read { db in
            var request = RecordedEvent.order(Column("id"))
            if let action { request = request.filter(Column("action") == action) }
            if let since { request = request.filter(Column("day") >= since.iso) }
            let events = try request.fetchAll(db)
            guard let by else { return events }
            // Names match without regard to case, beyond ASCII too (SQLite's NOCASE folds ASCII only).
            let wanted = by.lowercased()
            return events.filter { $0.recordedBy.lowercased() == wanted }
        }
    }

    public func updates(action: String?) async throws(StoreError) -> [ProgressUpdate] {
        try await read { db in
            // With an action, read through the action index rather than the whole table.
            var request = RecordedEvent.filter(sql: SQLiteRecords.liveEvents).order(Column("day"), Column("id"))
            if let action { request = request.filter(Column("action") == action) }
            return try request.fetchAll(db).compactMap(\.update)
        }
    }

    public func event(id: Int64) async throws(StoreError) -> RecordedEvent? {
        try await read { db in try RecordedEvent.fetchOne(db, key: id) }
    }

    public func voids() async throws(StoreError) -> [Int64: RecordedEvent] {
        try await read { db in
            let voids = try RecordedEvent.filter(sql: "voids IS NOT NULL").fetchAll(db)
            return Dictionary(voids.map { ($0.voids!, $0) }, uniquingKeysWith: { first, _ in first })
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

    public func lastReport(plugin: String, onOrBefore day: CalendarDay) async throws(StoreError) -> ReportRun? {
        try await read { db in
            try ReportRun.filter(Column("plugin") == plugin && Column("output_path") != nil && Column("as_of") <= day.iso)
                .order(Column("as_of").desc, Column("id").desc).fetchOne(db)
        }
    }

    public func reportRuns() async throws(StoreError) -> [ReportRun] {
        try await read { db in try ReportRun.order(Column("id").desc).fetchAll(db) }
    }

    public func version() async throws(StoreError) -> RecordVersion {
        try await read { db in
            let row = try Row.fetchOne(db, sql: "SELECT (SELECT IFNULL(MAX(id), 0) FROM event) AS e, (SELECT IFNULL(MAX(id), 0) FROM report_run) AS r")
            return RecordVersion(lastEvent: row?["e"] ?? 0, lastReportRun: row?["r"] ?? 0)
        }
    }

    /// Copies the database with SQLite's online backup, safe while others write.
    public func backup(to destination: String) async throws(StoreError) {
        do {
            let target = try DatabaseQueue(path: destination)
            try reader.backup(to: target)
        } catch {
            throw StoreError(location: path, message: "the backup to \(destination) failed (\(SQLiteReason.words(for: error))); nothing of the record was changed")
        }
    }

    /// `PRAGMA integrity_check`'s answer.
    public func integrityCheck() async throws(StoreError) -> String {
        try await read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await reader.read(body) } catch { throw StoreError.sqlite(path, "cannot read it", error) }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        let writer = try writable()
        do { return try await writer.write(body) } catch { throw StoreError.sqlite(path, "cannot write to it, so nothing was recorded", error) }
    }

    /// The writer, or why there is none: the record was opened to read only.
    private func writable() throws(StoreError) -> any DatabaseWriter {
        guard let writer else { throw StoreError(location: path, message: "opened to read only, so nothing was recorded") }
        return writer
    }
}

