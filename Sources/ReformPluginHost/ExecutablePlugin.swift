import Foundation
import ReformPluginKit

/// A plugin run out of process: `reform-report-<id> --manifest` prints its manifest; run with no
/// arguments it reads the request on standard input and writes the document on standard output.
///
/// A non-zero exit (with a message on standard error), a crash, a hang past the time limit or
/// output that is not the promised UTF-8 is that plugin's error.
public struct ExecutablePlugin: LoadedPlugin {
    public let manifest: PluginManifest
    public let path: String
    public var kind: PluginFileName.Kind { .executable }

    /// How long `--manifest` may take.
    public static let manifestTimeout = 10.0

    /// Runs `path --manifest` and checks what it prints.
    public init(path: String, expectedID: String) throws(PluginError) {
        self.path = path
        let bytes = try Self.run(path: path, arguments: ["--manifest"], reportedPath: path, id: expectedID, input: [], timeout: Self.manifestTimeout,
                                 what: "--manifest")
        self.manifest = try PluginManifestReader.read(bytes, expectedID: expectedID, path: path)
    }

    public func render(request: [UInt8], timeout: Double) throws(PluginError) -> [UInt8] {
        try Self.run(path: path, arguments: [], reportedPath: path, id: manifest.id, input: request, timeout: timeout, what: "rendering")
    }

    /// Runs `path` with `arguments` and `input` within `timeout`: its standard output, or the plugin's
    /// error (named by `id` and `reportedPath`, which is the plugin's own file where `path` is the runner).
    static func run(path: String, arguments: [String], reportedPath: String, id: String, input: [UInt8], timeout: Double,
                    what: String) throws(PluginError) -> [UInt8] {
        func failure(_ reason: String) -> PluginError { PluginError(plugin: id, path: reportedPath, reason: reason) }
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(path: path, arguments: arguments, input: input, timeout: timeout)
        } catch {
            throw failure(error.message)
        }
        let message = String(decoding: result.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let said = message.isEmpty ? "" : ": \(message)"
        switch result.ending {
        case .exited(0):
            return result.stdout
        case .exited(let code):
            throw failure("\(what) failed with exit status \(code)\(said)")
        case .signalled(let signal):
            throw failure("crashed while \(what == "rendering" ? "rendering" : "printing its manifest") (signal \(signal)\(signalName(signal)))\(said)")
        case .timedOut:
            throw failure("did not finish \(what) within \(formatSeconds(timeout)) seconds and was stopped")
        case .outputTooLarge:
            throw failure("wrote more than \(ChildProcess.outputLimit) bytes and was stopped")
        }
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case 6: return ", SIGABRT"
        case 9: return ", SIGKILL"
        case 11: return ", SIGSEGV"
        case 15: return ", SIGTERM"
        default: return ""
        }
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
