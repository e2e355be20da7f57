import Foundation
import ReformPluginKit

/// How a host that must not run a plugin's code in itself runs plugins: every plugin, shared
/// library or executable, through `reform-plugin-runner` in a child process, under `PluginLimits`
/// and the host's time limit. `reform serve` uses it; the command line loads shared libraries in
/// process, where a crash is the one person's who ran the command.
public struct PluginIsolation: Sendable {
    /// The runner's path.
    public let runner: String

    /// The runner's file name.
    public static let runnerName = "reform-plugin-runner"

    /// Runs plugins through the runner at `runner`.
    public init(runner: String) {
        self.runner = runner
    }

    /// The runner beside the running executable (where `swift build` puts it, with `reform` and
    /// the bundled plugins), or `nil` when it is not there.
    public static func besideExecutable() -> PluginIsolation? {
        guard let directory = PluginSearchPath.executableDirectory() else { return nil }
        let path = directory + "/" + runnerName
        return FileManager.default.isExecutableFile(atPath: path) ? PluginIsolation(runner: path) : nil
    }

    /// What `ChildProcess` runs for the plugin at `path` of `kind`.
    func command(for path: String, kind: PluginFileName.Kind, manifest: Bool) -> (path: String, arguments: [String]) {
        (runner, [kind == .sharedLibrary ? "library" : "executable", path] + (manifest ? ["--manifest"] : []))
    }
}

/// A plugin run in a child process through `reform-plugin-runner`, shared libraries included.
public struct IsolatedPlugin: LoadedPlugin {
    public let manifest: PluginManifest
    public let path: String
    public let kind: PluginFileName.Kind
    private let isolation: PluginIsolation

    /// Reads the plugin's manifest through the runner, and checks it.
    public init(path: String, kind: PluginFileName.Kind, expectedID: String, isolation: PluginIsolation) throws(PluginError) {
        self.path = path
        self.kind = kind
        self.isolation = isolation
        let command = isolation.command(for: path, kind: kind, manifest: true)
        let bytes = try ExecutablePlugin.run(path: command.path, arguments: command.arguments, reportedPath: path, id: expectedID, input: [],
                                             timeout: ExecutablePlugin.manifestTimeout, what: "--manifest")
        manifest = try PluginManifestReader.read(bytes, expectedID: expectedID, path: path)
    }

    public func render(request: [UInt8], timeout: Double) throws(PluginError) -> [UInt8] {
        let command = isolation.command(for: path, kind: kind, manifest: false)
        return try ExecutablePlugin.run(path: command.path, arguments: command.arguments, reportedPath: path, id: manifest.id, input: request,
                                        timeout: timeout, what: "rendering")
    }
}
