import Foundation
import GRDB
import ReformModel

/// Why the history database could not be used.
public struct HistoryError: Error, Sendable, CustomStringConvertible {
    /// The database's path.
    public let path: String
    /// What went wrong.
    public let message: String

    public var description: String { "\(path): error: \(message)" }
}

/// The record of what happened: progress updates and report runs, in SQLite.
///
/// The programme file is the plan; this is what happened since its baseline. WAL mode and one
/// transaction per write keep it consistent if a process is killed mid-write; a busy timeout
/// makes concurrent writers wait rather than fail.
public final class HistoryStore: @unchecked Sendable {
    /// Where the database is.
    public let path: String
    private let pool: DatabasePool

    /// The default location: `.reform/history.sqlite` beside the programme file.
    public static func defaultPath(forProgramme file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(".reform/history.sqlite").path
    }

    /// Opens the database at `path`, creating it (and its directory) when `create` is true.
    ///
    /// - Returns: `nil` when the database does not exist and `create` is false.
    /// - Throws: `HistoryError` when it cannot be opened, or was written by a newer version of the tool.
    public static func open(path: String, create: Bool) throws(HistoryError) -> HistoryStore? {
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { return nil }
            do {
                try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                        withIntermediateDirectories: true)
            } catch {
                throw HistoryError(path: path, message: "cannot create its directory: \(error.localizedDescription)")
            }
        }
        var attempts = 0
        while true {
            do {
                return try openAndMigrate(path: path)
            } catch let error as HistoryError {
                throw error
            } catch let error as DatabaseError where attempts < 200 && isTransientOpeningError(error) {
                // Several processes creating the database at once: switching to WAL ignores the busy
                // timeout, and two may race to migrate. Both clear as soon as the other finishes.
                attempts += 1
                usleep(UInt32.random(in: 10_000...40_000))
            } catch {
                throw HistoryError(path: path, message: "cannot open the history database: \(error)")
            }
        }
    }

    private static func openAndMigrate(path: String) throws -> HistoryStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = HistoryMigrations.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw HistoryError(path: path, message: "this history database was written by a newer version of reform; upgrade reform to use it (nothing was changed)")
        }
        try migrator.migrate(pool)
        return HistoryStore(path: path, pool: pool)
    }

    private static func isTransientOpeningError(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED || (error.message?.contains("already exists") ?? false)
    }

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Appends events in one transaction: all are recorded or none.
    public func append(_ events: [RecordedEvent], progress: ((Int) -> Void)? = nil) throws(HistoryError) {
        var remaining = events.makeIterator()
        do {
            _ = try append(progress: progress) { remaining.next() }
        } catch let error as HistoryError {
            throw error
        } catch {
            throw HistoryError(path: path, message: "cannot write (nothing was recorded): \(error)")
        }
    }

    /// Appends the events `next` gives until it gives `nil`, in one transaction, and returns how
    /// many. When `next` throws, nothing is recorded and its error is thrown as it is; so events
    /// can be written while later ones are still being checked, and still all or none are kept.
    public func append(progress: ((Int) -> Void)? = nil, from next: () throws -> RecordedEvent?) throws -> Int {
        var sourceError: (any Error)?
        var count = 0
        do {
            try pool.write { db in
                let statement = try db.makeStatement(sql: """
                    INSERT INTO event (action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new,
                                       progress_old, progress_new, due_old, due_new, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                while true {
                    let event: RecordedEvent?
                    do { event = try next() } catch {
                        sourceError = error
                        throw error
                    }
                    guard let event else { return }
                    try statement.execute(arguments: [event.action, event.occurredAt, event.day, event.recordedAt, event.recordedBy, event.note,
                                                      event.statusOld, event.statusNew, event.progressOld, event.progressNew,
                                                      event.dueOld, event.dueNew, event.origin])
                    count += 1
                    if count % 10_000 == 0 { progress?(count) }
                }
            }
        } catch {
            if let sourceError { throw sourceError }
            throw HistoryError(path: path, message: "cannot write (nothing was recorded): \(error)")
        }
        return count
    }

    /// Events in the order recorded, optionally for one action, on or after a day, or by one person.
    public func events(action: String? = nil, since: CalendarDay? = nil, by: String? = nil) throws(HistoryError) -> [RecordedEvent] {
        try read { db in
            var request = RecordedEvent.order(Column("id"))
            if let action { request = request.filter(Column("action") == action) }
            if let since { request = request.filter(Column("day") >= since.iso) }
            if let by { request = request.filter(Column("recorded_by") == by) }
            return try request.fetchAll(db)
        }
    }

    /// Events as updates for the analysis, in the order they apply: by day, then as recorded.
    /// With `action`, only that action's (read through the action index, not the whole table).
    public func updates(action: String? = nil) throws(HistoryError) -> [ProgressUpdate] {
        try read { db in
            var request = RecordedEvent.order(Column("day"), Column("id"))
            if let action { request = request.filter(Column("action") == action) }
            return try request.fetchAll(db).compactMap(\.update)
        }
    }

    /// How many events each action has, counted by SQLite rather than by reading every event.
    public func eventCounts() throws(HistoryError) -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT action, count(*) AS n FROM event GROUP BY action")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["action"] as String, $0["n"] as Int) })
        }
    }

    /// The latest recorded status, progress and due date of every action with events, in one query.
    public func latestStates() throws(HistoryError) -> [LatestState] {
        try read { db in
            try LatestState.fetchAll(db, sql: LatestState.sql)
        }
    }

    /// Records a report run.
    public func record(_ run: ReportRun) throws(HistoryError) {
        try write { db in try run.insert(db) }
    }

    /// The latest run of a plugin, if any.
    public func lastRun(plugin: String) throws(HistoryError) -> ReportRun? {
        try read { db in try ReportRun.filter(Column("plugin") == plugin).order(Column("id").desc).fetchOne(db) }
    }

    /// Copies the database to `destination` with SQLite's online backup, safe while others write.
    public func backup(to destination: String) throws(HistoryError) {
        do {
            let target = try DatabaseQueue(path: destination)
            try pool.backup(to: target)
        } catch {
            throw HistoryError(path: path, message: "backup to \(destination) failed: \(error)")
        }
    }

    /// `PRAGMA integrity_check`'s answer: "ok" for a sound database.
    public func integrityCheck() throws(HistoryError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        do { return try pool.read(body) } catch { throw HistoryError(path: path, message: "cannot read: \(error)") }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        do { return try pool.write(body) } catch { throw HistoryError(path: path, message: "cannot write (nothing was recorded): \(error)") }
    }
}
