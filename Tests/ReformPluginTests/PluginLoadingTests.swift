import Foundation
import Testing
@testable import ReformPluginHost
import ReformPluginKit

@Suite("Finding and loading plugins")
struct PluginLoadingTests {
    @Test("the search path is --plugin-path, REFORM_PLUGIN_PATH, the executable's directory, then the user's and the system's")
    func searchOrder() {
        let path = PluginSearchPath(commandLine: ["/a", "/b"], environment: ["REFORM_PLUGIN_PATH": "/c:/d", "HOME": "/home/u"], executableDirectory: "/bin/x")
        #expect(path.directories == ["/a", "/b", "/c", "/d", "/bin/x", "/home/u/.local/share/reform/plugins",
                                     "/usr/local/lib/reform/plugins", "/usr/lib/reform/plugins"])
        let xdg = PluginSearchPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"], executableDirectory: nil)
        #expect(xdg.directories.first == "/data/reform/plugins")
    }

    @Test("a manifest may leave out options, meaning none, and an option may say it names a file")
    func manifestOptions() throws {
        let bare = #"{"id":"r","name":"R","version":"1","description":"d","contract":1,"formats":[{"id":"md","media_type":"text/markdown","extension":"md"}]}"#
        let manifest = try JSONDecoder().decode(PluginManifest.self, from: Data(bare.utf8))
        #expect(manifest.options.isEmpty && manifest.problem == nil)
        let withFile = bare.dropLast() + #","options":[{"name":"template","description":"t","kind":"file"},{"name":"h","description":"h"}]}"#
        let options = try JSONDecoder().decode(PluginManifest.self, from: Data(withFile.utf8)).options
        #expect(options.map(\.isFile) == [true, false])
    }

    @Test("the first plugin with an id wins and later ones are listed as shadowed")
    func shadowing() throws {
        let first = try PluginDirectory(), second = try PluginDirectory()
        try first.executablePlugin("dup", version: "2.0.0", render: "echo first")
        let shadowed = try second.executablePlugin("dup", version: "1.0.0", render: "echo second")
        let catalog = PluginCatalog(searchPath: PluginSearchPath(commandLine: [first.path], environment: ["REFORM_PLUGIN_PATH": second.path], executableDirectory: nil))
        let entry = try #require(catalog.plugins.first { $0.plugin.manifest.id == "dup" })
        #expect(entry.plugin.manifest.version == "2.0.0")
        #expect(entry.shadows == [shadowed])
    }

    @Test("only files that are plugins by name are loaded")
    func onlyPluginsByName() throws {
        let directory = try PluginDirectory()
        try directory.script("reform-report-has.dot", "exit 1")
        try directory.script("not-a-plugin", "exit 1")
        try "garbage".write(toFile: directory.path + "/libsomething.so", atomically: true, encoding: .utf8)
        try "#!/bin/sh\nexit 1\n".write(toFile: directory.path + "/reform-report-notexecutable", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: directory.path + "/reform-report-adirectory", withIntermediateDirectories: true)
        let catalog = PluginCatalog(searchPath: PluginSearchPath(commandLine: [directory.path], environment: [:], executableDirectory: nil))
        #expect(catalog.plugins.isEmpty)
        #expect(catalog.failures.isEmpty)
    }

    @Test("the bundled Swift plugin loads from its shared library and renders")
    func swiftSharedLibrary() throws {
        let plugin = try SharedLibraryPlugin(path: TestPaths.buildDirectory + "/libreform-report-summary.so", expectedID: "summary")
        #expect(plugin.manifest.formats.map(\.id) == ["markdown"])
        let document = try ReportRenderer.render(try TestPaths.request(plugin: "summary", format: "markdown"), with: plugin, format: plugin.manifest.formats[0])
        let text = String(decoding: document, as: UTF8.self)
        #expect(text.hasPrefix("# Stable Homes, Built on Love"))
        #expect(text.contains("| P2 Child protection | RED |"))
    }

    @Test("a Swift plugin refuses a format it does not write, as data, not a crash")
    func swiftPluginRefusesFormat() throws {
        let plugin = try SharedLibraryPlugin(path: TestPaths.buildDirectory + "/libreform-report-summary.so", expectedID: "summary")
        let request = try TestPaths.request(plugin: "summary", format: "pdf")
        #expect(throws: PluginError.self) { try plugin.render(request: try request.encoded(), timeout: 5) }
        do throws(PluginError) {
            _ = try plugin.render(request: Array("{not json".utf8), timeout: 5)
            Issue.record("rendering garbage succeeded")
        } catch {
            #expect(error.reason.hasPrefix("failed: the request could not be read"))
        }
    }

    @Test("the C example, built from the shipped header alone, loads and renders")
    func cExample() throws {
        let directory = try PluginDirectory()
        let library = try TestPaths.run("/bin/bash", [TestPaths.repository.appendingPathComponent("Examples/c-plugin/build.sh").path, directory.path])
        #expect(library.contains("libreform-report-c-example.so"))
        let catalog = PluginCatalog(searchPath: PluginSearchPath(commandLine: [directory.path], environment: [:], executableDirectory: nil))
        let plugin = try #require(catalog.plugin("c-example"))
        let document = try ReportRenderer.render(try TestPaths.request(plugin: "c-example", format: "text"), with: plugin, format: plugin.manifest.formats[0])
        let text = String(decoding: document, as: UTF8.self)
        #expect(text.hasPrefix("C example report\n"))
        #expect(text.contains("As at: 2025-01-15"))
        #expect(text.contains("Overdue actions: 6"))
    }

    @Test("the Python executable example renders")
    func pythonExample() throws {
        let plugin = try ExecutablePlugin(path: TestPaths.repository.appendingPathComponent("Examples/python-plugin/reform-report-py-example").path, expectedID: "py-example")
        let options = try ReportRenderer.options(["heading": "Scrutiny"], for: plugin)
        let document = try ReportRenderer.render(try TestPaths.request(plugin: "py-example", format: "markdown", options: options), with: plugin, format: plugin.manifest.formats[0])
        let text = String(decoding: document, as: UTF8.self)
        #expect(text.hasPrefix("# Scrutiny\n"))
        #expect(text.contains("| P2 Child protection | red |"))
        #expect(text.contains("- Working Together to Safeguard Children 2023 (December 2024): missed"))
    }

    @Test("a library with another contract version is refused with the reason")
    func wrongContract() throws {
        let directory = try PluginDirectory()
        try directory.sharedLibrary("future", source: TestPaths.cExampleSource
            .replacingOccurrences(of: "    REFORM_PLUGIN_CONTRACT_VERSION,", with: "    2u,")
            .replacingOccurrences(of: "\"id\": \\\"c-example\\\"", with: "\"id\": \\\"future\\\""))
        let catalog = PluginCatalog(searchPath: PluginSearchPath(commandLine: [directory.path], environment: [:], executableDirectory: nil))
        #expect(catalog.plugins.isEmpty)
        #expect(catalog.failures.map(\.reason) == ["speaks contract version 2; this tool speaks 1"])
    }

    @Test("a library without the entry symbol is refused with the reason")
    func missingSymbol() throws {
        let directory = try PluginDirectory()
        try directory.sharedLibrary("nosymbol", source: "int something_else(void) { return 1; }\n")
        let catalog = PluginCatalog(searchPath: PluginSearchPath(commandLine: [directory.path], environment: [:], executableDirectory: nil))
        #expect(catalog.failures.map(\.reason) == ["does not export the symbol 'reform_plugin_v1' (see reform_plugin.h)"])
    }

    @Test("a manifest that is not JSON, or names another id, is refused with the reason")
    func badManifest() throws {
        let directory = try PluginDirectory()
        try directory.script("reform-report-broken", "echo '{not json'")
        try directory.script("reform-report-liar", #"echo '{"id":"other","name":"n","version":"1","description":"d","contract":1,"formats":[{"id":"t","media_type":"text/plain","extension":"txt"}],"options":[]}'"#)
        let catalog = PluginCatalog(searchPath: PluginSearchPath(commandLine: [directory.path], environment: [:], executableDirectory: nil))
        let reasons = Dictionary(uniqueKeysWithValues: catalog.failures.map { ($0.plugin, $0.reason) })
        #expect(reasons["broken"]?.hasPrefix("bad manifest: ") == true)
        #expect(reasons["liar"] == "bad manifest: its id 'other' does not match its file name's 'liar'")
    }

    private func renderFailure(_ render: String, timeout: Double = 10) throws -> String {
        let directory = try PluginDirectory()
        let path = try directory.executablePlugin("failing", render: render)
        let plugin = try ExecutablePlugin(path: path, expectedID: "failing")
        let request = try TestPaths.request(plugin: "failing", format: "text")
        do {
            _ = try ReportRenderer.render(request, with: plugin, format: plugin.manifest.formats[0], timeout: timeout)
        } catch {
            return error.reason
        }
        Issue.record("the plugin did not fail")
        return ""
    }

    @Test("an executable that exits non-zero gives its message")
    func nonZeroExit() throws {
        let reason = try renderFailure("cat > /dev/null; echo 'no template found' >&2; exit 3")
        #expect(reason == "rendering failed with exit status 3: no template found", "\(reason)")
    }

    @Test("an executable that crashes is that plugin's error")
    func crash() throws {
        #expect(try renderFailure("kill -SEGV $$").hasPrefix("crashed while rendering (signal 11, SIGSEGV)"))
    }

    @Test("an executable that hangs is stopped at the time limit, children and all")
    func hang() throws {
        let started = Date()
        #expect(try renderFailure("sleep 30", timeout: 1) == "did not finish rendering within 1 seconds and was stopped")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("text output that is not UTF-8 is refused")
    func invalidUTF8() throws {
        let reason = try renderFailure("cat > /dev/null; printf 'caf\\351'")
        #expect(reason.hasPrefix("wrote output that is not valid UTF-8"), "\(reason)")
    }

    @Test("an executable that does not read its input still works")
    func ignoresInput() throws {
        let directory = try PluginDirectory()
        let path = try directory.executablePlugin("lazy", render: "echo done")
        let plugin = try ExecutablePlugin(path: path, expectedID: "lazy")
        let document = try ReportRenderer.render(try TestPaths.request(plugin: "lazy", format: "text"), with: plugin, format: plugin.manifest.formats[0])
        #expect(document == Array("done\n".utf8))
    }

    @Test("an executable starts with SIGPIPE at its default, as from a shell, though the host ignores it")
    func defaultBrokenPipeSignal() throws {
        let directory = try PluginDirectory()
        let path = try directory.executablePlugin("signals", render: "cat > /dev/null; sed -n 's/^SigIgn:[[:space:]]*//p' /proc/self/status")
        let plugin = try ExecutablePlugin(path: path, expectedID: "signals")
        let document = try ReportRenderer.render(try TestPaths.request(plugin: "signals", format: "text"), with: plugin, format: plugin.manifest.formats[0])
        let ignored = try #require(UInt64(String(decoding: document, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), radix: 16))
        #expect(ignored & (1 << (UInt64(SIGPIPE) - 1)) == 0, "the plugin ignores SIGPIPE (SigIgn \(String(ignored, radix: 16)))")
    }

    @Test("unknown options and formats are refused before anything runs")
    func unknownOptionsAndFormats() throws {
        let plugin = try ExecutablePlugin(path: TestPaths.repository.appendingPathComponent("Examples/python-plugin/reform-report-py-example").path, expectedID: "py-example")
        #expect(throws: PluginError.self) { try ReportRenderer.options(["colour": "blue"], for: plugin) }
        #expect(throws: PluginError.self) { try ReportRenderer.format("pdf", of: plugin) }
        #expect(try ReportRenderer.options([:], for: plugin) == ["heading": "Reform progress"])
    }
}
