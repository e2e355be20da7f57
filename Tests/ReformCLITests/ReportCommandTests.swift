import Foundation
import ReformTestSupport
import Testing

/// `reform report` and `reform plugins`, run as a user runs them.
@Suite("report and plugins")
struct ReportCommandTests {
    static let repository = CLITests.repository

    /// A directory with executable plugins that fail in known ways, and one that writes 2 MB.
    private func badPlugins() async throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-cli-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        func script(_ name: String, _ render: String, manifest: String? = nil) async throws {
            let id = String(name.dropFirst("reform-report-".count))
            let body = """
            #!/bin/sh
            if [ "$1" = "--manifest" ]; then
              echo '\(manifest ?? #"{"id":"\#(id)","name":"\#(id)","version":"1.0.0","description":"test","contract":1,"formats":[{"id":"text","media_type":"text/plain","extension":"txt"}],"options":[]}"#)'
              exit 0
            fi
            \(render)
            """
            let path = directory.appendingPathComponent(name).path
            try TestExecutable.write(body, to: path)
        }
        try await script("reform-report-fails", "cat >/dev/null; echo 'template missing' >&2; exit 4")
        try await script("reform-report-badmanifest", "exit 0", manifest: "{not json")
        try await script("reform-report-long", "cat >/dev/null; yes 'a line of a long report' | head -n 100000")
        return directory
    }

    @Test("report writes the document to --out and says what it wrote")
    func writesFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reform-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("summary.md").path
        let result = try await ReformRunner.run(["report", "summary", "--as-of", "2025-01-15", "--out", out], in: Self.repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("wrote \(out) (summary 1.0.0, markdown, "))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Manchester City Council, as at 15 January 2025."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["summary.md"])
    }

    @Test("a failing plugin gives its error, exit 1, and leaves neither the output nor a temporary file")
    func failureLeavesNothing() async throws {
        let plugins = try await badPlugins()
        defer { try? FileManager.default.removeItem(at: plugins) }
        let outDirectory = plugins.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outDirectory, withIntermediateDirectories: true)
        let result = try await ReformRunner.run(["report", "fails", "--plugin-path", plugins.path, "--out", outDirectory.appendingPathComponent("r.txt").path],
                                          in: Self.repository)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: plugin 'fails' (") && result.stderr.contains("rendering failed with exit status 4: template missing"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outDirectory.path).isEmpty)
    }

    @Test("a reader that stops reading (report | head) ends report quietly, with a broken pipe's status, as any command")
    func readerStopsEarly() async throws {
        let plugins = try await badPlugins()
        defer { try? FileManager.default.removeItem(at: plugins) }
        // The plugin runs as a program of its own, after which reform ignores the broken-pipe signal.
        let result = try await ReformRunner.runPipeline(#""$REFORM" report long --plugin-path "\#(plugins.path)" | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}""#,
                                                        in: Self.repository)
        #expect(result.stdout == "141\n", "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test("report --option passes options and --format picks a format; unknown ones are refused")
    func optionsAndFormats() async throws {
        let plugins = "Examples/python-plugin"
        let result = try await ReformRunner.run(["report", "py-example", "--plugin-path", plugins, "--as-of", "2025-01-15", "--option", "heading=Update"], in: Self.repository)
        #expect(result.stdout.hasPrefix("# Update\n"))
        let badOption = try await ReformRunner.run(["report", "py-example", "--plugin-path", plugins, "--option", "colour=red"], in: Self.repository)
        #expect(badOption.status == 1)
        #expect(badOption.stderr.contains("has no option 'colour' (it takes heading)"))
        let badFormat = try await ReformRunner.run(["report", "summary", "--format", "pdf"], in: Self.repository)
        #expect(badFormat.status == 1)
        #expect(badFormat.stderr.contains("does not write format 'pdf' (it writes markdown)"))
        #expect(try await ReformRunner.run(["report", "summary", "--option", "novalue"], in: Self.repository).status == 2)
    }

    @Test("an unknown plugin is an error that names the directories searched")
    func unknownPlugin() async throws {
        let result = try await ReformRunner.run(["report", "nonesuch"], in: Self.repository)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no report plugin 'nonesuch' found (searched: "))
    }

    @Test("plugins lists the bundled plugin and every candidate that failed, with the reason")
    func listsPlugins() async throws {
        let plugins = try await badPlugins()
        defer { try? FileManager.default.removeItem(at: plugins) }
        let result = try await ReformRunner.run(["plugins", "--plugin-path", plugins.path, "--json"], in: Self.repository)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let found = (json["plugins"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        #expect(found.contains("summary") && found.contains("fails"))
        let failures = try #require(json["failures"] as? [[String: Any]])
        #expect(failures.contains { $0["plugin"] as? String == "badmanifest" && ($0["reason"] as? String)?.hasPrefix("bad manifest") == true })
        let text = try await ReformRunner.run(["plugins", "--plugin-path", plugins.path], in: Self.repository)
        #expect(text.stdout.contains("Failed to load:\n  badmanifest: "))
    }
}
