import Foundation
import GRDB
import Testing
@testable import ReformCore
import ReformModel

@Suite("The history store")
struct HistoryStoreTests {
    static let programme = try! TestSupport.load(TestSupport.programme("""
    actions:
      - {id: A1, title: First, pillar: P1, start: 2024-01-01, due: 2024-12-31}
      - {id: A2, title: Second, pillar: P1, status: complete}
    """)).programme

    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)/history.sqlite").path
    }

    private func recorder() -> UpdateRecorder {
        UpdateRecorder(programme: Self.programme, now: Date(timeIntervalSince1970: 1_735_000_000))
    }

    private let today = CalendarDay(year: 2025, month: 1, day: 15)!

    @Test("an update records each changed field's old and new value, who and when")
    func oldAndNewValues() throws {
        let event = try recorder().event(for: UpdateRequest(action: "A1", status: "in-progress", progress: "40", note: "Started", by: "alice", at: "2024-03-01T10:30"),
                                         today: today)
        #expect(event.statusOld == "not-started" && event.statusNew == "in-progress")
        #expect(event.progressOld == nil && event.progressNew == 40)
        #expect(event.day == "2024-03-01" && event.occurredAt == "2024-03-01T10:30")
        #expect(event.recordedBy == "alice" && event.recordedAt == "2024-12-24T00:26:40Z")
        #expect(event.changeSummary == "status not-started → in-progress, progress not reported → 40%, note: Started")
    }

    @Test("bad updates are refused with the reason", arguments: [
        (UpdateRequest(action: "A3", status: "complete", by: "x"), "unknown action 'A3' (did you mean 'A1'?)"),
        (UpdateRequest(action: "A1", status: "finished", by: "x"), "'finished' is not a status (allowed: not-started, in-progress, complete, blocked, cancelled)"),
        (UpdateRequest(action: "A1", progress: "101", by: "x"), "progress must be a whole number from 0 to 100, not '101'"),
        (UpdateRequest(action: "A1", due: "Sprng 2025", by: "x"), "'Sprng 2025' is not a date: did you mean 'Spring 2025'? (accepted: 2024-12-31, 2024-12, December 2024, 2024-Q1, Spring 2024, early 2024, 2024/25)"),
        (UpdateRequest(action: "A1", note: "x", by: "x", at: "2024-13-01"), "'2024-13-01' is not a date or time (write 2025-01-15 or 2025-01-15T10:30)"),
        (UpdateRequest(action: "A2", status: "in-progress", by: "x"), "'A2' is complete; moving it back needs --reopen"),
        (UpdateRequest(action: "A1", status: "not-started", by: "x"), "nothing to record for 'A1': give --status, --progress, --due or --note with a value that changes it"),
    ])
    func refusals(request: UpdateRequest, message: String) {
        #expect(throws: UpdateError.self) { try recorder().event(for: request, today: today) }
        do {
            _ = try recorder().event(for: request, today: today)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("--reopen allows moving a complete action back")
    func reopen() throws {
        let event = try recorder().event(for: UpdateRequest(action: "A2", status: "in-progress", by: "x", reopen: true), today: today)
        #expect(event.statusOld == "complete" && event.statusNew == "in-progress")
    }

    @Test("events are appended, read back in order, and can be neither changed nor deleted")
    func appendOnly() throws {
        let path = temporaryPath()
        let store = try #require(try HistoryStore.open(path: path, create: true))
        let first = try recorder().event(for: UpdateRequest(action: "A1", progress: "10", by: "a", at: "2024-02-01"), today: today)
        let second = try recorder().event(for: UpdateRequest(action: "A1", progress: "30", by: "b", at: "2024-03-01"), today: today)
        try store.append([first, second])
        #expect(try store.events().map(\.progressNew) == [10, 30])
        #expect(try store.events(by: "b").count == 1)
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE event SET progress_new = 99") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM event") } }
        #expect(try store.events().count == 2)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("a bad row after thousands of good ones, already written while it was checked, leaves nothing recorded")
    func importIsAllOrNothingWhileStreaming() throws {
        let store = try #require(try HistoryStore.open(path: temporaryPath(), create: true))
        let good = (1...20_000).map { "A1,2024-02-01,,\($0 % 100),,,alice" }
        let csv = (["action,at,status,progress,due,note,by"] + good + ["A9,2024-02-02,,50,,,alice"]).joined(separator: "\n")
        #expect {
            try UpdateImport.run(csv, recorder: recorder(), existing: [], defaultBy: "x", reopen: false, today: today, into: store)
        } throws: { error in
            (error as? UpdateError)?.message.hasPrefix("row 20002: unknown action 'A9'") == true
        }
        #expect(try store.events().isEmpty)

        let recorded = try UpdateImport.run((["action,at,status,progress,due,note,by"] + good).joined(separator: "\n"), recorder: recorder(),
                                            existing: [], defaultBy: "x", reopen: false, today: today, into: store)
        #expect(recorded == 20_000)
        #expect(try store.events().last?.progressNew == 0)
    }

    @Test("one action's updates come back in the order they apply, and counts are per action")
    func perActionQueries() throws {
        let store = try #require(try HistoryStore.open(path: temporaryPath(), create: true))
        try store.append([
            try recorder().event(for: UpdateRequest(action: "A1", progress: "30", by: "a", at: "2024-03-01"), today: today),
            try recorder().event(for: UpdateRequest(action: "A2", note: "noted", by: "a", at: "2024-02-15"), today: today),
            try recorder().event(for: UpdateRequest(action: "A1", progress: "10", by: "a", at: "2024-02-01"), today: today),
        ])
        #expect(try store.updates(action: "A1").map(\.progress) == [10, 30])   // by day, not as recorded
        #expect(try store.updates().count == 3)
        #expect(try store.eventCounts() == ["A1": 2, "A2": 1])
    }

    @Test("a database from a newer version of the tool is refused, unchanged")
    func newerDatabaseRefused() throws {
        let path = temporaryPath()
        _ = try HistoryStore.open(path: path, create: true)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: from the future')") }
        #expect(throws: HistoryError.self) { try HistoryStore.open(path: path, create: false) }
        do {
            _ = try HistoryStore.open(path: path, create: false)
        } catch {
            #expect(error.message.hasPrefix("this history database was written by a newer version of reform"))
        }
    }

    @Test("opening for reading does not create a database")
    func readDoesNotCreate() throws {
        let path = temporaryPath()
        #expect(try HistoryStore.open(path: path, create: false) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("report runs are recorded and the latest one per plugin is found")
    func reportRuns() throws {
        let store = try #require(try HistoryStore.open(path: temporaryPath(), create: true))
        for day in ["2025-01-01", "2025-02-01"] {
            try store.record(ReportRun(plugin: "summary", pluginVersion: "1", format: "markdown", asOf: day, since: nil, generatedAt: day,
                                       outputSHA256: "x", outputBytes: 1, outputPath: nil, actions: "{}"))
        }
        #expect(try store.lastRun(plugin: "summary")?.asOf == "2025-02-01")
        #expect(try store.lastRun(plugin: "other") == nil)
    }

    @Test("a run records the plan's action titles by id, in file order, readable as JSON")
    func runActionTitles() throws {
        let actions = [Action(id: "A2", title: "Say \"hello\"\n", pillars: ["P1"]), Action(id: "A1", title: "One", pillars: ["P1"]),
                       Action(id: "A2", title: "Repeated", pillars: ["P1"])]
        let text = ReportRun.actionTitles(of: actions)
        #expect(text.hasPrefix(#"{"A2":"Say \"hello\"\n","A1":"#))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(text.utf8)) == ["A2": "Say \"hello\"\n", "A1": "One"])
        #expect(ReportRun.actionTitles(of: []) == "{}")
    }

    @Test("the online backup is a complete, sound copy")
    func backup() throws {
        let store = try #require(try HistoryStore.open(path: temporaryPath(), create: true))
        try store.append([try recorder().event(for: UpdateRequest(action: "A1", progress: "10", by: "a"), today: today)])
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString).sqlite").path
        try store.backup(to: copy)
        let restored = try #require(try HistoryStore.open(path: copy, create: false))
        #expect(try restored.events().count == 1)
        #expect(try restored.integrityCheck() == "ok")
    }

    @Test("CSV import checks every row first and names the row of a problem")
    func importRowErrors() {
        let csv = "action,at,status,progress\nA1,2024-02-01,in-progress,10\nA1,2024-03-01,,250\n"
        #expect(throws: UpdateError.self) {
            try UpdateCSV.events(from: csv, recorder: recorder(), existing: [], defaultBy: "x", reopen: false, today: today)
        }
        do {
            _ = try UpdateCSV.events(from: csv, recorder: recorder(), existing: [], defaultBy: "x", reopen: false, today: today)
        } catch {
            #expect(error.message == "row 3: progress must be a whole number from 0 to 100, not '250'")
        }
    }

    @Test("CSV export reads back as the same updates")
    func csvRoundTrip() throws {
        let csv = "action,at,status,progress,due,note,by\r\nA1,2024-02-01,in-progress,10,,\"Kick-off, with partners\",alice\r\nA1,2024-03-01,,20,Spring 2025,\"He said \"\"soon\"\"\",bob\r\n"
        let events = try UpdateCSV.events(from: csv, recorder: recorder(), existing: [], defaultBy: "x", reopen: false, today: today)
        #expect(events.map(\.note) == ["Kick-off, with partners", "He said \"soon\""])
        #expect(events[1].progressOld == 10 && events[1].dueNew == "Spring 2025")
        #expect(UpdateCSV.text(of: events) == csv)
    }

    @Test("SHA-256 matches the standard's test vectors")
    func sha256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
