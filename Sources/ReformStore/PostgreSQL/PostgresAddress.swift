import Foundation

/// Where a PostgreSQL record is: `postgres://user:password@host:port/database`, as `--db` and
/// `REFORM_DB` name it (libpq's URL form, so a council's DBA can paste the one they already use).
///
/// `sslmode` in the query chooses encryption as libpq does: `disable`, `prefer` (the default:
/// encrypted when the server offers it), `require`, or `verify-full` (the certificate checked
/// against the host name).
///
/// What the URL leaves out is taken from the environment as libpq takes it, so that a password
/// need not be in a URL that `ps` shows: `PGHOST` (else `localhost`), `PGPORT` (else 5432),
/// `PGUSER` (else the login name), `PGDATABASE` (else the user's name), `PGSSLMODE`, and the
/// password from `PGPASSWORD` or the password file (`PGPASSFILE`, else `~/.pgpass`).
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

    /// Reads `postgres://` or `postgresql://` URLs (`postgres:///reform` and `postgres://` included),
    /// the parts left out taken from `environment`; `nil` for anything else (a SQLite path).
    ///
    /// - Throws: `StoreError` when the text is a PostgreSQL URL that cannot be used, saying what is missing.
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) -> PostgresAddress? {
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") else { return nil }
        func invalid(_ what: String) -> StoreError {
            StoreError(location: redacted(text), message: "\(what); write it as postgres://user:password@host:port/database, or leave parts to PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD or ~/.pgpass")
        }
        guard let components = URLComponents(string: text) else { throw invalid("this is not a valid PostgreSQL URL") }
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        let host = given(components.host) ?? given(environment["PGHOST"]) ?? "localhost"
        guard !host.hasPrefix("/") else { throw invalid("PGHOST names a Unix socket directory (\(host)), which this tool cannot use: give a host name") }
        let port: Int
        if let fromURL = components.port {
            port = fromURL
        } else if let text = given(environment["PGPORT"]) {
            guard let number = Int(text), (1...65535).contains(number) else { throw invalid("PGPORT is '\(text)', not a port number from 1 to 65535") }
            port = number
        } else {
            port = 5432
        }
        guard let username = given(components.user) ?? given(environment["PGUSER"]) ?? given(environment["USER"]) ?? given(environment["LOGNAME"]) else {
            throw invalid("the URL names no user (the part before @), and neither PGUSER nor USER is set")
        }
        let path = String(components.path.drop { $0 == "/" })
        guard !path.contains("/") else { throw invalid("the URL's database has a / in it (the database is the part after the last /)") }
        let database = given(path) ?? given(environment["PGDATABASE"]) ?? username
        var sslMode = SSLMode.prefer
        if let text = given(environment["PGSSLMODE"]) {
            guard let mode = SSLMode(rawValue: text) else { throw invalid("PGSSLMODE must be one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))") }
            sslMode = mode
        }
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
        var password = given(components.password) ?? given(environment["PGPASSWORD"])
        if password == nil, let file = try PasswordFile.load(environment: environment) {
            password = file.password(host: host, port: port, database: database, username: username)
        }
        return PostgresAddress(host: host, port: port, username: username, password: password, database: database, sslMode: sslMode)
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
