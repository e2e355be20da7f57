import Foundation
import Testing

/// End-to-end tests of the built `reform` executable, as a user runs it.
@Suite("The reform command")
struct CLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let badFiles = repository.appendingPathComponent("Tests/Fixtures/bad")

    @Test("validate on the default programme exits 0 with a one-line summary")
    func validateDefault() async throws {
        let result = try await ReformRunner.run(["validate"], in: Self.repository)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("programme.yaml: valid: Stable Homes, Built on Love"))
        #expect(result.stdout.contains("6 pillars, 4 policies"))
        #expect(result.stderr.isEmpty)
    }

    @Test("validate on a bad file exits 1 with file:line:column errors on stderr")
    func validateBad() async throws {
        let result = try await ReformRunner.run(["validate", "Tests/Fixtures/bad/many-errors-in-one-file.yaml"], in: Self.repository)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first == "Tests/Fixtures/bad/many-errors-in-one-file.yaml:6:5: error: action 'A1' is missing 'title'")
        #expect(lines.count == 7)
        #expect(lines.last == "Tests/Fixtures/bad/many-errors-in-one-file.yaml: 6 errors; nothing was loaded")
    }

    @Test("every bad file in the corpus exits 1 with an error, and none crashes")
    func corpusNeverCrashes() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.badFiles.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 40)
        for file in files {
            let result = try await ReformRunner.run(["validate", Self.badFiles.appendingPathComponent(file).path], in: Self.repository)
            #expect(result.status == 1, "\(file) exited \(result.status)")
            #expect(result.stderr.contains(": error: "), "\(file)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), "\(file)")
        }
    }

    @Test("wrong usage exits 2")
    func usageError() async throws {
        let result = try await ReformRunner.run(["validate", "--no-such-flag"], in: Self.repository)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
        #expect(try await ReformRunner.run(["export"], in: Self.repository).status == 2)
    }

    @Test("a day option that names no day exits 2 naming the option and what was wrong, for every command that takes one")
    func badDayOptions() async throws {
        for arguments in [["status", "--as-of", "banana"], ["report", "summary", "--since", "2025-13"], ["history", "--since", "2025-13"]] {
            let result = try await ReformRunner.run(arguments, in: Self.repository)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("Error: \(arguments[arguments.count - 2]): '\(arguments.last!)' is not a date"), "\(arguments)")
        }
    }

    @Test("a date in a year outside 1900 to 2200, on the command line or in the file, is an error naming it, never a crash with a backtrace")
    func yearsOutsideTheSupportedOnes() async throws {
        let workspace = try HistoryCommandTests.Workspace()
        let update = try await workspace.run(["update", "A-MSP-PLAN", "--due", "9999/00"])
        #expect(update.status == 1 && update.stderr.contains("'9999/00' is not a date: the year 9999 is outside the years a plan may use (1900 to 2200)"),
                "\(update.status) \(update.stderr)")
        let status = try await workspace.run(["status", "--as-of", "Q1 0000/01"])
        #expect(status.status == 2 && status.stderr.contains("Error: --as-of: 'Q1 0000/01' is not a date: the year 0 is outside"), "\(status.stderr)")
        let funding = try await workspace.run(["funding", "--year", "9999/00"])
        #expect(funding.status == 2 && funding.stderr.contains("--year: '9999/00' is not a financial year"), "\(funding.stderr)")
        let file = try HistoryCommandTests.Workspace(programme: """
            format: reform-programme/1
            programme: {id: t, title: T, organisation: C}
            pillars: [{id: P1, title: One}]
            actions:
              - {id: A1, title: One, pillar: P1, due: 9999/00}
            """)
        let validate = try await file.run(["status"])
        #expect(validate.status == 1 && validate.stderr.contains("programme.yaml:5:43: error: '9999/00' is not a date"), "\(validate.stderr)")
        for result in [update, status, funding, validate] { #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtrace")) }
    }

    @Test("reform doctor lists notes that earlier versions showed as markup, with the void to make, and exits 1; a sound record exits 0")
    func doctor() async throws {
        let workspace = try HistoryCommandTests.Workspace()
        #expect(try await workspace.run(["doctor"]).stdout.contains("nothing to check"), "no record yet")
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--note", "a <b>plain</b> tag & more", "--at", "2024-09-02"]).status == 0)
        let clean = try await workspace.run(["doctor"])
        #expect(clean.status == 0 && clean.stdout.contains("nothing to report"), "\(clean.stdout)\(clean.stderr)")
        #expect(try await workspace.run(["update", "A-NF-EMBED", "--note", "Recorded by mistake. \u{600}<form action=/admin/users>", "--at", "2024-09-03"]).status == 0)
        let found = try await workspace.run(["doctor"])
        #expect(found.status == 1, "\(found.stderr)")
        #expect(found.stdout.contains("database check: ok") && found.stdout.contains("warning: event 2's note (A-NF-EMBED) holds a markup character"))
        #expect(found.stdout.contains("reform void 2 --reason"))
    }

    @Test("a missing programme file is an error naming the file")
    func missingFile() async throws {
        let result = try await ReformRunner.run(["validate", "nope.yaml"], in: Self.repository)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("nope.yaml:1:1: error: cannot open the file: No such file or directory"))
    }

    @Test("--strict fails a file that has only warnings")
    func strict() async throws {
        let file = try TemporaryFile("""
        format: reform-programme/1
        programme: {id: t, title: T, organisation: C}
        pillars: [{id: P1, title: One}]
        actions:
          - {id: A1, title: First, pillar: P1, due: 2024-06-30}
          - {id: A2, title: Second, pillar: P1, due: 2024-05-31, depends_on: [A1]}
        """)
        let relaxed = try await ReformRunner.run(["validate", file.path], in: Self.repository)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains(":6:71: warning: 'A1' is due 30 June 2024"))
        #expect(relaxed.stdout.hasSuffix("1 warning\n"))
        #expect(try await ReformRunner.run(["validate", "--strict", file.path], in: Self.repository).status == 1)
    }

    @Test("export --json carries dates with day and wording and amounts as exact decimal strings")
    func exportJSON() async throws {
        let result = try await ReformRunner.run(["export", "--json"], in: Self.repository)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "reform-programme/1")
        let policies = try #require(json["policies"] as? [[String: Any]])
        let workingTogether = try #require(policies.first { $0["id"] as? String == "WT2023" })
        let deadline = try #require(workingTogether["deadline"] as? [String: Any])
        #expect(deadline["day"] as? String == "2024-12-31")
        #expect(deadline["wording"] as? String == "December 2024")
        let funding = try #require(json["funding"] as? [[String: Any]])
        let kinship = try #require(funding.first { $0["id"] as? String == "F-DFE-KINSHIP" })
        #expect((kinship["amounts"] as? [[String: Any]])?.first?["amount"] as? String == "20000000.00")
        let virtualSchool = try #require(funding.first { $0["id"] as? String == "F-VSH" })
        #expect((virtualSchool["amounts"] as? [[String: Any]])?.first?["amount"] is NSNull)
        for item in (json["actions"] as? [[String: Any]] ?? []) {
            #expect(item["source"] as? String != nil)
        }
    }

    @Test("schema prints the committed JSON Schema")
    func schema() async throws {
        let result = try await ReformRunner.run(["schema"], in: Self.repository)
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("docs/programme.schema.json"), encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.stdout == committed)
    }
}
