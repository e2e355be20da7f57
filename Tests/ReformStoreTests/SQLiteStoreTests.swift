import Foundation
import GRDB
import ReformModel
import ReformStore
import Testing

/// What only the SQLite store shows: the database file itself refusing changes, and its versions.
@Suite("The SQLite store")
struct SQLiteStoreTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)/history.sqlite").path
    }

    @Test("the database itself refuses to change or delete an event, even outside reform")
    func appendOnlyInTheDatabase() async throws {
        let path = temporaryPath()
        let store = try #require(try SQLiteStore.open(path: path, create: true))
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE event SET progress_new = 99") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM event") } }
        #expect(try await store.events().map(\.progressNew) == [10])
        #expect(try await store.integrityCheck() == "ok")
    }

    @Test("a database from a newer version of the tool is refused, unchanged, with a message to upgrade")
    func newerDatabaseRefused() throws {
        let path = temporaryPath()
        _ = try SQLiteStore.open(path: path, create: true)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: from the future')") }
        #expect {
            try SQLiteStore.open(path: path, create: false)
        } throws: { error in
            (error as? StoreError)?.message.hasPrefix("this history database was written by a newer version of reform") == true
        }
    }
}
