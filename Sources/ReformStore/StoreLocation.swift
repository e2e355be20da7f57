import Foundation

/// Where the record is kept, and how to open it: the one place that knows which kinds of store exist.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A SQLite database file.
    case sqlite(path: String)

    /// The location named by `--db`, else by `REFORM_DB`, else `.reform/history.sqlite` beside the programme file.
    public static func resolve(option: String?, environment: [String: String], programmeFile: String) -> StoreLocation {
        let named = option ?? environment["REFORM_DB"].flatMap { $0.isEmpty ? nil : $0 }
        return .sqlite(path: named ?? defaultPath(forProgramme: programmeFile))
    }

    /// The default database beside a programme file.
    public static func defaultPath(forProgramme file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(".reform/history.sqlite").path
    }

    /// The path or address, as the user named it.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        }
    }

    /// Whether a record exists there yet.
    public var exists: Bool {
        switch self {
        case .sqlite(let path): return FileManager.default.fileExists(atPath: path)
        }
    }

    /// Opens the record for `access`.
    ///
    /// - Returns: `nil` when there is no record yet and it is not to be created, so that a command
    ///   that only reads never makes one.
    public func open(_ access: StoreAccess) throws(StoreError) -> (any RecordStore)? {
        switch self {
        case .sqlite(let path): return try SQLiteStore.open(path: path, access: access)
        }
    }

    /// Opens the record for writing, creating it when `create`.
    public func open(create: Bool) throws(StoreError) -> (any RecordStore)? {
        try open(.write(create: create))
    }

    /// Removes a record that this process made and then left empty (an import that failed), so
    /// that a failed first command leaves nothing behind.
    public func removeNewlyMade() {
        switch self {
        case .sqlite(let path):
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
