import Foundation
import GRDB

/// Opening a SQLite record for reading or writing, with the schema checked and brought up to date.
enum SQLiteOpening {
    /// The reader (and, for writing, the writer) of the database at `path`; `nil` when it does not exist and need not.
    static func open(path: String, access: StoreAccess) throws(StoreError) -> (any DatabaseReader, (any DatabaseWriter)?)? {
        if !FileManager.default.fileExists(atPath: path) {
            guard case .write(create: true) = access else { return nil }
            do {
                try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                        withIntermediateDirectories: true)
            } catch {
                throw StoreError.sqlite(path, "cannot create its folder (\(error.localizedDescription))")
            }
        }
        if case .read = access {
            if let reader = try openReadOnly(path: path) { return (reader, nil) }
            // Its schema is older than this tool's: bringing it up to date needs write access, once.
            do {
                let pool = try openForWriting(path: path)
                return (pool, nil)
            } catch {
                throw StoreError(location: path, message: "this history database was written by an older version of reform and needs upgrading, "
                    + "which needs write access once: run any reform command with write access to it (\(error.message))")
            }
        }
        let pool = try openForWriting(path: path)
        return (pool, pool)
    }

    /// A read-only connection, or `nil` when the schema needs bringing up to date first (which needs write access).
    private static func openReadOnly(path: String) throws(StoreError) -> (any DatabaseReader)? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            // A WAL database in a read-only folder, with no -shm file beside it: SQLite can read it
            // only as immutable, which is sound because nobody can write there either.
            do { queue = try DatabaseQueue(path: "file:\(path)?immutable=1", configuration: configuration) } catch {
                throw StoreError.sqlite(path, "cannot open it to read", error)
            }
        }
        let migrator = SQLiteMigrations.migrator
        do {
            // A database another process is making right now has no schema yet: it needs the migrations too.
            guard try queue.read({ try $0.tableExists("grdb_migrations") }) else { return nil }
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerVersion(path) }
            return try queue.read({ try migrator.hasCompletedMigrations($0) }) ? queue : nil
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.sqlite(path, "cannot read it", error)
        }
    }

    /// A pool for reading and writing, the schema migrated; several processes opening at once wait for each other.
    private static func openForWriting(path: String) throws(StoreError) -> DatabasePool {
        var attempts = 0
        while true {
            do {
                var configuration = Configuration()
                configuration.busyMode = .timeout(30)
                let pool = try DatabasePool(path: path, configuration: configuration)
                let migrator = SQLiteMigrations.migrator
                if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerVersion(path) }
                try migrator.migrate(pool)
                return pool
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError where attempts < 200 && isTransient(error) {
                // Several processes creating the database at once: switching to WAL ignores the busy
                // timeout, and two may race to migrate. Both clear as soon as the other finishes.
                attempts += 1
                usleep(UInt32.random(in: 10_000...40_000))
            } catch {
                throw StoreError.sqlite(path, "cannot open it to write, so nothing was recorded", error)
            }
        }
    }

    /// Errors that mean another process got there first: it is busy, or it applied a migration
    /// (a table made, a column added) between this one's look and its step. A retry sees it done.
    private static func isTransient(_ error: DatabaseError) -> Bool {
        let message = error.message ?? ""
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED || message.contains("already exists")
            || message.contains("duplicate column name")
    }
}

extension StoreError {
    /// The record could not be used: what was being done, SQLite's reason, and how to choose another record.
    static func sqlite(_ path: String, _ doing: String, _ error: (any Error)? = nil) -> StoreError {
        let reason = error.map { " (\(SQLiteReason.words(for: $0)))" } ?? ""
        return StoreError(location: path, message: "\(doing)\(reason); check the file and its folder, or choose another record with --db PATH or REFORM_DB")
    }

    /// A database written by a newer version of the tool, which this one must not change.
    static func newerVersion(_ path: String) -> StoreError {
        StoreError(location: path, message: "this history database was written by a newer version of reform; upgrade reform to use it (nothing was changed)")
    }
}

/// SQLite's reasons in words a user can act on.
enum SQLiteReason {
    static func words(for error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        switch error.resultCode {
        case .SQLITE_READONLY: return "it is read-only"
        case .SQLITE_CANTOPEN: return "it cannot be opened: the folder may be missing or read-only"
        case .SQLITE_NOTADB: return "it is not a SQLite database"
        case .SQLITE_CORRUPT: return "it is damaged"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "another process held it for more than 30 seconds"
        default: return "SQLite: \(error.message ?? "\(error.resultCode)")"
        }
    }
}
