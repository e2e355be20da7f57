import ArgumentParser
import ReformPluginHost
import ReformPluginKit

/// `reform plugins`: every report plugin found, and every candidate that failed to load, with why.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the report plugins found, and any that failed to load with the reason.",
        discussion: """
        Searched in order: --plugin-path, REFORM_PLUGIN_PATH, the reform executable's directory, \
        $XDG_DATA_HOME/reform/plugins (~/.local/share/reform/plugins), /usr/local/lib/reform/plugins, /usr/lib/reform/plugins. \
        Plugins are libreform-report-<id>.so shared libraries and reform-report-<id> executables; the first with an id wins.
        """
    )

    @Flag(help: "Write JSON instead of text.")
    var json = false

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let catalog = PluginCatalog(searchPath: plugins.searchPath)
        if json {
            try JSONOutput.print(PluginsJSON(catalog))
            return
        }
        var table = TextTable(["ID", "VERSION", "KIND", "FORMATS", "PATH"])
        for entry in catalog.plugins {
            let manifest = entry.plugin.manifest
            table.add([manifest.id, manifest.version, entry.plugin.kind.rawValue, manifest.formats.map(\.id).joined(separator: ", "), entry.plugin.path])
        }
        Terminal.write(catalog.plugins.isEmpty ? "No plugins found." : table.render())
        let shadowed = catalog.plugins.flatMap { entry in entry.shadows.map { (entry.plugin.manifest.id, $0) } }
        if !shadowed.isEmpty {
            Terminal.write("\nShadowed (an earlier plugin has the same id):")
            for (id, path) in shadowed { Terminal.write("  \(id): \(path)") }
        }
        if !catalog.failures.isEmpty {
            Terminal.write("\nFailed to load:")
            for failure in catalog.failures { Terminal.write("  \(failure.plugin): \(failure.path): \(failure.reason)") }
        }
    }
}

/// What `reform plugins --json` prints.
struct PluginsJSON: Encodable {
    struct Plugin: Encodable {
        let id: String
        let name: String
        let version: String
        let description: String
        let kind: PluginFileName.Kind
        let path: String
        let formats: [PluginManifest.Format]
        let options: [PluginManifest.Option]
        let shadows: [String]
    }

    struct Failure: Encodable {
        let plugin: String
        let path: String
        let reason: String
    }

    let plugins: [Plugin]
    let failures: [Failure]
    let searchPath: [String]

    init(_ catalog: PluginCatalog) {
        plugins = catalog.plugins.map { entry in
            let manifest = entry.plugin.manifest
            return Plugin(id: manifest.id, name: manifest.name, version: manifest.version, description: manifest.description,
                          kind: entry.plugin.kind, path: entry.plugin.path, formats: manifest.formats, options: manifest.options, shadows: entry.shadows)
        }
        failures = catalog.failures.map { Failure(plugin: $0.plugin, path: $0.path, reason: $0.reason) }
        searchPath = catalog.searchPath.directories
    }

    private enum CodingKeys: String, CodingKey {
        case plugins, failures, searchPath = "search_path"
    }
}
