/// A database the record is kept in, as the one store uses it: transactions driven from async
/// code, and the fast bulk insert each database has. SQLite (GRDB) and PostgreSQL (postgres-nio)
/// each implement it; nothing above it knows which it is.
public protocol SQLDatabase: Sendable {
    /// What differs in its SQL.
    var dialect: any SQLDialect { get }
    /// Where it is, as a person would name it (no password).
    var location: String { get }

    /// Runs `body` in one read-only transaction that sees the database as at its start.
    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T
    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T

    /// `error` in words a person can act on, as a store error naming the database; `doing` says what was being done.
    func storeError(_ doing: String, _ error: any Error) -> StoreError

    /// Writes a consistent copy of the database to a new SQLite file at `destination` in the
    /// database's own way, if it has one (SQLite's online backup); `false` when it has none.
    func backup(to destination: String) async throws -> Bool

    /// Lets go of the database's connections.
    func close() async
}

/// A connection inside one transaction.
public protocol SQLConnection: Sendable {
    /// Runs a statement that answers with no rows.
    func execute(_ statement: SQLStatement) async throws
    /// Runs a statement and returns every row of its answer.
    func query(_ statement: SQLStatement) async throws -> [SQLRow]
    /// Runs a statement and hands its rows to `body` a batch at a time: what bounds the memory a
    /// copy of a large record takes.
    func forEachBatch(_ statement: SQLStatement, size: Int, _ body: @Sendable ([SQLRow]) async throws -> Void) async throws
    /// Inserts the rows `next` gives, until it gives `nil`, into `columns` of `table`: SQLite with one
    /// prepared statement, PostgreSQL with `COPY`. `next` is called off Swift concurrency's threads
    /// (it may wait for rows still being checked); its errors come out as they were thrown.
    func insertAll(into table: String, columns: [String], _ next: @escaping @Sendable () throws -> [SQLValue]?) async throws -> Int
}

extension SQLConnection {
    /// The first row of the answer, if any.
    func first(_ statement: SQLStatement) async throws -> SQLRow? {
        try await query(statement).first
    }
}
