import Foundation

/// Where the record is kept, and how to open it: the one place that knows which kinds of store exist.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file: the default, with nothing to install.
    case sqlite(path: String)
    /// A PostgreSQL database, as a `postgres://user:password@host:port/database` URL: for a team
    /// sharing one record from several machines.
    case postgres(url: String)

    /// The location named by `--db`, else by `REFORM_DB`, else `.reform/history.sqlite` beside the
    /// programme file. A `postgres://` or `postgresql://` URL names PostgreSQL; `sqlite:PATH` or
    /// any other text names a SQLite file.
    public static func resolve(option: String?, environment: [String: String], programmeFile: String) -> StoreLocation {
        let named = option ?? environment["REFORM_DB"].flatMap { $0.isEmpty ? nil : $0 }
        return named.map(parse) ?? .sqlite(path: defaultPath(forProgramme: programmeFile))
    }

    /// The location `text` names: a PostgreSQL URL, `sqlite:PATH`, or a path.
    public static func parse(_ text: String) -> StoreLocation {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") { return .postgres(url: text) }
        if text.hasPrefix("sqlite:") { return .sqlite(path: String(text.dropFirst("sqlite:".count))) }
        return .sqlite(path: text)
    }

    /// The default database beside a programme file.
    public static func defaultPath(forProgramme file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(".reform/history.sqlite").path
    }

    /// The path or address as the user named it, without any password.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return (try? PostgresAddress.parse(url))??.description ?? PostgresAddress.redacted(url)
        }
    }

    /// Whether a record file exists there yet. A PostgreSQL database is a server's, made by its
    /// administrator, and always counts as existing: the tool never removes one.
    public var exists: Bool {
        switch self {
        case .sqlite(let path): return FileManager.default.fileExists(atPath: path)
        case .postgres: return true
        }
    }

    /// Opens the record for `access`, its schema brought up to date on first write.
    ///
    /// - Returns: `nil` when there is no record yet and it is not to be created, so that a command
    ///   that only reads never makes one.
    /// - Throws: `StoreError` naming the location: it cannot be reached or opened, or was written by a newer version.
    public func open(_ access: StoreAccess) async throws(StoreError) -> RecordStore? {
        switch self {
        case .sqlite(let path):
            return try await SQLiteOpening.open(path: path, access: access).map { RecordStore(database: $0, readOnly: access == .read) }
        case .postgres(let url):
            guard let address = try PostgresAddress.parse(url) else { return nil }
            let database = try await PostgresDatabase.open(address)
            do {
                let standing = try await database.read { connection in try await Migrations.standing(on: connection, PostgresDialect()) }
                if let standing, standing > Migrations.latest { throw StoreError.newerVersion(address.description) }
                switch access {
                case .read where standing == nil, .write(create: false) where standing == nil:
                    await database.close()
                    return nil
                case .read where standing == Migrations.latest:
                    break
                default:
                    try await Migrations.migrate(database)
                }
            } catch {
                await database.close()
                throw database.storeError("cannot open the record", error)
            }
            return RecordStore(database: database, readOnly: access == .read)
        }
    }

    /// Opens the record for writing, creating it when `create`.
    public func open(create: Bool) async throws(StoreError) -> RecordStore? {
        try await open(.write(create: create))
    }

    /// Removes a record file that this process made and then left empty (an import that failed), so
    /// that a failed first command leaves nothing behind. A PostgreSQL database is left as it is:
    /// the failed transaction already left nothing in it.
    public func removeNewlyMade() {
        switch self {
        case .sqlite(let path):
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        case .postgres:
            break
        }
    }
}
