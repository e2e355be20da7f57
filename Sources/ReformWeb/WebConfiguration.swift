import ReformApp
import ReformPluginHost

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
    /// The proxies in front whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed, as CIDR
    /// ranges (`--trusted-proxy`); `--trust-proxy` is one on this machine (127.0.0.0/8 and ::1).
    public var trustedProxies: [String]
    /// How long a connection may sit idle, or take to send its request's head, before it is closed (seconds).
    public var idleTimeout: Int64
    /// How long a request's body may take to arrive (seconds): a form trickled in a byte at a time is cut off.
    public var bodyTimeout: Int64
    /// The most connections served at once; more wait for one to close.
    public var maximumConnections: Int
    /// How long a report plugin may take, in seconds, before its process is stopped.
    public var reportTimeout: Double = ReportRenderer.defaultTimeout
    /// The bcrypt cost of the accounts' password hashes (12 in use), which a sign-in with an
    /// unknown name is made to take as long as; tests that are not about hashing lower it.
    public var passwordCost: UInt8 = SessionRules.bcryptCost
    /// How many days a report's document run from the browser is kept (`--keep-documents-days`);
    /// `nil`, for ever. The run itself, with its document's SHA-256, is always kept.
    public var keepDocumentsDays: Int?
    /// Folders searched for report plugins before the usual ones (`--plugin-path`).
    public var pluginPaths: [String]
    /// How reminders are sent (no SMTP server: none are), and how often the outbox is looked at.
    public var mailing = Mailing()
    public var mailInterval: Duration = .seconds(30)

    /// A configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, workspace: Workspace, secureCookies: Bool = false, trustedProxies: [String] = [],
                pluginPaths: [String] = [], idleTimeout: Int64 = 30, bodyTimeout: Int64 = 30, maximumConnections: Int = 1_000) {
        self.host = host
        self.port = port
        self.workspace = workspace
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
        self.pluginPaths = pluginPaths
        self.idleTimeout = idleTimeout
        self.bodyTimeout = bodyTimeout
        self.maximumConnections = maximumConnections
    }

    /// A proxy on this machine, as `--trust-proxy` names it.
    public static let loopbackProxies = ["127.0.0.0/8", "::1"]

    /// The trusted proxies' ranges, or the first that is not a CIDR range.
    func proxies() throws(AppError) -> TrustedProxies {
        var ranges: [IPRange] = []
        for text in trustedProxies {
            guard let range = IPRange(text) else {
                throw AppError("error: --trusted-proxy: '\(text)' is not an address or a CIDR range (write 10.0.0.0/8, 192.0.2.7 or 2001:db8::/32)", status: .usage)
            }
            ranges.append(range)
        }
        return TrustedProxies(ranges: ranges)
    }
}
