import Foundation
import Testing

/// The record of progress as a programme lead relies on it: notes reach every reader, mistakes
/// are voided or corrected without deletion, a CSV round trip holds, and reading needs no write access.
@Suite("The record of progress")
struct RecordOfProgressTests {
    typealias Workspace = HistoryCommandTests.Workspace

    private func json(_ result: ReformRunner.Result) async throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test("a note recorded on an action is in explain, status --json and every format of the committee update")
    func noteReachesEveryReader() async throws {
        let workspace = try Workspace()
        let recorded = try await workspace.run(["update", "A-NF-EMBED", "--progress", "30", "--status", "in-progress", "--note", "Discussed at DMT",
                                          "--at", "2024-09-03", "--by", "Head of Service"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let explain = try await workspace.run(["explain", "A-NF-EMBED", "--as-of", "2024-09-15"])
        #expect(explain.stdout.contains("Latest note: \"Discussed at DMT\" (Head of Service, 3 September 2024)"))
        let status = try await json(await workspace.run(["status", "--json", "--as-of", "2024-09-15"])) as? [String: Any]
        let action = (status?["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A-NF-EMBED" }
        let note = action?["latest_note"] as? [String: Any]
        #expect(note?["text"] as? String == "Discussed at DMT" && note?["by"] as? String == "Head of Service" && note?["day"] as? String == "2024-09-03")
        for format in ["markdown", "html"] {
            let report = try await workspace.run(["report", "committee-update", "--format", format, "--as-of", "2024-09-15"])
            #expect(report.stdout.contains("Discussed at DMT"), "\(format)")
            let since = try await workspace.run(["report", "committee-update", "--format", format, "--as-of", "2024-09-15", "--since", "2024-09-01"])
            // The committee paper is public: the note is there, the login name of whoever typed it is not.
            #expect(since.stdout.contains("update on 3 September 2024: Discussed at DMT") && !since.stdout.contains("by Head of Service")
                    && !since.stdout.contains("(Head of Service,"), "\(format)")
        }
        let docx = workspace.directory.appendingPathComponent("update.docx").path
        #expect(try await workspace.run(["report", "committee-update", "--format", "docx", "--as-of", "2024-09-15", "--out", docx]).status == 0)
        let unzipped = Process()
        unzipped.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzipped.arguments = ["python3", "-c", "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", docx]
        let pipe = Pipe()
        unzipped.standardOutput = pipe
        try unzipped.run()
        let body = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzipped.waitUntilExit()
        #expect(body.contains("Discussed at DMT"))
    }

    @Test("a note with markup is escaped in the HTML report and a control character is shown harmlessly on the terminal")
    func noteIsEscaped() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--note", "<script>alert(1)</script> \u{1B}[31mred", "--at", "2024-09-03"]).status == 0)
        let html = try await workspace.run(["report", "committee-update", "--format", "html", "--as-of", "2024-09-15", "--since", "2024-09-01"]).stdout
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let history = try await workspace.run(["history", "A-NF-EMBED"]).stdout
        #expect(!history.contains("\u{1B}") && history.contains("\\u{1B}[31mred"))
    }

    @Test("a voided update no longer counts on any day, and history and log show it beside its void")
    func voidCancelsWithoutDeleting() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--progress", "40", "--status", "in-progress", "--at", "2024-09-03"]).status == 0)
        let void = try await workspace.run(["void", "1", "--reason", "typed against the wrong action", "--by", "lead"])
        #expect(void.status == 0, "\(void.stderr)")
        #expect(void.stdout.contains("recorded #2 voiding #1"))
        let status = try await json(await workspace.run(["status", "--json", "--as-of", "2024-09-15"])) as? [String: Any]
        let action = (status?["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A-NF-EMBED" }
        #expect(action?["status"] as? String == "not-started" && action?["progress"] == nil)
        let history = try await workspace.run(["history", "A-NF-EMBED"]).stdout
        #expect(history.contains("[voided by #2 on") && history.contains("voids #1: typed against the wrong action"))
        #expect(try await workspace.run(["log"]).stdout.contains("voids #1"))
        let again = try await workspace.run(["void", "1", "--reason", "twice"])
        #expect(again.status == 1 && again.stderr.contains("event 1 was voided already"))
        let ofVoid = try await workspace.run(["void", "#2", "--reason", "undo"])
        #expect(ofVoid.status == 1 && ofVoid.stderr.contains("a void cannot be voided"))
    }

    @Test("a correction voids the update and records it again for its day, keeping what was not corrected")
    func correctionKeepsTheRest() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--progress", "40", "--status", "in-progress", "--note", "Pilot begun", "--at", "2024-09-03"]).status == 0)
        let corrected = try await workspace.run(["correct", "1", "--progress", "25", "--reason", "DMT said 25"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let events = try await json(await workspace.run(["history", "A-NF-EMBED", "--json"])) as? [[String: Any]] ?? []
        let live = events.filter { $0["voided_by"] == nil && $0["voids"] == nil }
        #expect(live.count == 1)
        #expect(live.first?["day"] as? String == "2024-09-03" && live.first?["note"] as? String == "Pilot begun")
        #expect((live.first?["progress"] as? [String: Any])?["new"] as? Int == 25)
        #expect((live.first?["status"] as? [String: Any])?["new"] as? String == "in-progress")
    }

    @Test("an update dated before the plan's baseline or after today is refused with the reason", arguments: [
        ("2023-12-31", "is before the plan's baseline (programme.as_of: January 2024)"),
        ("2099-01-01", "is after today"),
    ])
    func outOfRangeDatesRefused(at: String, message: String) async throws {
        let workspace = try Workspace()
        let result = try await workspace.run(["update", "A-MSP-PLAN", "--note", "x", "--at", at])
        #expect(result.status == 1 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--reopen on its own reopens a complete action as in progress")
    func reopenReopens() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-MSP-PLAN", "--status", "complete", "--at", "2024-11-01"]).status == 0)
        let reopened = try await workspace.run(["update", "A-MSP-PLAN", "--reopen", "--note", "Audit found gaps"])
        #expect(reopened.status == 0, "\(reopened.stderr)")
        #expect(reopened.stdout.contains("status complete → in-progress"))
    }

    @Test("90, 90% and 90.0 mean the same on the command line and in a CSV")
    func progressFormsAgree() async throws {
        let workspace = try Workspace()
        for (index, text) in ["90%", "90.0", " 90 "].enumerated() {
            let result = try await workspace.run(["update", "A-MSP-PLAN", "--progress", text, "--note", "n\(index)", "--at", "2024-10-0\(index + 1)"])
            #expect(result.status == 0, "\(text): \(result.stderr)")
            #expect(result.stdout.contains(index == 0 ? "→ 90%" : "progress 90% (unchanged)"))
        }
        let csv = workspace.directory.appendingPathComponent("in.csv").path
        try "action,at,progress\nA-MSP-PLAN,2024-10-05,87.0\nA-MSP-PLAN,2024-10-06,88%\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try await workspace.run(["import-updates", csv]).status == 0)
        #expect(try await workspace.run(["history", "A-MSP-PLAN"]).stdout.contains("progress 87% → 88%"))
    }

    @Test("an export imported into an empty record gives back the same history: reopenings, back-dated rows and voids")
    func csvRoundTrip() async throws {
        let workspace = try Workspace()
        for arguments in [["A-MSP-PLAN", "--status", "in-progress", "--progress", "20", "--note", "Kick-off, with \"partners\"", "--at", "2024-03-01"],
                          ["A-MSP-PLAN", "--status", "complete", "--at", "2024-06-01", "--by", "Zoë"],
                          ["A-MSP-PLAN", "--reopen", "--progress", "80", "--at", "2024-07-01"],
                          ["A-MSP-PLAN", "--progress", "10", "--at", "2024-02-01", "--note", "back-dated"]] {
            let result = try await workspace.run(["update"] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try await workspace.run(["void", "2", "--reason", "not yet signed off"]).status == 0)
        let exported = workspace.directory.appendingPathComponent("export.csv").path
        #expect(try await workspace.run(["export-updates", "--out", exported]).status == 0)
        let copy = workspace.directory.appendingPathComponent("copy.sqlite").path
        let imported = try await ReformRunner.run(["import-updates", exported], in: workspace.directory, environment: ["REFORM_DB": copy])
        #expect(imported.status == 0, "\(imported.stderr)")
        let original = try await workspace.run(["history", "--json"]).stdout
        let restored = try await ReformRunner.run(["history", "--json"], in: workspace.directory, environment: ["REFORM_DB": copy]).stdout
        // The import is its own origin; every other field, old values and voids included, is the same.
        #expect(restored.replacingOccurrences(of: "\"origin\" : \"import\"", with: "\"origin\" : \"update\"") == original)
        let again = workspace.directory.appendingPathComponent("again.csv").path
        #expect(try await ReformRunner.run(["export-updates", "--out", again], in: workspace.directory, environment: ["REFORM_DB": copy]).status == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == String(contentsOfFile: exported, encoding: .utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: exported)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }

    @Test("the import reads what Excel writes back: a BOM, day-first dates, spaces around cells and 87.0")
    func importReadsExcel() async throws {
        let workspace = try Workspace()
        let csv = workspace.directory.appendingPathComponent("excel.csv").path
        try "\u{FEFF}action,at,status,progress,by\r\n A-MSP-PLAN ,02/08/2024, in-progress ,87.0,  Zoë  \r\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try await workspace.run(["import-updates", csv])
        #expect(result.status == 0, "\(result.stderr)")
        let history = try await workspace.run(["history", "A-MSP-PLAN"]).stdout
        #expect(history.contains("2024-08-02") && history.contains("→ 87%") && history.contains("(by Zoë,"))
    }

    @Test("a bad row stops the whole import, naming its row and column")
    func badRowNamesRowAndColumn() async throws {
        let workspace = try Workspace()
        let csv = workspace.directory.appendingPathComponent("bad.csv").path
        try "action,at,progress\nA-MSP-PLAN,2024-08-02,50\nA-MSP-PLAN,31/09/2024,60\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try await workspace.run(["import-updates", csv])
        #expect(result.status == 1)
        #expect(result.stderr.contains("row 3, column at: '31/09/2024' is not a date or time"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.db))
    }

    @Test("an import row voids an event already recorded, and a second void of it is refused with its row and column")
    func importVoidsRecordedEvent() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-MSP-PLAN", "--progress", "60", "--at", "2024-09-01"]).status == 0)
        let csv = workspace.directory.appendingPathComponent("voids.csv").path
        try "action,voids,reason\nA-MSP-PLAN,1,entered twice\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try await workspace.run(["import-updates", csv]).status == 0)
        #expect(try await workspace.run(["history", "A-MSP-PLAN"]).stdout.contains("[voided by #2 on"))
        let again = try await workspace.run(["import-updates", csv])
        #expect(again.status == 1 && again.stderr.contains("row 2, column voids: event 1 is voided already"), "\(again.stderr)")
    }

    @Test("a back-dated import row gets the old values of its own day, as update does")
    func backDatedRowOldValues() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-MSP-PLAN", "--progress", "60", "--at", "2024-09-01"]).status == 0)
        let csv = workspace.directory.appendingPathComponent("late.csv").path
        try "action,at,progress\nA-MSP-PLAN,2024-05-01,30\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try await workspace.run(["import-updates", csv]).status == 0)
        let events = try await json(await workspace.run(["log", "--json"])) as? [[String: Any]] ?? []
        #expect((events.last?["progress"] as? [String: Any])?["old"] == nil)
    }
}

/// Reading the record without write access, and naming things as a user would.
@Suite("Reading and naming")
struct ReadingAndNamingTests {
    typealias Workspace = HistoryCommandTests.Workspace

    /// Makes `paths` read-only for this process, even as root (where permissions are not checked), and undoes it.
    final class ReadOnly {
        let paths: [String]
        private let asRoot = getuid() == 0

        init(_ paths: [String]) throws {
            self.paths = paths
            for path in paths { try run(asRoot ? ["chattr", "+i", path] : ["chmod", "a-w", path]) }
        }

        deinit { for path in paths { try? run(asRoot ? ["chattr", "-i", path] : ["chmod", "u+w", path]) } }

        private func run(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
        }
    }

    private func recordedWorkspace() async throws -> Workspace {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--progress", "30", "--status", "in-progress", "--note", "Discussed", "--at", "2024-09-03"]).status == 0)
        return workspace
    }

    @Test("every reading command works on a read-only database file, and a write says so in one line", arguments: ["file", "folder"])
    func readOnlyRecord(what: String) async throws {
        let workspace = try await recordedWorkspace()
        let locked = try ReadOnly(what == "file" ? [workspace.db] : [workspace.db, workspace.directory.path])
        for command in [["status", "--as-of", "2024-09-15"], ["deadlines"], ["funding"], ["explain", "A-NF-EMBED"], ["history"], ["log"],
                        ["export-updates"], ["validate"], ["report", "summary", "--as-of", "2024-09-15", "--since", "last"]] {
            let result = try await workspace.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try await workspace.run(["history"]).stdout.contains("Discussed"))
        let write = try await workspace.run(["update", "A-NF-EMBED", "--note", "more"])
        #expect(write.status == 1)
        #expect(write.stderr.hasPrefix("\(workspace.db): error: "), "\(write.stderr)")
        #expect(write.stderr.contains("nothing was recorded") && write.stderr.contains("--db PATH or REFORM_DB"))
        #expect(write.stderr.split(separator: "\n").count == 1)
        _ = locked
    }

    @Test("a report shown on the screen writes nothing to the record")
    func reportWithoutOutRecordsNothing() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["report", "summary", "--as-of", "2024-09-15"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.db))
    }

    @Test("--since after --as-of is refused, and a loose --since counts from the start of its period")
    func sinceDays() async throws {
        let workspace = try Workspace()
        let late = try await workspace.run(["report", "summary", "--as-of", "2024-06-01", "--since", "2024-07-01"])
        #expect(late.status == 2 && late.stderr.contains("--since: 1 July 2024 is after the report's day, 1 June 2024"))
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--note", "early June", "--at", "2024-06-02"]).status == 0)
        let loose = try await workspace.run(["history", "--since", "June 2024"])
        #expect(loose.stdout.contains("early June"))
    }

    @Test("--file names the programme on every command, as the file in place does")
    func fileOptionEverywhere() async throws {
        let workspace = try Workspace()
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        for command in [["validate"], ["status"], ["deadlines"], ["funding"], ["explain", "A-NF-EMBED"], ["export", "--json"], ["history"], ["log"],
                        ["update", "A-NF-EMBED", "--note", "n", "--at", "2024-09-03"], ["export-updates"], ["report", "summary"]] {
            let result = try await ReformRunner.run(command + ["--file", workspace.programme], in: other, environment: ["REFORM_DB": workspace.db])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    @Test("the history of an action the plan does not have is an error with did-you-mean and how to name a file")
    func unknownActionHistory() async throws {
        let result = try await Workspace().run(["history", "A-NF-EMBD"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no action 'A-NF-EMBD'") && result.stderr.contains("did you mean 'A-NF-EMBED'?"))
        #expect(result.stderr.contains("--file PATH"))
    }

    @Test("log --by matches names in any letter case, and history lists in the order updates take effect")
    func namesAndOrder() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--note", "second", "--at", "2024-09-10", "--by", "Zoë Smith"]).status == 0)
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--note", "first", "--at", "2024-09-01", "--by", "zoë smith"]).status == 0)
        #expect(try await workspace.run(["log", "--by", "ZOË SMITH", "--json"]).stdout.components(separatedBy: "\"note\"").count == 3)
        let history = try await workspace.run(["history", "A-NF-EMBED"]).stdout
        #expect(history.range(of: "note: first")!.lowerBound < history.range(of: "note: second")!.lowerBound)
    }

    @Test("dates as councils write them are read on the command line", arguments: ["30/09/2024", "Sept 2024", "30 September 2024", "Q2 2024/25"])
    func councilDates(date: String) async throws {
        let workspace = try Workspace()
        let status = try await workspace.run(["status", "--as-of", date, "--json"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("\"as_of\" : \"2024-09-30\""))
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--due", date, "--at", "2024-09-03"]).status == 0)
    }

    @Test("a negative --within and an unknown --pillar name what is allowed")
    func optionMessages() async throws {
        let workspace = try Workspace()
        let within = try await workspace.run(["deadlines", "--within", "-5"])
        #expect(within.status == 2 && within.stderr.contains("--within takes a number of days from 0 up"), "\(within.stderr)")
        let pillar = try await workspace.run(["status", "--pillar", "P9"])
        #expect(pillar.status == 2 && pillar.stderr.contains("pillars are P1, P2, P3, P4, P5, P6"))
    }
}

/// What the committee update says, read as a scrutiny officer would.
@Suite("The committee update's wording")
struct CommitteeUpdateWordingTests {
    typealias Workspace = HistoryCommandTests.Workspace

    @Test("every statutory deadline is in the summary and the statutory deadlines section, the Virtual School milestone among them")
    func everyStatutoryDeadline() async throws {
        let report = try await Workspace().run(["report", "committee-update", "--format", "markdown", "--as-of", "2024-09-15"]).stdout
        let section = report.components(separatedBy: "## 3\\. Statutory deadlines").last?.components(separatedBy: "## 4").first ?? ""
        #expect(section.contains("Virtual School's role expanded"))
        let summary = report.components(separatedBy: "## Recommendations").first ?? ""
        #expect(summary.contains("Virtual School's role expanded"))
    }

    @Test("progress recorded on an action with no start date gives it a RAG, measured from its policy's publication, and says so")
    func progressCarriesARag() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--progress", "30", "--status", "in-progress", "--at", "2024-09-03"]).status == 0)
        let status = try await JSONSerialization.jsonObject(with: Data(workspace.run(["status", "--json", "--as-of", "2024-09-15"]).stdout.utf8)) as? [String: Any]
        let action = (status?["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "A-NF-EMBED" }
        let rag = action?["rag"] as? [String: Any]
        #expect(rag?["status"] as? String == "amber")
        #expect((rag?["reason"] as? String)?.contains("measured from the publication of Children's Social Care National Framework (15 December 2023)") == true)
    }

    @Test("actions with nothing recorded are counted and named, and only they are said to have no evidence of progress")
    func nothingRecordedNamed() async throws {
        let workspace = try Workspace()
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--progress", "30", "--status", "in-progress", "--at", "2024-09-03"]).status == 0)
        let report = try await workspace.run(["report", "committee-update", "--format", "markdown", "--as-of", "2024-09-15"]).stdout
        #expect(report.contains("13 of 14 actions have no progress recorded, so are not rated: "))
        let deadlines = try await workspace.run(["deadlines", "--as-of", "2024-09-15"]).stdout
        #expect(!deadlines.contains("no evidence of progress for A-NF-EMBED"))
    }
}

/// The committee update's options, checked before anything is written, and the plugins' own account of them.
@Suite("Report options")
struct ReportOptionTests {
    typealias Workspace = HistoryCommandTests.Workspace

    @Test("a meeting date that is not a date, and a committee the programme does not have, are errors saying what would be right")
    func optionsChecked() async throws {
        let workspace = try Workspace()
        let meeting = try await workspace.run(["report", "committee-update", "--option", "meeting=Sprng 2025"])
        #expect(meeting.status == 1 && meeting.stderr.contains("option meeting: 'Sprng 2025' is not a date: did you mean 'Spring 2025'?"), "\(meeting.stderr)")
        let committee = try await workspace.run(["report", "committee-update", "--option", "committee=CYPS"])
        #expect(committee.status == 1 && committee.stderr.contains("no committee 'CYPS' in the programme (did you mean 'CYPSC'?); committees: CYPSC"))
        let good = try await workspace.run(["report", "committee-update", "--option", "meeting=30/09/2024", "--option", "committee=CYPSC"])
        #expect(good.status == 0 && good.stdout.contains("30 September 2024"))
    }

    @Test("reform plugins lists each plugin's options, and plugins show describes one fully")
    func pluginsDescribeTheirOptions() async throws {
        let workspace = try Workspace()
        let list = try await workspace.run(["plugins"]).stdout
        #expect(list.contains("committee-update options (--option name=value):") && list.contains("meeting    The meeting's date"))
        let show = try await workspace.run(["plugins", "show", "committee-update"])
        #expect(show.status == 0 && show.stdout.contains("Formats:  markdown (text/markdown, .md)") && show.stdout.contains("committee  The id of the committee"))
        let missing = try await workspace.run(["plugins", "show", "cost-burdn"])
        #expect(missing.status == 1 && missing.stderr.contains("did you mean 'cost-burden'?"))
    }
}
