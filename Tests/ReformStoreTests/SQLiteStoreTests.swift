import Foundation
import GRDB
import ReformModel
import ReformRecord
import ReformStore
import Testing

/// What only the SQLite store shows: the database file itself refusing changes, its versions, and its file.
@Suite("The SQLite store")
struct SQLiteStoreTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)/history.sqlite").path
    }

    private func open(_ path: String, create: Bool = true) async throws -> RecordStore? {
        try await StoreLocation.sqlite(path: path).open(create: create)
    }

    @Test("the database itself refuses to change or delete an event, a plan revision, a round, a sign-off or a queued email, even outside reform")
    func appendOnlyInTheDatabase() async throws {
        let path = temporaryPath()
        let store = try #require(try await open(path))
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        _ = try await store.publish(PlanRevision(text: Array("plan".utf8), sha256: "s", recordedBy: "lead", recordedAt: "2026-01-01T00:00:00Z",
                                                 reason: "first", base: nil))
        try await Events.roundWithSignOff(on: store)
        let queue = try DatabaseQueue(path: path)
        for statement in ["UPDATE event SET progress_new = 99", "DELETE FROM event", "UPDATE plan_revision SET reason = 'changed'", "DELETE FROM plan_revision"]
            + Events.roundChanges {
            #expect(throws: DatabaseError.self, "\(statement)") { try queue.write { try $0.execute(sql: statement) } }
        }
        #expect(try await store.latestRevision()?.reason == "first")
        #expect(try await store.events().map(\.progressNew) == [10, 20])
        #expect(try await store.integrityCheck() == "ok")
        try await queue.write { try $0.execute(sql: "DROP TRIGGER event_is_append_only_delete") }
        #expect(try await store.integrityCheck().contains("event_is_append_only_delete are missing or disabled"))
    }

    @Test("a database from a newer version of the tool is refused, unchanged, with a message to upgrade")
    func newerDatabaseRefused() async throws {
        let path = temporaryPath()
        _ = try await open(path)
        try await DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO reform_schema (version, name) VALUES (99, 'from the future')") }
        await #expect {
            try await open(path, create: false)
        } throws: { error in
            (error as? StoreError)?.message.hasPrefix("this history database was written by a newer version of reform") == true
        }
    }

    @Test("a record made by reform 0.1 (GRDB's migrations) is taken over as it is: its rows are read and new ones written")
    func recordOfVersion01() async throws {
        let path = temporaryPath()
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let script = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/record-0.1.sql"), encoding: .utf8)
        try await DatabaseQueue(path: path).write {
            try $0.execute(sql: script)
            // A committee update written to a file by that version: it counted as the last report then, so it stays issued.
            try $0.execute(sql: """
                INSERT INTO report_run (plugin, plugin_version, format, as_of, generated_at, output_sha256, output_bytes, output_path, actions)
                VALUES ('committee-update', '1.0', 'docx', '2024-07-01', '2024-07-01T09:00:00Z', 'ab', 10, 'july.docx', '{}')
                """)
            // The lead is signed in: their session refers to their account, which the officer role's migration makes again.
            try $0.execute(sql: "INSERT INTO web_session (token_hash, user_id, csrf_token, started_at, last_seen_at) VALUES ('t', 1, 'c', 1, 1)")
        }
        let store = try #require(try await open(path, create: false))
        #expect(try await store.events().map(\.note) == ["Discussed at DMT"])
        #expect(try await store.reportRuns().map(\.state) == [.issued])
        #expect(try await store.session(tokenHash: "t")?.userID == 1, "the signed-in lead's session survives the rebuilt accounts")
        let officer = try await store.addUser(UserAccount(id: nil, username: "clerk", passwordHash: "-", role: .officer, owners: [], createdAt: "2026-12-06T00:00:00Z"))
        let clerk = try await store.user(named: "clerk")
        #expect(officer.id == 2 && clerk?.role == .officer)
        #expect(try await store.lastReport(plugin: "committee-update", onOrBefore: CalendarDay(year: 2024, month: 8, day: 1)!)?.outputPath == "july.docx")
        #expect(try await store.user(named: "LEAD")?.role == .lead)
        let added = try await store.append([Events.event("A-NF-EMBED", day: "2024-08-01", progress: 40)])
        #expect(added.first?.id == 2)
        #expect(try await store.integrityCheck() == "ok")
        let versions = try await DatabaseQueue(path: path).read { try Int.fetchAll($0, sql: "SELECT version FROM reform_schema ORDER BY version") }
        #expect(versions.first == 1)
    }

    @Test("the record file is readable by its owner alone, as are its journal files and a backup (it holds password hashes)")
    func privateFiles() async throws {
        let path = temporaryPath()
        let store = try #require(try await open(path))
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        let backup = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("backup.sqlite").path
        try await store.backup(to: backup)
        for file in [path, path + "-wal", backup] where FileManager.default.fileExists(atPath: file) {
            let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "\(file): \(String(permissions ?? 0, radix: 8))")
        }
    }
}
