/// A plugin's failure: always reported as that plugin's error, never as the tool's own crash.
public struct PluginError: Error, Sendable, CustomStringConvertible {
    /// The plugin's id, or the file's name when the id is not known.
    public let plugin: String
    /// Where the plugin is.
    public let path: String
    /// What went wrong.
    public let reason: String

    /// Creates an error.
    public init(plugin: String, path: String, reason: String) {
        self.plugin = plugin
        self.path = path
        self.reason = reason
    }

    /// "plugin 'committee-update' (/path/lib...so): reason".
    public var description: String {
        "plugin '\(plugin)' (\(path)): \(reason)"
    }
}
