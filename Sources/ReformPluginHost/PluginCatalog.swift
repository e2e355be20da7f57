import Foundation
import ReformPluginKit

/// Every plugin found on the search path: the ones that loaded (first of each id wins), the
/// ones shadowed by an earlier plugin with the same id, and the ones that failed, with why.
public struct PluginCatalog: Sendable {
    /// A plugin that loaded and is used.
    public struct Entry: Sendable {
        /// The loaded plugin.
        public let plugin: any LoadedPlugin
        /// Plugins with the same id found later on the search path, which this one shadows.
        public let shadows: [String]
    }

    /// The plugins in use, in discovery order.
    public let plugins: [Entry]
    /// Candidates that are plugins by name but could not be used.
    public let failures: [PluginError]
    /// The directories searched.
    public let searchPath: PluginSearchPath

    /// Searches every directory of `searchPath`, loading each file that is a plugin by name.
    ///
    /// - Parameters:
    ///   - only: when given, only files for that plugin id are loaded (faster for `reform report`).
    ///   - isolation: when given, no plugin's code is loaded into this process: every plugin is
    ///     read and run through the runner (`reform serve`).
    public init(searchPath: PluginSearchPath, only: String? = nil, isolation: PluginIsolation? = nil) {
        var entries: [(plugin: any LoadedPlugin, shadows: [String])] = []
        var failures: [PluginError] = []
        var indexByID: [String: Int] = [:]
        for directory in searchPath.directories {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for name in names {
                guard let (id, kind) = PluginFileName.parse(name), only == nil || only == id else { continue }
                let path = directory + "/" + name
                guard Self.isUsableFile(path, kind: kind) else { continue }
                if let index = indexByID[id] {
                    entries[index].shadows.append(path)
                    continue
                }
                do {
                    let plugin: any LoadedPlugin = if let isolation {
                        try IsolatedPlugin(path: path, kind: kind, expectedID: id, isolation: isolation)
                    } else if kind == .sharedLibrary {
                        try SharedLibraryPlugin(path: path, expectedID: id)
                    } else {
                        try ExecutablePlugin(path: path, expectedID: id)
                    }
                    indexByID[id] = entries.count
                    entries.append((plugin, []))
                } catch {
                    failures.append(error)
                }
            }
        }
        self.plugins = entries.map { Entry(plugin: $0.plugin, shadows: $0.shadows) }
        self.failures = failures
        self.searchPath = searchPath
    }

    /// The plugin with this id, if one loaded.
    public func plugin(_ id: String) -> (any LoadedPlugin)? {
        plugins.first { $0.plugin.manifest.id == id }?.plugin
    }

    /// A regular file (not a directory); executables must be executable.
    private static func isUsableFile(_ path: String, kind: PluginFileName.Kind) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return false }
        return kind == .sharedLibrary || FileManager.default.isExecutableFile(atPath: path)
    }
}
