import Foundation
import NIOCore
import NIOPosix
import PostgresNIO

/// PostgreSQL's and the network's reasons in words a user can act on: what went wrong, and what to
/// check. postgres-nio hides its errors' details from `description` (so that they are not shown
/// to a web page's visitors); these words carry only what the person running the tool needs.
enum PostgresReason {
    /// Why `error` happened, in a few words.
    static func words(for error: any Error) -> String {
        if error is PostgresConnectionLost { return "the connection to the server was lost" }
        guard let error = error as? PSQLError else { return network(error) ?? "\(error)" }
        if let info = error.serverInfo, let message = info[.message] {
            return message + (info[.detail].map { " (\($0))" } ?? "")
        }
        switch error.code {
        case .connectionError: return error.underlying.flatMap(network) ?? "the connection could not be made"
        case .serverClosedConnection, .uncleanShutdown: return "the server closed the connection"
        case .clientClosedConnection: return "the connection was closed"
        case .sslUnsupported: return "the server does not offer encryption, which sslmode asks for"
        case .authMechanismRequiresPassword: return "the server asks for a password and the URL gives none"
        case .unsupportedAuthMechanism: return "the server asks for a way of signing in that this tool does not support (use scram-sha-256, md5 or trust)"
        case .queryCancelled: return "the query was cancelled"
        default: return "\(error.code)"
        }
    }

    /// What to check, for the kinds of failure a person can fix: the SQLSTATE's class, or a network failure.
    static func advice(for error: any Error) -> String {
        let state = sqlState(of: error) ?? ""
        if state == "28P01" || state == "28000" { return "check the user name and password in the URL" }
        if state == "3D000" { return "create the database (createdb) or name one that exists" }
        if state.hasPrefix("42501") { return "grant the user the privileges it needs on that database" }
        if isUnreachable(error), words(for: error) == "the host name was not found" { return "check the host name in the URL" }
        if isUnreachable(error) {
            return "check that PostgreSQL is running there and accepts TCP connections (listen_addresses in postgresql.conf, pg_hba.conf), and that the URL's host and port are right"
        }
        return "check the server and the URL given with --db or REFORM_DB"
    }

    /// The five-character SQLSTATE of a server's error, if it is one.
    static func sqlState(of error: any Error) -> String? {
        return (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// Whether the server could not be reached at all (as against refusing what was asked).
    static func isUnreachable(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return network(error) != nil }
        return error.code == .connectionError
    }

    /// A network failure in words: refused, timed out, host not found.
    private static func network(_ error: any Error) -> String? {
        switch error {
        case let error as NIOConnectionError:
            if error.dnsAError != nil || error.dnsAAAAError != nil { return "the host name was not found" }
            return error.connectionErrors.first.flatMap { network($0.error) } ?? "the connection could not be made"
        case let error as IOError:
            return String(cString: strerror(error.errnoCode)).lowercased()
        case ChannelError.connectTimeout:
            return "no answer within 10 seconds"
        case let error as NIOSSLError:
            return "the encrypted connection failed (\(error))"
        default:
            return nil
        }
    }
}

extension StoreError {
    /// The PostgreSQL record at `address` could not be used: what was being done, why, and what to check.
    static func postgres(_ address: PostgresAddress, _ doing: String, _ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        let reason = PostgresReason.words(for: error)
        if PostgresReason.isUnreachable(error) {
            return StoreError(location: address.description,
                              message: "cannot connect to PostgreSQL at \(address.host):\(address.port) (\(reason)); \(PostgresReason.advice(for: error))")
        }
        return StoreError(location: address.description, message: "\(doing) (PostgreSQL: \(reason)); \(PostgresReason.advice(for: error))")
    }
}
