/// A file that a user named in a `file` option (`--option template=front.mustache`), read by the
/// host and handed over in the request: a plugin never opens files itself.
public struct PluginFile: Hashable, Sendable, Codable {
    /// The path as the user gave it, for messages that point into the file (`front.mustache:3:7`).
    public let path: String
    /// The file's text (UTF-8).
    public let text: String

    /// Creates a file as read.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
