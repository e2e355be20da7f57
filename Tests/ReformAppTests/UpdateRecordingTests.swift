import Foundation
import ReformCore
import ReformModel
import ReformRecord
import ReformStore
import ReformTestSupport
import Testing
@testable import ReformApp

/// Checking updates as an officer records them, one at a time or as a CSV file.
@Suite("Recording updates", .dropsTestDatabases)
struct UpdateRecordingTests {
    static let programme = try! ProgrammeLoader.parse(bytes: Array("""
    format: reform-programme/1
    programme: {id: t, title: T, organisation: C}
    pillars:
      - {id: P1, title: One}
    actions:
      - {id: A1, title: First, pillar: P1, start: 2024-01-01, due: 2024-12-31}
      - {id: A2, title: Second, pillar: P1, status: complete}
    """.utf8), file: "t.yaml").programme

    private func recorder() -> UpdateRecorder {
        UpdateRecorder(programme: Self.programme, now: Date(timeIntervalSince1970: 1_735_000_000))
    }

    private let today = CalendarDay(year: 2025, month: 1, day: 15)!

    @Test("an update records each changed field's old and new value, who and when")
    func oldAndNewValues() throws {
        let event = try recorder().event(for: UpdateRequest(action: "A1", status: "in-progress", progress: "40", note: "Started", by: "alice", at: "2024-03-01T10:30"),
                                         today: today)
        #expect(event.statusOld == .notStarted && event.statusNew == .inProgress)
        #expect(event.progressOld == nil && event.progressNew == 40)
        #expect(event.day == "2024-03-01" && event.occurredAt == "2024-03-01T10:30")
        #expect(event.recordedBy == "alice" && event.recordedAt == "2024-12-24T00:26:40Z")
        #expect(event.changeSummary == "status not-started → in-progress, progress not reported → 40%, note: Started")
    }

    @Test("bad updates are refused with the reason", arguments: [
        (UpdateRequest(action: "A3", status: "complete", by: "x"), "unknown action 'A3' (did you mean 'A1'?)"),
        (UpdateRequest(action: "A1", status: "finished", by: "x"), "'finished' is not a status (allowed: not-started, in-progress, complete, blocked, cancelled)"),
        (UpdateRequest(action: "A1", progress: "101", by: "x"), "progress must be from 0 to 100, not 101"),
        (UpdateRequest(action: "A1", due: "Sprng 2025", by: "x"), "'Sprng 2025' is not a date: did you mean 'Spring 2025'? (accepted: 2024-12-31, 31/12/2024, 31 December 2024, 2024-12, December 2024, Dec 2024, 2024-Q1, Q1 2024/25, Spring 2024, early 2024, 2024/25)"),
        (UpdateRequest(action: "A1", note: "x", by: "x", at: "2024-13-01"), "'2024-13-01' is not a date or time (write 2025-01-15, 15/01/2025 or 2025-01-15T10:30)"),
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

    @Test("a due date before the action starts, or before the plan's baseline, is refused with the reason and names the due field",
          arguments: [
            ("2023-12-31", "'2023-12-31' is before the action starts (2024-01-01); an action cannot be due before it starts"),
            ("2023-06", "'2023-06' is before the action starts (2024-01-01); an action cannot be due before it starts"),
          ])
    func dueBeforeStartRefused(due: String, message: String) {
        let error = #expect(throws: UpdateError.self) {
            try recorder().event(for: UpdateRequest(action: "A1", due: due, by: "x"), today: today)
        }
        #expect(error?.message == message && error?.field == "due")
    }

    @Test("a due date before the plan's baseline is refused; one inside the baseline's month is kept")
    func dueBeforeBaselineRefused() throws {
        let programme = try ProgrammeLoader.parse(bytes: Array("""
        format: reform-programme/1
        programme: {id: t, title: T, organisation: C, as_of: March 2024}
        pillars:
          - {id: P1, title: One}
        actions:
          - {id: A1, title: First, pillar: P1}
        """.utf8), file: "t.yaml").programme
        let recorder = UpdateRecorder(programme: programme, now: Date(timeIntervalSince1970: 1_735_000_000))
        let error = #expect(throws: UpdateError.self) {
            try recorder.event(for: UpdateRequest(action: "A1", due: "February 2024", by: "x"), today: today)
        }
        #expect(error?.message == "'February 2024' is before the plan's baseline (programme.as_of: March 2024); give a due date from then on")
        #expect(try recorder.event(for: UpdateRequest(action: "A1", due: "2024-03-01", by: "x"), today: today).dueNew == "2024-03-01")
    }

