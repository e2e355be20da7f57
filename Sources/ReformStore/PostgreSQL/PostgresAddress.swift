import Foundation

/// Where a PostgreSQL record is: `postgres://user:password@host:port/database`, as `--db` and
/// `REFORM_DB` name it (libpq's URL form, so a council's DBA can paste the one they already use).
///
/// `sslmode` in the query chooses encryption as libpq does: `disable`, `prefer` (the default:
/// encrypted when the server offers it), `require`, or `verify-full` (the certificate checked
/// against the host name).
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// Who connects.
    public var username: String
    /// Their password, if the server asks for one.
    public var password: String?
    /// The database that holds the record.
    public var database: String
    /// How the connection is encrypted.
    public var sslMode: SSLMode

    /// libpq's `sslmode` values that this tool honours.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    /// Reads `postgres://` or `postgresql://` URLs; `nil` for anything else (a SQLite path).
    ///
    /// - Throws: `StoreError` when the text is a PostgreSQL URL that cannot be used, saying what is missing.
    public static func parse(_ text: String) throws(StoreError) -> PostgresAddress? {
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") else { return nil }
        func invalid(_ what: String) -> StoreError {
            StoreError(location: redacted(text), message: "\(what); write it as postgres://user:password@host:port/database")
        }
        guard let components = URLComponents(string: text) else { throw invalid("this is not a valid PostgreSQL URL") }
        guard let host = components.host, !host.isEmpty else { throw invalid("the URL names no host") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw invalid("the URL names no database (the part after the last /)") }
        guard let username = components.user, !username.isEmpty else { throw invalid("the URL names no user (the part before @)") }
        var sslMode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(SSLMode.init(rawValue:)) else {
                    throw invalid("sslmode must be one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = mode
            default:
                throw invalid("the URL's option '\(item.name)' is not one this tool reads (it reads sslmode)")
            }
        }
        return PostgresAddress(host: host, port: components.port ?? 5432, username: username,
                               password: components.password, database: database, sslMode: sslMode)
    }

    /// Creates an address from its parts.
    public init(host: String, port: Int = 5432, username: String, password: String?, database: String, sslMode: SSLMode = .prefer) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.sslMode = sslMode
    }

    /// The URL without its password: what messages and pages show.
    public var description: String {
        let user = username.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? username
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(hostPart):\(port)/\(database)"
    }

    /// The same address with another database on the same server.
    public func with(database: String) -> PostgresAddress {
        var copy = self
        copy.database = database
        return copy
    }

    /// `text` with any password taken out, for an error about a URL that could not be read.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
              let colon = text[scheme.upperBound..<at].firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + String(text[at...])
    }
}
