import Foundation
import GRDB
import ReformSystem

/// Opening a SQLite record for reading or writing, with its schema checked and brought up to date.
/// GRDB opens files synchronously, so this runs on a Dispatch thread (`BlockingWork`), never on
/// Swift concurrency's.
enum SQLiteOpening {
    /// The database at `path` opened for `access`; `nil` when it does not exist and need not.
    static func open(path: String, access: StoreAccess) async throws(StoreError) -> SQLiteDatabase? {
        if !FileManager.default.fileExists(atPath: path) {
            guard case .write(create: true) = access else { return nil }
            do {
                try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                        withIntermediateDirectories: true)
                try PrivateFile.create(path)
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.sqlite(path, "cannot create its folder (\(error.localizedDescription))")
            }
        }
        if case .read = access, let reader = try await readOnly(path: path) {
            return SQLiteDatabase(path: path, reader: reader, writer: nil)
        }
        let pool: DatabasePool
        do {
            pool = try await writable(path: path)
            let database = SQLiteDatabase(path: path, reader: pool, writer: pool)
            try await adoptLegacySchema(database)
            try await Migrations.migrate(database)
        } catch let error as StoreError {
            throw error
        } catch {
            guard case .read = access else { throw StoreError.sqlite(path, "cannot open it to write, so nothing was recorded", error) }
            throw StoreError(location: path, message: "this history database was written by an older version of reform and needs upgrading, "
                + "which needs write access once: run any reform command with write access to it (\(SQLiteReason.words(for: error)))")
        }
        // Opened to read, a database brought up to date is still read only.
        if case .read = access { return SQLiteDatabase(path: path, reader: pool, writer: nil) }
        return SQLiteDatabase(path: path, reader: pool, writer: pool)
    }

    /// A read-only connection, or `nil` when the schema needs bringing up to date first (which needs write access).
    private static func readOnly(path: String) async throws(StoreError) -> (any DatabaseReader)? {
        let configuration = {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(30)
            return configuration
        }()
        let queue: DatabaseQueue
        do {
            queue = try await BlockingWork.run { try DatabaseQueue(path: path, configuration: configuration) }
        } catch {
            // A WAL database in a read-only folder, with no -shm file beside it: SQLite can read it
            // only as immutable, which is sound because nobody can write there either.
            do { queue = try await BlockingWork.run { try DatabaseQueue(path: "file:\(path)?immutable=1", configuration: configuration) } } catch {
                throw StoreError.sqlite(path, "cannot open it to read", error)
            }
        }
        let database = SQLiteDatabase(path: path, reader: queue, writer: nil)
        let standing: Int?
        do {
            standing = try await database.read { connection in try await Migrations.standing(on: connection, SQLiteDialect()) }
        } catch {
            throw StoreError.sqlite(path, "cannot read it", error)
        }
        guard let standing else { return nil }
        if standing > Migrations.latest { throw StoreError.newerVersion(path) }
        return standing == Migrations.latest ? queue : nil
    }

    /// A pool for reading and writing. Several processes opening a new file at once may find it
    /// busy while another switches it to WAL (which ignores the busy timeout): that clears at once.
    private static func writable(path: String) async throws -> DatabasePool {
        try await BlockingWork.run {
            var attempts = 0
            while true {
                do {
                    var configuration = Configuration()
                    configuration.busyMode = .timeout(30)
                    // The writing connection keeps 16 MB of pages (SQLite's default is 2 MB): an import of a
                    // million rows inserts into the action index all over, and re-reading its pages from
                    // the file cost a sixth of the import's time. Readers keep the default.
                    configuration.prepareDatabase { db in
                        if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -16384") }
                    }
                    return try DatabasePool(path: path, configuration: configuration)
                } catch let error as DatabaseError where attempts < 200 && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                    attempts += 1
                    Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.04))
                }
            }
        }
    }

    /// The migrations of versions 0.1 (GRDB's, in `grdb_migrations`) that make the schema version 1 of `Migrations`.
    static let legacyMigrations = ["v1: events and report runs", "v2: voids", "v3: users, sessions and failed sign-ins",
                                   "v4: report documents and committee responses"]

    /// Takes a record made by version 0.1, whose schema GRDB's migrator kept, as at version 1.
    ///
    /// - Throws: `StoreError` when it was made by a version before 0.1's last, or by a newer one.
    private static func adoptLegacySchema(_ database: SQLiteDatabase) async throws {
        try await database.write { connection in
            guard try await connection.first(SQLiteDialect().tableExists("grdb_migrations")) != nil,
                  try await connection.first(SQLiteDialect().tableExists("reform_schema")) == nil else { return }
            let applied = try await connection.query("SELECT identifier FROM grdb_migrations").map { try $0.text("identifier") }
            if applied.contains(where: { !legacyMigrations.contains($0) }) { throw StoreError.newerVersion(database.path) }
            guard Set(applied) == Set(legacyMigrations) else {
                throw StoreError(location: database.path, message: "this history database was written by a version of reform before 0.1 that this one "
                    + "cannot upgrade; open it once with reform 0.1 to bring it up to date")
            }
            try await connection.execute("""
                CREATE TABLE reform_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)
                """)
            try await connection.execute("INSERT INTO reform_schema (version, name) VALUES (1, \(bind: Migrations.all[0].name))")
        }
    }
}
