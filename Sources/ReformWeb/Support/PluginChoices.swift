import ReformApp
import ReformPluginHost
import ReformPluginKit

/// The report plugins a lead may run from the reports page: those found where `reform` finds
/// them (`--plugin-path`, `REFORM_PLUGIN_PATH`, beside the executable, the user's and the
/// system's folders), found once when the server starts, and run only in child processes through
/// `reform-plugin-runner` (`PluginIsolation`): no plugin's code is ever loaded into the server, so
/// one that crashes, hangs or eats memory stops only its own run.
struct PluginChoices: Sendable {
    /// Every plugin found at start, run out of process.
    let catalog: PluginCatalog

    /// Every plugin found at start, with its formats.
    var manifests: [PluginManifest] { catalog.plugins.map(\.plugin.manifest) }

    /// The plugins on the search path `reform report` uses, with `extra` folders first, run through the runner beside this executable.
    ///
    /// - Throws: `AppError` when the runner is not there (a broken install): the server does not start without it.
    static func standard(extra: [String] = []) throws(AppError) -> PluginChoices {
        guard let isolation = PluginIsolation.besideExecutable() else {
            let directory = PluginSearchPath.executableDirectory() ?? "the folder of reform"
            throw AppError("error: \(PluginIsolation.runnerName) is not in \(directory), beside reform; reform serve runs every report plugin "
                           + "through it (swift build makes it with reform; install both together)")
        }
        return PluginChoices(catalog: PluginCatalog(searchPath: PluginSearchPath(commandLine: extra), isolation: isolation))
    }
}
