import Foundation
import ReformStore

/// The stores the use cases are tried on.
enum StoreKind {
    /// A new SQLite store in a new temporary folder.
    static func sqliteStore() throws -> any RecordStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("app-\(UUID().uuidString)/history.sqlite").path
        return try SQLiteStore.open(path: path, create: true)!
    }
}
