import Foundation
import ReformRecord
import ReformStore
import Testing

/// A kind of store a suite runs against; each test takes one as its argument, so every behaviour
/// is shown on every kind.
public struct StoreKind: Sendable, CustomTestStringConvertible {
    /// The kind's name in test output.
    public let name: String
    /// A fresh, empty location of this kind.
    public let freshLocation: @Sendable () async throws -> StoreLocation

    public var testDescription: String { name }

    /// A SQLite file in a new temporary folder.
    public static let sqlite = StoreKind(name: "SQLite") {
        .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)/history.sqlite").path)
    }

    /// A new database on the test PostgreSQL server (`TestPostgres`).
    public static let postgres = StoreKind(name: "PostgreSQL") {
        .postgres(url: try await TestPostgres.freshDatabase())
    }

    /// Every kind this run tests: SQLite always, PostgreSQL when a server is named or under CI.
    public static var all: [StoreKind] {
        TestPostgres.isEnabled ? [.sqlite, .postgres] : [.sqlite]
    }

    /// A new, empty store of this kind.
    public func makeStore() async throws -> RecordStore {
        guard let store = try await freshLocation().open(create: true) else { throw TestSetupFailure("the store was not created") }
        return store
    }
}
