import ReformPluginHost
import ReformPluginKit

/// What `reform plugins --json` prints.
public struct PluginsJSON: Codable, Sendable {
    struct Plugin: Codable, Sendable {
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

    struct Failure: Codable, Sendable {
        let plugin: String
        let path: String
        let reason: String
    }

    let plugins: [Plugin]
    let failures: [Failure]
    let searchPath: [String]

    /// The JSON of what `catalog` found.
    public init(_ catalog: PluginCatalog) {
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
