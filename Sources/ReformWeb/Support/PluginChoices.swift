import ReformPluginHost
import ReformPluginKit

/// The report plugins a lead may run from the reports page: those found where `reform` finds
/// them (`--plugin-path`, `REFORM_PLUGIN_PATH`, beside the executable, the user's and the
/// system's folders), found once when the server starts: finding them loads each library and
/// runs each executable plugin with `--manifest`, which is no work for every page view.
struct PluginChoices: Sendable {
    let searchPath: PluginSearchPath
    /// Every plugin found at start, with its formats.
    let manifests: [PluginManifest]

    /// The plugins on the search path `reform report` uses, with `extra` folders first.
    static func standard(extra: [String] = []) -> PluginChoices {
        let searchPath = PluginSearchPath(commandLine: extra)
        return PluginChoices(searchPath: searchPath, manifests: PluginCatalog(searchPath: searchPath).plugins.map(\.plugin.manifest))
    }
}
