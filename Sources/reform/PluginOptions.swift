import ArgumentParser
import ReformPluginHost

/// Where to look for plugins, shared by `report` and `plugins`.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-path"), help: ArgumentHelp(
        "A directory to search for plugins before the others (repeatable).", valueName: "dir"))
    var pluginPaths: [String] = []

    /// The search path: these directories, then REFORM_PLUGIN_PATH, the executable's, the user's and the system's.
    var searchPath: PluginSearchPath {
        PluginSearchPath(commandLine: pluginPaths)
    }
}
