import ReformApp

/// How `reform serve` runs: where it listens, the programme and record it serves, and how its
/// cookies are marked.
public struct WebConfiguration: Sendable {
    /// The address to listen on (`127.0.0.1` unless told otherwise).
    public var host: String
    /// The port; 0 picks a free one, printed at start.
    public var port: Int
    /// The programme file and its record.
    public var workspace: Workspace
    /// Whether the session cookie is always `Secure` (the server is behind HTTPS).
    public var secureCookies: Bool
    /// Whether `X-Forwarded-For` and `X-Forwarded-Proto` from a proxy in front are believed.
    public var trustProxy: Bool
    /// Folders searched for report plugins before the usual ones (`--plugin-path`).
    public var pluginPaths: [String]

    /// A configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, workspace: Workspace, secureCookies: Bool = false, trustProxy: Bool = false,
                pluginPaths: [String] = []) {
        self.host = host
        self.port = port
        self.workspace = workspace
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
        self.pluginPaths = pluginPaths
    }
}
