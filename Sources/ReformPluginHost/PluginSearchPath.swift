import Foundation

/// The directories searched for plugins, in order: the first plugin found with an id wins.
///
/// 1. each `--plugin-path` given, in order;
/// 2. each directory in `REFORM_PLUGIN_PATH` (separated by `:`);
/// 3. the directory of the `reform` executable (where `swift build` puts the bundled plugins);
/// 4. the user's directory, `$XDG_DATA_HOME/reform/plugins` (default `~/.local/share/reform/plugins`);
/// 5. the system's, `/usr/local/lib/reform/plugins` then `/usr/lib/reform/plugins`.
public struct PluginSearchPath: Sendable {
    /// The directories, in search order, each once.
    public let directories: [String]

    /// Builds the search path from the command line, the environment and the executable's location.
    public init(commandLine: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
                executableDirectory: String? = PluginSearchPath.executableDirectory()) {
        var directories: [String] = commandLine
        if let fromEnvironment = environment["REFORM_PLUGIN_PATH"] {
            directories += fromEnvironment.split(separator: ":").map(String.init)
        }
        if let executableDirectory { directories.append(executableDirectory) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        directories += [data + "/reform/plugins", "/usr/local/lib/reform/plugins", "/usr/lib/reform/plugins"]
        var seen = Set<String>()
        self.directories = directories.filter { !$0.isEmpty }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.filter { seen.insert($0).inserted }
    }

    /// The directory holding the running executable, symbolic links resolved.
    public static func executableDirectory() -> String? {
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path else { return nil }
        return URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}
