import Foundation
import ReformModel
import ReformRecord
@testable import ReformStore
import ReformTestSupport
import Testing

/// What only the PostgreSQL store shows: the server itself refusing changes, its versions, and
/// what a user sees when the server cannot be reached or the connection is lost.
@Suite("The PostgreSQL store", .enabled(if: TestPostgres.isEnabled), .dropsTestDatabases)
struct PostgresStoreTests {
    /// A fresh database's URL, with a record made in it.
    private func freshRecord() async throws -> (url: String, store: RecordStore) {
        let url = try await TestPostgres.freshDatabase()
        let store = try #require(try await StoreLocation.postgres(url: url).open(create: true))
        return (url, store)
    }

    @Test("the database itself refuses to change, delete or empty an event or a committee response, even outside reform")
    func appendOnlyInTheDatabase() async throws {
        let (url, store) = try await freshRecord()
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        _ = try await store.record(CommitteeResponse(resolution: "R1", response: "agreed", status: .open, recordedBy: "lead", recordedAt: "2025-01-15T09:00:00Z"))
        _ = try await store.publish(PlanRevision(text: Array("plan".utf8), sha256: "s", recordedBy: "lead", recordedAt: "2026-01-01T00:00:00Z",
                                                 reason: "first", base: nil))
        try await Events.roundWithSignOff(on: store)
        for statement in ["UPDATE event SET progress_new = 99", "DELETE FROM event", "TRUNCATE event CASCADE",
                          "UPDATE committee_response SET response = 'changed'", "DELETE FROM committee_response",
                          "UPDATE plan_revision SET reason = 'changed'", "DELETE FROM plan_revision", "TRUNCATE plan_revision CASCADE"]
            + Events.roundChanges + ["TRUNCATE outbox_message", "TRUNCATE sign_off_decision CASCADE"] {
            await #expect(throws: (any Error).self, "\(statement)") { try await TestPostgres.run(statement, on: url) }
        }
        #expect(try await store.events().map(\.progressNew) == [10, 20])
        #expect(try await store.committeeResponses().map(\.response) == ["agreed"])
        #expect(try await store.latestRevision()?.reason == "first")
        #expect(try await store.integrityCheck() == "ok")
    }

    @Test("the integrity check says so when a trigger that keeps the record append-only has been disabled")
    func integrityCheckSeesDisabledTriggers() async throws {
        let (url, store) = try await freshRecord()
        _ = try await TestPostgres.run("ALTER TABLE event DISABLE TRIGGER event_is_append_only", on: url)
        #expect(try await store.integrityCheck().contains("event_is_append_only"))
    }

    @Test("a database from a newer version of the tool is refused, unchanged, with a message to upgrade")
    func newerDatabaseRefused() async throws {
        let (url, _) = try await freshRecord()
        _ = try await TestPostgres.run("INSERT INTO reform_schema (version, name) VALUES (99, 'from the future')", on: url)
        await #expect {
            try await StoreLocation.postgres(url: url).open(create: true)
        } throws: { error in
            (error as? StoreError)?.message.hasPrefix("this history database was written by a newer version of reform") == true
        }
        #expect(try await TestPostgres.run("SELECT max(version)::text FROM reform_schema", on: url) == ["99"])
    }

    @Test("several processes opening a new database at once make its schema once")
    func concurrentFirstOpens() async throws {
        let url = try await TestPostgres.freshDatabase()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 1...6 {
                group.addTask { _ = try await StoreLocation.postgres(url: url).open(create: true) }
            }
            try await group.waitForAll()
        }
        #expect(try await TestPostgres.run("SELECT count(*)::text FROM reform_schema", on: url) == [String(Migrations.latest)], "each migration applied once")
    }

    @Test("a server that cannot be reached is named with what to check, in one line")
    func unreachableServer() async throws {
        await #expect {
            try await StoreLocation.postgres(url: "postgres://reform:secret@127.0.0.1:1/reform").open(.read)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("postgres://reform@127.0.0.1:1/reform: error: cannot connect to PostgreSQL at 127.0.0.1:1 (connection refused)")
                && text.contains("check that PostgreSQL is running") && !text.contains("secret") && !text.contains("\n")
        }
    }

    @Test("a wrong password is named as such, and the password is never shown")
    func wrongPassword() async throws {
        let url = try await TestPostgres.freshDatabase()
        let wrong = url.replacingOccurrences(of: ":reform-test@", with: ":not-the-password@")
        await #expect {
            try await StoreLocation.postgres(url: wrong).open(.read)
        } throws: { error in
            "\(error)".contains("password authentication failed") && "\(error)".contains("check the user name and password") && !"\(error)".contains("not-the-password")
        }
    }

    @Test("a URL with an option the tool does not read says how to write it (one without a database or user takes libpq's defaults)", arguments: [
        "postgres://reform@127.0.0.1/reform?sslmode=sometimes", "postgres://reform@127.0.0.1/reform?schema=x",
    ])
    func malformedURLs(url: String) async throws {
        await #expect {
            try await StoreLocation.postgres(url: url).open(.read)
        } throws: { error in
            "\(error)".contains("write it as postgres://user:password@host:port/database")
        }
    }

    @Test("an import whose connection is lost midway records nothing, and the record takes writes again")
    func connectionLostMidImport() async throws {
        let (url, store) = try await freshRecord()
        let source = SlowSource(events: 200_000)
        let importing = Task { try await store.append(progress: nil, from: source.next) }
        // Once rows are flowing, end the import's connection from the server's side.
        while source.given < 20_000 { try await Task.sleep(for: .milliseconds(5)) }
        let ended = try await TestPostgres.run(
            "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY%'", on: url)
        #expect(ended == ["true"])
        await #expect(throws: StoreError.self) { try await importing.value }
        #expect(source.given < 200_000, "the import finished before the connection was lost; the test proves nothing")
        #expect(try await TestPostgres.run("SELECT count(*)::text FROM event", on: url) == ["0"])
        try await store.append([Events.event("A1", day: "2024-02-01", progress: 10)])
        #expect(try await store.events().count == 1)
    }
}

/// Gives events one at a time, slowly enough for a test to act while they flow.
final class SlowSource: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let total: Int

    init(events: Int) { total = events }

    /// How many have been given.
    var given: Int { lock.withLock { count } }

    func next() -> RecordedEvent? {
        let index: Int? = lock.withLock {
            guard count < total else { return nil }
            count += 1
            return count
        }
        guard let index else { return nil }
        if index % 1000 == 0 { usleep(2000) }
        return Events.event("A\(index % 50)", day: "2024-02-01", progress: index % 100)
    }
}
