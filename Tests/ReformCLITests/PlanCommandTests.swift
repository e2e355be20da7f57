import Foundation
import Testing

/// `reform plan` as a programme manager uses it at the command line: publishing a file is
/// refused when it is invalid or overtakes someone's change, and the record's plan is the plan.
@Suite("reform plan: the plan's revisions at the command line")
struct PlanCommandTests {
    static let repository = CLITests.repository

    /// A folder holding a copy of the default plan, and its record.
    private struct Folder {
        let directory: URL
        let db: String
        var file: String { directory.appendingPathComponent("programme.yaml").path }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-plan-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: PlanCommandTests.repository.appendingPathComponent("programme.yaml"),
                                             to: directory.appendingPathComponent("programme.yaml"))
            db = directory.appendingPathComponent("record.sqlite").path
        }

        func run(_ arguments: [String]) async throws -> ReformRunner.Result {
            try await ReformRunner.run(arguments + ["--db", db], in: directory)
        }

        func text() throws -> String { try String(contentsOfFile: file, encoding: .utf8) }

        func write(_ text: String) throws { try text.write(toFile: file, atomically: true, encoding: .utf8) }

        /// The file with `old` replaced by `new` once.
        func edit(_ old: String, _ new: String) throws {
            let text = try text()
            #expect(text.contains(old), "the plan has \(old)")
            try write(text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old)))
        }
    }

    @Test("publishing an invalid file stores nothing and prints the loader's messages; a valid one is listed with what it changed")
    func publishing() async throws {
        let folder = try Folder()
        let first = try await folder.run(["plan", "publish", "--reason", "the plan as approved", "--by", "programme manager"])
        #expect(first.status == 0 && first.stdout.contains("published programme.yaml as revision 1"), "\(first.stderr)")

        try folder.edit("    milestone: M-NF-EMBEDDED\n", "    milestone: M-NF-EMBEDDED\n    due: Smarch 2027\n")
        let invalid = try await folder.run(["plan", "publish", "--reason", "typo"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("programme.yaml:") && invalid.stderr.contains("'Smarch 2027' is not a date") && invalid.stderr.contains("nothing was published"))
        #expect(try await folder.run(["plan", "log", "--json"]).stdout.components(separatedBy: "\"number\"").count == 2, "still one revision")

        try folder.edit("    due: Smarch 2027\n", "    due: March 2027\n")
        let second = try await folder.run(["plan", "publish", "--reason", "24 months from the new framework", "--by", "programme manager"])
        #expect(second.status == 0 && second.stdout.contains("A-NF-EMBED rescheduled from December 2025 to March 2027"), "\(second.stderr)")
        let log = try await folder.run(["plan", "log"])
        #expect(log.stdout.hasPrefix("revision 2: ") && log.stdout.contains("programme manager: 24 months from the new framework"))
        let diff = try await folder.run(["plan", "diff", "--text"])
        let changed = diff.stdout.split(separator: "\n").filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        #expect(changed == ["+    due: March 2027"], "one line added: \(diff.stdout)")
        for (definition, command) in [("plan-log", ["plan", "log", "--json"]), ("plan-diff", ["plan", "diff", "1", "2", "--json"]),
                                      ("plan-publish", ["plan", "publish", "--reason", "again", "--json"]),
                                      ("plan-baseline", ["plan", "baseline", "1", "--name", "approved", "--json"]),
                                      ("plan-pull", ["plan", "pull", "--out", "copy.yaml", "--json"])] {
            let output = try await folder.run(command)
            await #expect(try ReportContractTests.validate(output.stdout, schema: "docs/json-output.schema.json", definition: definition) == "valid")
        }
        // Every command now reads the record's plan; --file reads a draft instead.
        try folder.edit("    due: March 2027\n", "    due: June 2028\n")
        let status = try await folder.run(["status", "--as-of", "2026-12-06"])
        #expect(status.stderr.contains("programme.yaml differs from the record's plan (revision 2)"), "\(status.stderr)")
        #expect(status.stdout.contains("due March 2027") && !status.stdout.contains("June 2028"))
        let draft = try await folder.run(["status", "--as-of", "2026-12-06", "--file", "programme.yaml"])
        #expect(draft.stdout.contains("due June 2028") && draft.stderr.isEmpty)
    }

    @Test("a file drawn from an older revision: refused, naming the item and who changed it, when it changes the same item; else made on the latest")
    func staleFile() async throws {
        let folder = try Folder()
        #expect(try await folder.run(["plan", "publish", "--reason", "approved", "--by", "manager"]).status == 0)
        let original = try folder.text()
        // A colleague publishes a change from another copy (as the browser would).
        let other = folder.directory.appendingPathComponent("colleague.yaml").path
        #expect(try await folder.run(["plan", "pull", "--out", other, "--file", "programme.yaml"]).status == 0)
        try original.replacingOccurrences(of: "    milestone: M-NF-EMBEDDED\n", with: "    milestone: M-NF-EMBEDDED\n    due: March 2027\n")
            .write(toFile: other, atomically: true, encoding: .utf8)
        #expect(try await folder.run(["plan", "publish", "colleague.yaml", "--reason", "two more years", "--by", "deputy director"]).status == 0)

        // The working copy, still drawn from revision 1, moves the same action.
        try folder.edit("    milestone: M-NF-EMBEDDED\n", "    milestone: M-NF-EMBEDDED\n    due: June 2027\n")
        let refused = try await folder.run(["plan", "publish", "--reason", "mine"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("action A-NF-EMBED") && refused.stderr.contains("revision 2 by deputy director") && refused.stderr.contains("two more years"),
                "\(refused.stderr)")
        #expect(try await folder.run(["plan", "log", "--json"]).stdout.components(separatedBy: "\"number\"").count == 3, "nothing published")

        // Changing another action instead is made on the latest, keeping the colleague's change.
        try folder.write(original.replacingOccurrences(of: "    title: Agree the partner data from GMP and the NHS that some indicators require\n",
                                                       with: "    title: Agree the partner data from GMP and the NHS that some indicators require\n    owner: Head of Data\n"))
        let merged = try await folder.run(["plan", "publish", "--reason", "owner named", "--by", "manager"])
        #expect(merged.status == 0 && merged.stdout.contains("made to revision 2"), "\(merged.stderr)")
        let pulled = folder.directory.appendingPathComponent("latest.yaml").path
        #expect(try await folder.run(["plan", "pull", "--out", pulled, "--file", "programme.yaml"]).status == 0)
        let latest = try String(contentsOfFile: pulled, encoding: .utf8)
        #expect(latest.contains("    due: March 2027\n") && latest.contains("    owner: Head of Data\n"))

        // Pulling over a file with unpublished changes is refused; over one the record holds, it is written.
        try folder.write(original + "# my notes\n")
        let kept = try await folder.run(["plan", "pull"])
        #expect(kept.status == 1 && kept.stderr.contains("has changes that are not in the record"))
        try folder.write(original)
        #expect(try await folder.run(["plan", "pull"]).status == 0)
        #expect(try folder.text() == latest)
    }

    @Test("a revision that leaves out an action with recorded updates is refused: it is retired with status cancelled instead")
    func historyKept() async throws {
        let folder = try Folder()
        #expect(try await folder.run(["plan", "publish", "--reason", "approved"]).status == 0)
        #expect(try await folder.run(["update", "A-PARTNER-DATA", "--progress", "20", "--by", "analyst"]).status == 0)
        let text = try folder.text()
        let start = try #require(text.range(of: "  - id: A-PARTNER-DATA\n")), end = try #require(text.range(of: "  - id: A-PMF-REMODEL\n"))
        try folder.write(text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""))
        let refused = try await folder.run(["plan", "publish", "--reason", "not needed"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("leaves out action A-PARTNER-DATA, which has recorded history") && refused.stderr.contains("status: cancelled"), "\(refused.stderr)")
    }

    @Test("a report made from the record's plan carries its revision, its baseline and its changes, and the request validates against the schema")
    func reportRequestWithPlan() async throws {
        let folder = try Folder()
        let plugins = try await ReportContractTests.echoPlugin()
        defer { try? FileManager.default.removeItem(at: plugins) }
        #expect(try await folder.run(["plan", "publish", "--reason", "approved"]).status == 0)
        #expect(try await folder.run(["plan", "baseline", "1", "--name", "approved by committee"]).status == 0)
        try folder.edit("    milestone: M-NF-EMBEDDED\n", "    milestone: M-NF-EMBEDDED\n    due: March 2027\n")
        #expect(try await folder.run(["plan", "publish", "--reason", "two more years", "--by", "lead"]).status == 0)
        let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let result = try await folder.run(["report", "echo", "--plugin-path", plugins.path, "--as-of", String(today), "--since", "2024-06-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""plan":{"revision":2"#) && result.stdout.contains(#""name":"approved by committee""#))
        await #expect(try ReportContractTests.validate(result.stdout, schema: "docs/report-request.schema.json") == "valid")
    }
}
