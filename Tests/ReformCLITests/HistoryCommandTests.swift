import Foundation
import ReformTestSupport
import Testing

/// `reform update`, `history`, `log`, `import-updates`, `export-updates` and `backup`, as a user runs them.
@Suite("Recording progress")
struct HistoryCommandTests {
    /// A programme file in its own directory, with a history database beside it.
    final class Workspace {
        let directory: URL
        var db: String { directory.appendingPathComponent("history.sqlite").path }
        var programme: String { directory.appendingPathComponent("programme.yaml").path }

        init(programme text: String? = nil) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-history-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let source = try text ?? String(contentsOf: CLITests.repository.appendingPathComponent("programme.yaml"), encoding: .utf8)
            try source.write(toFile: programme, atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        func run(_ arguments: [String]) async throws -> ReformRunner.Result {
            try await ReformRunner.run(arguments, in: directory, environment: ["REFORM_DB": db])
        }

        func eventCount() async throws -> Int {
            let result = try await run(["log", "--json"])
            return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])?.count ?? -1
        }
    }

    @Test("every refused update exits 1, says why and writes nothing", arguments: [
        (["A-MSP-PLNA", "--status", "complete"], "unknown action 'A-MSP-PLNA' (did you mean 'A-MSP-PLAN'?)"),
        (["A-MSP-PLAN", "--status", "done"], "'done' is not a status"),
        (["A-MSP-PLAN", "--progress", "150"], "progress must be from 0 to 100, not 150"),
        (["A-MSP-PLAN", "--progress", "lots"], "progress must be a whole number from 0 to 100, not 'lots'"),
        (["A-MSP-PLAN", "--due", "next spring"], "'next spring' is not a date"),
        (["A-MSP-PLAN", "--note", "x", "--at", "yesterday"], "'yesterday' is not a date or time"),
    ])
    func refusedUpdatesWriteNothing(arguments: [String], message: String) async throws {
        let workspace = try Workspace()
        let result = try await workspace.run(["update"] + arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was recorded"))
        #expect(!FileManager.default.fileExists(atPath: workspace.db))
    }

    @Test("moving a complete action back needs --reopen, and the refusal writes nothing")
    func reopen() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-MSP-PLAN", "--status", "complete", "--at", "2024-11-01"]).status == 0)
        let refused = try await workspace.run(["update", "A-MSP-PLAN", "--progress", "50"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'A-MSP-PLAN' is complete; moving it back needs --reopen"))
        #expect(try await workspace.eventCount() == 1)
        #expect(try await workspace.run(["update", "A-MSP-PLAN", "--progress", "50", "--reopen"]).status == 0)
        #expect(try await workspace.eventCount() == 2)
    }

    @Test("a command that wrote to a SQLite record closes it, leaving no write-ahead log for the next command to read back")
    func closesTheRecord() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-MSP-PLAN", "--progress", "40", "--at", "2024-03-01"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.db))
        #expect(!FileManager.default.fileExists(atPath: workspace.db + "-wal"))
        #expect(try await workspace.eventCount() == 1)
    }

    @Test("the audit trail keeps who, when, and each field's old and new value")
    func auditTrail() async throws {
        let workspace = try Workspace()
        _ = try await workspace.run(["update", "A-MSP-PLAN", "--progress", "40", "--by", "alice", "--at", "2024-03-01"])
        _ = try await workspace.run(["update", "A-MSP-PLAN", "--status", "blocked", "--progress", "45", "--note", "Awaiting ICB", "--by", "bob", "--at", "2024-04-01"])
        let log = try await workspace.run(["log", "--by", "bob", "--json"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        #expect(events.count == 1)
        let event = events[0]
        #expect(event["recorded_by"] as? String == "bob" && event["day"] as? String == "2024-04-01")
        #expect((event["status"] as? [String: Any])?["old"] as? String == "in-progress")
        #expect((event["status"] as? [String: Any])?["new"] as? String == "blocked")
        #expect((event["progress"] as? [String: Any])?["old"] as? Int == 40)
        #expect((event["progress"] as? [String: Any])?["new"] as? Int == 45)
        #expect(event["note"] as? String == "Awaiting ICB")
        let history = try await workspace.run(["history", "A-MSP-PLAN"])
        #expect(history.stdout.contains("2024-04-01  A-MSP-PLAN  status in-progress → blocked, progress 40% → 45%, note: Awaiting ICB  (by bob"))
    }

    @Test("--as-of reproduces the state on a past day exactly")
    func asOfReproduction() async throws {
        let workspace = try Workspace()
        _ = try await workspace.run(["update", "A-DSCO", "--status", "in-progress", "--progress", "30", "--at", "2024-05-01"])
        _ = try await workspace.run(["update", "A-DSCO", "--status", "complete", "--at", "2024-10-01"])
        func status(_ day: String) async throws -> [String: Any] {
            let result = try await workspace.run(["explain", "A-DSCO", "--as-of", day, "--json"])
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        #expect(try await status("2024-04-30")["status"] as? String == "not-started")
        #expect(try await status("2024-05-01")["progress"] as? Int == 30)
        #expect(try await status("2024-09-30")["status"] as? String == "in-progress")
        #expect(try await status("2024-10-01")["status"] as? String == "complete")
        // A past day's answer does not change when later updates are recorded.
        let before = try await status("2024-09-30") as NSDictionary
        _ = try await workspace.run(["update", "A-DSCO", "--status", "in-progress", "--reopen", "--at", "2024-12-01"])
        #expect(try await status("2024-09-30") as NSDictionary == before)
        #expect(try await status("2024-12-01")["status"] as? String == "in-progress")
    }

    @Test("a report with --since last counts from the last one issued with --final: drafts and discarded runs never move that day")
    func changesSinceLastReport() async throws {
        let workspace = try Workspace()
        let plugin = workspace.directory.appendingPathComponent("reform-report-changes").path
        try TestExecutable.write("""
        #!/usr/bin/env python3
        import json, sys
        if sys.argv[1:] == ["--manifest"]:
            print(json.dumps({"id": "changes", "name": "c", "version": "1", "description": "d", "contract": 1,
                              "formats": [{"id": "text", "media_type": "text/plain", "extension": "txt"}], "options": []}))
            sys.exit(0)
        request = json.load(sys.stdin)
        print(request.get("since"))
        for change in request["changes"]["changes"]:
            print(change["kind"], change["action"])
        """, to: plugin)
        let path = ["--plugin-path", workspace.directory.path]
        let out = workspace.directory.appendingPathComponent("first.txt").path
        let first = try await workspace.run(["report", "changes"] + path + ["--as-of", "2024-06-01", "--since", "last", "--out", out, "--final"])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "None\n")
        #expect(first.stderr.contains("no earlier report of 'changes' issued to the committee (--final) as at 1 June 2024 or before is recorded"))
        #expect(first.stderr.contains("run 1, issued to the committee"))
        // A report shown on the screen is no report: it neither counts as the last one nor writes to the record.
        _ = try await workspace.run(["report", "changes"] + path + ["--as-of", "2024-07-01"])
        _ = try await workspace.run(["update", "A-MSP-PLAN", "--status", "complete", "--at", "2024-07-15"])
        // A trial run written to a file is a draft: it does not move "since the last report".
        let draft = try await workspace.run(["report", "changes"] + path + ["--as-of", "2024-07-20", "--out", workspace.directory.appendingPathComponent("trial.txt").path])
        #expect(draft.stderr.contains("run 2, a draft: 'reform runs issue 2' marks it issued"))
        let second = try await workspace.run(["report", "changes"] + path + ["--as-of", "2024-08-01", "--since", "last"])
        #expect(second.stdout == "2024-06-01\ncompleted A-MSP-PLAN\n")
        // "Last" is the latest report as at the day asked or before: a report as at an earlier day finds none.
        let earlier = try await workspace.run(["report", "changes"] + path + ["--as-of", "2024-05-01", "--since", "last"])
        #expect(earlier.stdout == "None\n")
        // Discarding the issued run takes a reason, keeps it listed, and leaves nothing to count from.
        let unexplained = try await workspace.run(["runs", "discard", "1"])
        #expect(unexplained.status == 1 && unexplained.stderr.contains("report run 1 was issued to the committee: give the reason for discarding it"))
        _ = try await workspace.run(["runs", "discard", "1", "--reason", "Issued with the wrong meeting"])
        let listed = try await workspace.run(["runs"])
        #expect(listed.stdout.contains("discarded") && listed.stdout.contains("draft"))
        let afterDiscard = try await workspace.run(["report", "changes"] + path + ["--as-of", "2024-08-01", "--since", "last"])
        #expect(afterDiscard.stdout == "None\n")
        let refused = try await workspace.run(["report", "changes"] + path + ["--final"])
        #expect(refused.status == 2 && refused.stderr.contains("--final needs --out"))
    }

    @Test("import records every row in one go; a bad row names its number and records nothing; export reads back")
    func importAndExport() async throws {
        let workspace = try Workspace()
        let good = workspace.directory.appendingPathComponent("good.csv").path
        try "action,at,status,progress,note,by\nA-MSP-PLAN,2024-02-01,in-progress,20,\"Kick-off, with partners\",alice\nA-DSCO,2024-02-02,,5,,bob\n"
            .write(toFile: good, atomically: true, encoding: .utf8)
        let bad = workspace.directory.appendingPathComponent("bad.csv").path
        try "action,at,progress\nA-MSP-PLAN,2024-03-01,30\nA-NOPE,2024-03-02,40\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try await workspace.run(["import-updates", bad])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("row 3, column action: unknown action 'A-NOPE'"))
        #expect(!FileManager.default.fileExists(atPath: workspace.db))
        let imported = try await workspace.run(["import-updates", good])
        #expect(imported.stdout == "recorded 2 updates from \(good)\n")
        let exported = try await workspace.run(["export-updates"]).stdout
        let rows = exported.components(separatedBy: "\r\n")
        #expect(rows[0] == "\u{FEFF}id,action,at,status,progress,due,note,recorded_by,recorded_at,voids,reason,reopen")
        #expect(rows[1].hasPrefix("1,A-MSP-PLAN,2024-02-01,in-progress,20,,\"Kick-off, with partners\",alice,20"))
        #expect(rows[2].hasPrefix("2,A-DSCO,2024-02-02,,5,,,bob,20"))
    }

    @Test("updates for an action removed from the plan are kept and reported as orphaned")
    func orphans() async throws {
        let text = """
        format: reform-programme/1
        programme: {id: t, title: T, organisation: C}
        pillars: [{id: P1, title: One}]
        actions:
          - {id: A1, title: Kept, pillar: P1}
          - {id: A2, title: Dropped later, pillar: P1}
        """
        let workspace = try Workspace(programme: text)
        #expect(try await workspace.run(["update", "A2", "--progress", "10"]).status == 0)
        try text.replacingOccurrences(of: "  - {id: A2, title: Dropped later, pillar: P1}\n", with: "")
            .replacingOccurrences(of: "  - {id: A2, title: Dropped later, pillar: P1}", with: "")
            .write(toFile: workspace.programme, atomically: true, encoding: .utf8)
        let validate = try await workspace.run(["validate"])
        #expect(validate.status == 0)
        #expect(validate.stderr.contains("warning: recorded updates for actions no longer in the programme are kept: A2 (1)"))
        #expect(try await workspace.run(["validate", "--strict"]).status == 1)
        #expect(try await workspace.run(["history"]).stdout.contains("A2 [orphaned: not in the programme]"))
        #expect(try await workspace.eventCount() == 1)
    }
}
