import Foundation
import ReformTestSupport
@testable import ReformCore
import ReformModel
@testable import ReformPluginHost
import ReformPluginKit

/// Temporary plugin directories and the plugins the tests put in them.
final class PluginDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("reform-plugins-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes an executable shell script named `name`.
    @discardableResult
    func script(_ name: String, _ body: String) throws -> String {
        let file = path + "/" + name
        try TestExecutable.write("#!/bin/sh\n" + body + "\n", to: file)
        return file
    }

    /// An executable plugin whose manifest is fine and whose rendering is `render` (shell).
    @discardableResult
    func executablePlugin(_ id: String, version: String = "1.0.0", render: String) throws -> String {
        try script("reform-report-\(id)", """
        if [ "$1" = "--manifest" ]; then
          echo '{"id":"\(id)","name":"\(id)","version":"\(version)","description":"test","contract":1,"formats":[{"id":"text","media_type":"text/plain","extension":"txt"}],"options":[]}'
          exit 0
        fi
        \(render)
        """)
    }

    /// Compiles C source into `libreform-report-<id>.so` with the shipped header.
    @discardableResult
    func sharedLibrary(_ id: String, source: String) throws -> String {
        let sourceFile = path + "/\(id).c"
        try source.write(toFile: sourceFile, atomically: true, encoding: .utf8)
        let output = path + "/libreform-report-\(id).so"
        let include = TestPaths.repository.appendingPathComponent("Sources/CReformPlugin/include").path
        try TestPaths.run("/usr/bin/env", ["cc", "-shared", "-fPIC", "-I", include, sourceFile, "-o", output])
        return output
    }
}

/// Where things are, and running helper programs.
enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The build directory, where `swift build` puts the bundled plugins.
    static let buildDirectory: String = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("libreform-report-summary.so").path) { return directory.path }
            directory.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug").path
    }()

    /// Runs a program and fails with its output when it fails.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        let inPipe = Pipe()
        process.standardInput = inPipe
        try process.run()
        try ChildInput.send(input.map { Data($0.utf8) }, to: inPipe)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw CommandFailed(output: text) }
        return text
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let output: String
        var description: String { output }
    }

    /// A request for the default programme at a fixed day.
    static func request(plugin: String, format: String, file: String = "programme.yaml", options: [String: String] = [:]) throws -> ReportRequest {
        let programme = try ProgrammeLoader.load(path: repository.appendingPathComponent(file).path).programme
        let asOf = CalendarDay(year: 2025, month: 1, day: 15)!
        return ReportRequest(plugin: plugin, format: format, options: options, generatedAt: "2025-01-15T09:00:00Z", asOf: asOf,
                             since: CalendarDay(year: 2024, month: 6, day: 1), programme: programme,
                             analysis: ProgrammeAnalysis(programme, asOf: asOf),
                             changes: ProgrammeChanges(programme: programme, updates: [], since: CalendarDay(year: 2024, month: 6, day: 1)!, until: asOf))
    }

    /// The C example's source.
    static var cExampleSource: String {
        (try? String(contentsOf: repository.appendingPathComponent("Examples/c-plugin/report_c_example.c"), encoding: .utf8)) ?? ""
    }
}
