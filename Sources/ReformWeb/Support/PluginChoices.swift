import ReformPluginHost
import ReformPluginKit

/// The report plugins a lead may run from the reports page: those found where `reform` finds
/// them (beside the executable, `REFORM_PLUGIN_PATH`, the user's and the system's folders).
struct PluginChoices: Sendable {
    let searchPath: PluginSearchPath

    /// The search path `reform serve` uses: the same as `reform report`'s without `--plugin-path`.
    static func standard(extra: [String] = []) -> PluginChoices {
        PluginChoices(searchPath: PluginSearchPath(commandLine: extra))
    }

    /// Every plugin found, with its formats.
    func available() -> [PluginManifest] {
        PluginCatalog(searchPath: searchPath).plugins.map(\.plugin.manifest)
    }
}