    @Test("--reopen allows moving a complete action back")
    func reopen() throws {
        let event = try recorder().event(for: UpdateRequest(action: "A2", status: "in-progress", by: "x", reopen: true), today: today)
        #expect(event.statusOld == .complete && event.statusNew == .inProgress)
    }

    @Test("CSV import checks every row first and names the row of a problem")
    func importRowErrors() {
        let csv = "action,at,status,progress\nA1,2024-02-01,in-progress,10\nA1,2024-03-01,,250\n"
        #expect(throws: UpdateError.self) {
            try UpdateCSV.events(from: csv, recorder: recorder(), recorded: [], defaultBy: "x", reopen: false, today: today)
        }
        do {
            _ = try UpdateCSV.events(from: csv, recorder: recorder(), recorded: [], defaultBy: "x", reopen: false, today: today)
        } catch {
            #expect(error.message == "row 3, column progress: progress must be from 0 to 100, not 250")
        }
    }

    @Test("a note or a reason over 20,000 characters is refused the same from the command line and a CSV row, naming the row and column")
    func freeTextLimit() {
        let long = String(repeating: "x", count: FreeTextLimit.maximumCharacters + 1)
        do {
            _ = try recorder().event(for: UpdateRequest(action: "A1", note: long, by: "x"), today: today)
            Issue.record("a note over the limit was accepted")
        } catch {
            #expect(error.field == "note" && error.message.hasPrefix("the note is 20001 characters long; a note may have at most 20000"))
        }
        let csv = "action,at,note\nA1,2024-02-01,short\nA1,2024-03-01,\(long)\n"
        do {
            _ = try UpdateCSV.events(from: csv, recorder: recorder(), recorded: [], defaultBy: "x", reopen: false, today: today)
            Issue.record("a row with a note over the limit was accepted")
        } catch {
            #expect(error.message.hasPrefix("row 3, column note: the note is 20001 characters long"))
        }
    }

    @Test("CSV export reads back as the same updates, with who recorded each and when")
    func csvRoundTrip() throws {
        let csv = "action,at,status,progress,due,note,by\r\nA1,2024-02-01,in-progress,10,,\"Kick-off, with partners\",alice\r\nA1,2024-03-01,,20,Spring 2025,\"He said \"\"soon\"\"\",bob\r\n"
        let events = try UpdateCSV.events(from: csv, recorder: recorder(), recorded: [], defaultBy: "x", reopen: false, today: today)
        #expect(events.map(\.note) == ["Kick-off, with partners", "He said \"soon\""])
        #expect(events[1].progressOld == 10 && events[1].dueNew == "Spring 2025")
        let exported = UpdateCSV.text(of: events)
        #expect(exported.hasPrefix("\u{FEFF}id,action,at,status,progress,due,note,recorded_by,recorded_at,voids,reason,reopen\r\n"))
        let later = UpdateRecorder(programme: Self.programme, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(try UpdateCSV.events(from: exported, recorder: later, recorded: [], defaultBy: "x", reopen: false, today: today) == events)
    }

    @Test("a bad row after thousands of good ones, already written while it was checked, leaves nothing recorded", arguments: StoreKind.all)
    func importIsAllOrNothingWhileStreaming(kind: StoreKind) async throws {
        let store = try await kind.makeStore()
        let good = (1...20_000).map { "A1,2024-02-01,,\($0 % 100),,,alice" }
        let csv = (["action,at,status,progress,due,note,by"] + good + ["A9,2024-02-02,,50,,,alice"]).joined(separator: "\n")
        await #expect {
            try await UpdateImport.run(.text(csv), recorder: recorder(), recorded: [], defaultBy: "x", reopen: false, today: today, into: store)
        } throws: { error in
            (error as? UpdateError)?.message.hasPrefix("row 20002, column action: unknown action 'A9'") == true
        }
        #expect(try await store.events().isEmpty)

        let recorded = try await UpdateImport.run(.text((["action,at,status,progress,due,note,by"] + good).joined(separator: "\n")), recorder: recorder(),
                                            recorded: [], defaultBy: "x", reopen: false, today: today, into: store)
        #expect(recorded == 20_000)
        #expect(try await store.events().last?.progressNew == 0)
    }
}
