import GRDB

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

extension StoreError {
    /// The record could not be used: what was being done, SQLite's reason, and how to choose another record.
    static func sqlite(_ path: String, _ doing: String, _ error: (any Error)? = nil) -> StoreError {
        let reason = error.map { " (\(SQLiteReason.words(for: $0)))" } ?? ""
        return StoreError(location: path, message: "\(doing)\(reason); check the file and its folder, or choose another record with --db PATH or REFORM_DB")
    }
}
