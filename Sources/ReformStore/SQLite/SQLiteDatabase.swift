import Foundation
import GRDB
import ReformSystem

/// The record in a SQLite file, through GRDB: the default store, with nothing to install.
///
/// GRDB runs a transaction as one synchronous closure on its own thread. The store's transactions
/// are async (PostgreSQL's are), so each one holds a GRDB connection with a `SQLitePump` serving
/// the statements the async code sends it, one at a time, until the code returns (commit) or
/// throws (rollback). WAL mode and a busy timeout let several processes share the file.
final class SQLiteDatabase: SQLDatabase {
    let path: String
    private let reader: any DatabaseReader
    private let writer: (any DatabaseWriter)?

    var dialect: any SQLDialect { SQLiteDialect() }
    var location: String { path }

    init(path: String, reader: any DatabaseReader, writer: (any DatabaseWriter)?) {
        self.path = path
        self.reader = reader
        self.writer = writer
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        try await pumped(body) { [reader] pump in try await reader.read { db in try pump.serve(db) } }
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        guard let writer else { throw StoreError(location: path, message: "opened to read only, so nothing was recorded") }
        return try await pumped(body) { pump in try await writer.write { db in try pump.serve(db) } }
    }

    /// Runs `body` against a pump that `transaction` serves on GRDB's thread, and ends the transaction as `body` ends.
    private func pumped<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T,
                                     _ transaction: @escaping @Sendable (SQLitePump) async throws -> Void) async throws -> T {
        let pump = SQLitePump()
        let serving = Task {
            do { try await transaction(pump) } catch {
                pump.abandon(error)
                throw error
            }
        }
        do {
            let value = try await body(SQLiteConnection(pump: pump))
            pump.end(commit: true)
            try await serving.value
            return value
        } catch {
            pump.end(commit: false)
            _ = try? await serving.value
            throw error
        }
    }

    /// Copies the file with SQLite's online backup, safe while others write.
    func backup(to destination: String) async throws -> Bool {
        try PrivateFile.create(destination)
        try await BlockingWork.run { [reader] in try reader.backup(to: try DatabaseQueue(path: destination)) }
        return true
    }

    func storeError(_ doing: String, _ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        return StoreError.sqlite(path, doing, error)
    }

    /// Closes the connections; the last one to close checkpoints the write-ahead log and removes it,
    /// so the next process to open the file need not read it back.
    func close() async {
        try? reader.close()
        if let writer, (writer as AnyObject) !== (reader as AnyObject) { try? writer.close() }
    }
}

/// The statements of one transaction, handed from async code to the GRDB thread that holds it.
///
/// The thread waits on a condition for the next statement; the async side never waits on it, only
/// for its continuation. State is touched under `condition` alone.
final class SQLitePump: @unchecked Sendable {
    /// A statement sent: run it on the connection, or fail it when the transaction is gone.
    private struct Job {
        let run: (Database) -> Void
        let fail: (any Error) -> Void
    }

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var ending: Bool?
    private var failure: (any Error)?

    /// The transaction was ended by rolling back.
    struct RolledBack: Error {}

    /// Runs the statements sent until the transaction is ended; throws to roll it back.
    func serve(_ db: Database) throws {
        while true {
            condition.lock()
            while jobs.isEmpty && ending == nil { condition.wait() }
            guard !jobs.isEmpty else {
                let commit = ending == true
                condition.unlock()
                if !commit { throw RolledBack() }
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.run(db)
        }
    }

    /// The value of `work`, run on the transaction's connection.
    func run<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            defer { condition.unlock() }
            if let failure { return continuation.resume(throwing: failure) }
            jobs.append(Job(run: { db in continuation.resume(with: Result { try work(db) }) }, fail: { continuation.resume(throwing: $0) }))
            condition.signal()
        }
    }

    /// Ends the transaction once the statements sent have run.
    func end(commit: Bool) {
        condition.lock()
        ending = commit
        condition.signal()
        condition.unlock()
    }

    /// The transaction could not be started or has failed: every statement waiting, and any sent later, fails with `error`.
    func abandon(_ error: any Error) {
        condition.lock()
        failure = error
        let waiting = jobs
        jobs = []
        condition.unlock()
        for job in waiting { job.fail(error) }
    }
}

/// A connection inside one SQLite transaction.
struct SQLiteConnection: SQLConnection {
    let pump: SQLitePump

    func execute(_ statement: SQLStatement) async throws {
        let (sql, arguments) = Self.prepared(statement)
        try await pump.run { db in try db.execute(sql: sql, arguments: arguments) }
    }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        let (sql, arguments) = Self.prepared(statement)
        return try await pump.run { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var columns: SQLRow.Columns?
            var rows: [SQLRow] = []
            while let row = try cursor.next() { rows.append(Self.row(row, &columns)) }
            return rows
        }
    }

    func forEachBatch(_ statement: SQLStatement, size: Int, _ body: @Sendable ([SQLRow]) async throws -> Void) async throws {
        let (sql, arguments) = Self.prepared(statement)
        let cursor = CursorBox()
        do {
            while true {
                let batch = try await pump.run { db in
                    // Opened by the first batch and kept on the transaction's thread, which alone touches it.
                    if cursor.rows == nil { cursor.rows = try Row.fetchCursor(db, sql: sql, arguments: arguments) }
                    var rows: [SQLRow] = []
                    while rows.count < size, let row = try cursor.rows?.next() { rows.append(Self.row(row, &cursor.columns)) }
                    return rows
                }
                if !batch.isEmpty { try await body(batch) }
                if batch.count < size { break }
            }
        } catch {
            _ = try? await pump.run { _ in cursor.rows = nil }
            throw error
        }
        // A cursor is finished on its own thread too.
        try await pump.run { _ in cursor.rows = nil }
    }

    func insertAll(into table: String, columns: [String], _ next: @escaping @Sendable () throws -> [SQLValue]?) async throws -> Int {
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        return try await pump.run { db in
            let statement = try db.makeStatement(sql: sql)
            var count = 0
            while let values = try next() {
                try statement.execute(arguments: StatementArguments(values.map(Self.databaseValue)))
                count += 1
            }
            return count
        }
    }

    private static func prepared(_ statement: SQLStatement) -> (String, StatementArguments) {
        let (sql, values) = statement.rendered(for: SQLiteDialect())
        return (sql, StatementArguments(values.map(databaseValue)))
    }

    private static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .integer(let number): return number.databaseValue
        case .text(let text): return text.databaseValue
        case .blob(let bytes): return Data(bytes).databaseValue
        case .boolean(let truth): return (truth ? 1 : 0).databaseValue
        }
    }

    private static func row(_ row: Row, _ columns: inout SQLRow.Columns?) -> SQLRow {
        let names = columns ?? SQLRow.Columns(Array(row.columnNames))
        columns = names
        return SQLRow(columns: names, values: row.databaseValues.map { value in
            switch value.storage {
            case .null: return .null
            case .int64(let number): return .integer(number)
            case .double(let number): return .integer(Int64(number))
            case .string(let text): return .text(text)
            case .blob(let data): return .blob([UInt8](data))
            }
        })
    }
}

/// A cursor kept between the batches of one statement, on the transaction's thread.
private final class CursorBox: @unchecked Sendable {
    var rows: RowCursor?
    var columns: SQLRow.Columns?
}
