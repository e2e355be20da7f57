import Foundation
import ReformTestSupport
import Testing

/// The report contract as a plugin author meets it: the published schemas are the generated
/// ones, every request the host really sends validates strictly against them, every `--json`
/// output validates against its command's definition, and the docs' example plugin runs.
@Suite("The report contract and the published JSON shapes")
struct ReportContractTests {
    static let repository = CLITests.repository

    /// A folder holding `reform-report-echo`, which hands back the request it was sent, and
    /// takes one option that names a file; its manifest lists `reads` when given.
    static func echoPlugin(reads: [String]? = nil) async throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-echo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = """
        #!/usr/bin/env python3
        import json, sys
        if sys.argv[1:] == ["--manifest"]:
            json.dump({"id": "echo", "name": "Echo", "version": "1.0.0", "description": "Hands back the request.", "contract": 1,
                       "formats": [{"id": "json", "media_type": "application/json", "extension": "json"}],
                       "options": [{"name": "template", "description": "A file.", "kind": "file"}]\(reads.map { ", \"reads\": [" + $0.map { "\"\($0)\"" }.joined(separator: ", ") + "]" } ?? "")}, sys.stdout)
        else:
            sys.stdout.write(sys.stdin.read())
        """
        let path = directory.appendingPathComponent("reform-report-echo").path
        try TestExecutable.write(script, to: path)
        return directory
    }

    /// Validates `json` against `schemaPath` (the whole schema, or one of its `$defs` by name)
    /// with Python's jsonschema, draft 2020-12; the answer is "valid" or the first error.
    static func validate(_ json: String, schema schemaPath: String, definition: String? = nil) async throws -> String {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        if len(sys.argv) > 2:
            schema = dict(schema, **{"$ref": "#/$defs/" + sys.argv[2]})
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)), key=lambda e: list(e.absolute_path))
        print("valid" if not errors else f"{list(errors[0].absolute_path)}: {errors[0].message}")
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, repository.appendingPathComponent(schemaPath).path] + (definition.map { [$0] } ?? [])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try ChildInput.send(Data(json.utf8), to: input)
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("the committed schemas are exactly what reform schema generates from the code",
          arguments: [("--request", "docs/report-request.schema.json"), ("--json-output", "docs/json-output.schema.json")])
    func committedSchemasAreGenerated(flag: String, path: String) async throws {
        let generated = try await ReformRunner.run(["schema", flag], in: Self.repository)
        #expect(generated.status == 0, "\(generated.stderr)")
        let committed = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
        #expect(generated.stdout == committed, "run: .build/debug/reform schema \(flag) > \(path)")
    }

    @Test("the request schema is closed everywhere but the plugin's options and the files they name")
    func requestSchemaIsClosed() async throws {
        let data = try Data(contentsOf: Self.repository.appendingPathComponent("docs/report-request.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        for (name, definition) in definitions where definition["type"] as? String == "object" {
            #expect(definition["additionalProperties"] as? Bool == false, "\(name) is open")
        }
        let request = try #require(definitions["ReportRequest"]?["properties"] as? [String: [String: Any]])
        #expect(request["options"]?["additionalProperties"] as? [String: String] == ["type": "string"])
        let rag = try #require(definitions["RAGAssessment"]?["properties"] as? [String: Any])
        #expect(rag["time_elapsed"] != nil && rag["timeElapsed"] == nil, "the documented name wins")
    }

    /// A programme of `count` actions from the benchmarks' generator.
    private static func generatedProgramme(actions count: Int) async throws -> TemporaryFile {
        let file = try TemporaryFile("", name: "generated.yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repository.appendingPathComponent("Benchmarks/generate.py").path, "programme", "\(count)", file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return file
    }

    /// A copy of the default programme with a history: updates with notes, a void and a correction.
    private static func programmeWithHistory() async throws -> (file: TemporaryFile, db: String) {
        let file = try TemporaryFile(try String(contentsOf: repository.appendingPathComponent("programme.yaml"), encoding: .utf8))
        let db = URL(fileURLWithPath: file.path).deletingLastPathComponent().appendingPathComponent("history.sqlite").path
        let steps: [[String]] = [
            ["update", "A-NF-EMBED", "--status", "in-progress", "--progress", "30", "--note", "Discussed at DMT", "--by", "Head of Service", "--at", "2024-07-03"],
            ["update", "A-MSP-PLAN", "--progress", "60", "--note", "Draft \"plan\" <agreed>", "--by", "Partnership", "--at", "2024-08-01"],
            ["update", "A-MSP-PLAN", "--progress", "65", "--by", "Partnership", "--at", "2024-08-20"],
            ["void", "3", "--reason", "typed against the wrong action"],
            ["correct", "1", "--progress", "35", "--reason", "DMT said 35"],
        ]
        for step in steps {
            let result = try await ReformRunner.run(step + ["--file", file.path, "--db", db], in: repository)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        return (file, db)
    }

    @Test("every request the host sends validates strictly against the published schema, with and without --since",
          arguments: ["default", "report fixture", "history with updates and voids", "1,000 generated actions"])
    func realRequestsValidate(scenario: String) async throws {
        let plugins = try await Self.echoPlugin()
        defer { try? FileManager.default.removeItem(at: plugins) }
        var keep: [Any] = []
        var arguments: [String] = []
        switch scenario {
        case "default":
            let template = try TemporaryFile("{{organisation}}\n", name: "front.mustache")
            keep.append(template)
            arguments = ["--as-of", "2024-09-15", "--option", "template=\(template.path)"]
        case "report fixture":
            arguments = ["--file", "Tests/Fixtures/report-fixture.yaml", "--as-of", "2025-01-15"]
        case "history with updates and voids":
            let (file, db) = try await Self.programmeWithHistory()
            keep.append(file)
            arguments = ["--file", file.path, "--db", db, "--as-of", "2024-09-15"]
        default:
            let file = try await Self.generatedProgramme(actions: 1_000)
            keep.append(file)
            arguments = ["--file", file.path, "--as-of", "2025-06-30"]
        }
        for since in [nil, "2024-06-01"] {
            let result = try await ReformRunner.run(["report", "echo", "--plugin-path", plugins.path] + arguments + (since.map { ["--since", $0] } ?? []),
                                              in: Self.repository)
            #expect(result.status == 0, "\(result.stderr)")
            await #expect(try Self.validate(result.stdout, schema: "docs/report-request.schema.json") == "valid", "\(scenario), since \(since ?? "none")")
            if scenario == "history with updates and voids", since != nil {
                #expect(result.stdout.contains("\"time_elapsed\":") && result.stdout.contains("Draft \\\"plan\\\" <agreed>"))
                #expect(result.stdout.contains("\"directions\":[{"))
            }
        }
        withExtendedLifetime(keep) {}
    }

    @Test("a plugin gets only the large parts its manifest reads: the others arrive as empty lists, and the request still validates")
    func readsOnlyWhatItLists() async throws {
        for (reads, expected) in [(nil as [String]?, ["programme.actions": true, "analysis.actions": true, "analysis.deadlines": true]),
                                  ([], ["programme.actions": false, "analysis.actions": false, "analysis.deadlines": false]),
                                  (["action_assessments"], ["programme.actions": false, "analysis.actions": true, "analysis.deadlines": false])] {
            let plugins = try await Self.echoPlugin(reads: reads)
            defer { try? FileManager.default.removeItem(at: plugins) }
            let result = try await ReformRunner.run(["report", "echo", "--plugin-path", plugins.path, "--file", "Tests/Fixtures/report-fixture.yaml",
                                                     "--as-of", "2025-01-15"], in: Self.repository)
            #expect(result.status == 0, "\(result.stderr)")
            let request = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let programme = try #require(request["programme"] as? [String: Any]), analysis = try #require(request["analysis"] as? [String: Any])
            let found = ["programme.actions": !((programme["actions"] as? [Any]) ?? []).isEmpty,
                         "analysis.actions": !((analysis["actions"] as? [Any]) ?? []).isEmpty,
                         "analysis.deadlines": !((analysis["deadlines"] as? [Any]) ?? []).isEmpty]
            #expect(found == expected, "reads \(reads.map { "\($0)" } ?? "not given")")
            let funding = try #require(analysis["funding"] as? [String: Any])
            #expect((funding["total"] as? [String: Any])?["cost"] as? String == "27000.50", "the funding analysis is always there")
            await #expect(try Self.validate(result.stdout, schema: "docs/report-request.schema.json") == "valid")
        }
        let wrong = try await Self.echoPlugin(reads: ["everything"])
        defer { try? FileManager.default.removeItem(at: wrong) }
        let refused = try await ReformRunner.run(["report", "echo", "--plugin-path", wrong.path], in: Self.repository)
        #expect(refused.status != 0 && refused.stderr.contains("reads names 'everything', which is not a part of the request"), "\(refused.stderr)")
    }

    @Test("a file named by a file option reaches the plugin in the request, read by the host")
    func fileOptionIsReadByTheHost() async throws {
        let plugins = try await Self.echoPlugin()
        defer { try? FileManager.default.removeItem(at: plugins) }
        let template = try TemporaryFile("Dear {{committee}} — £20m\n", name: "front.mustache")
        let result = try await ReformRunner.run(["report", "echo", "--plugin-path", plugins.path, "--option", "template=\(template.path)"], in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let request = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(request["files"] as? [String: [String: String]])
        #expect(files["template"] == ["path": template.path, "text": "Dear {{committee}} — £20m\n"])

        let missing = try await ReformRunner.run(["report", "echo", "--plugin-path", plugins.path, "--option", "template=no-such.mustache"], in: Self.repository)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("option template=no-such.mustache: there is no such file; give the path of a readable UTF-8 text file"))
        let none = try await ReformRunner.run(["report", "echo", "--plugin-path", plugins.path], in: Self.repository)
        #expect(!none.stdout.contains("\"files\""), "no file option given, no files member")
    }

    @Test("every command's --json output validates against its definition in the published schema",
          arguments: [
            ("status", ["status", "--json", "--as-of", "2024-09-15"]),
            ("explain", ["explain", "A-NF-EMBED", "--json", "--as-of", "2024-09-15"]),
            ("deadlines", ["deadlines", "--json", "--as-of", "2024-09-15"]),
            ("funding", ["funding", "--json", "--as-of", "2024-09-15"]),
            ("history", ["history", "--json"]),
            ("history-latest", ["history", "--latest", "--json"]),
            ("log", ["log", "--json"]),
            ("export", ["export", "--json"]),
            ("plugins", ["plugins", "--json"]),
          ])
    func jsonOutputsValidate(definition: String, command: [String]) async throws {
        let (file, db) = try await Self.programmeWithHistory()
        let result = try await ReformRunner.run(command + ["--file", file.path, "--db", db].filter { _ in command[0] != "plugins" }, in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        await #expect(try Self.validate(result.stdout, schema: "docs/json-output.schema.json", definition: definition) == "valid")
    }

    @Test("the minimal Python plugin in docs/writing-plugins.md, copied as it stands, runs through reform report")
    func documentedPluginRuns() async throws {
        let guide = try String(contentsOf: Self.repository.appendingPathComponent("docs/writing-plugins.md"), encoding: .utf8)
        let start = try #require(guide.range(of: "```python\n"))
        let end = try #require(guide.range(of: "\n```", range: start.upperBound..<guide.endIndex))
        let source = String(guide[start.upperBound..<end.lowerBound])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-doc-plugin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("reform-report-minimal").path
        try TestExecutable.write(source + "\n", to: path)

        let result = try await ReformRunner.run(["report", "minimal", "--plugin-path", directory.path, "--as-of", "2024-09-15", "--since", "2024-06-01"],
                                          in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Manchester City Council"))
        #expect(result.stdout.contains("Working Together to Safeguard Children 2023, December 2024: at-risk"))
    }
}
