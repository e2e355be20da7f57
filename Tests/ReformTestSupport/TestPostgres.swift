import Foundation
import PostgresNIO
import ReformRecord
import ReformStore

/// The PostgreSQL server the tests use, named by `REFORM_TEST_POSTGRES` (`Scripts/test-postgres`
/// starts one and prints its URL). Each test gets a database of its own, made afresh.
///
/// Without the variable the PostgreSQL tests are left out, except under `CI=true`, where they run
/// and fail: CI must never pass because a server was missing.
public enum TestPostgres {
    /// The server's URL, if one is configured.
    public static var url: String? {
        ProcessInfo.processInfo.environment["REFORM_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the PostgreSQL tests run: a server is named, or this is CI (where they must).
    public static var isEnabled: Bool {
        url != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// The URL of a new, empty database on the test server, owned by the test user.
    ///
    /// - Throws: when no server is named (under `CI=true`) or it cannot be reached, saying how to start one.
    public static func freshDatabase() async throws -> String {
        guard let url else {
            throw TestSetupFailure("REFORM_TEST_POSTGRES is not set, so the PostgreSQL tests cannot run; start a server with "
                + "`export REFORM_TEST_POSTGRES=$(Scripts/test-postgres)` (Scripts/test does this)")
        }
        guard let address = try PostgresAddress.parse(url) else { throw TestSetupFailure("REFORM_TEST_POSTGRES is not a postgres:// URL: \(url)") }
        let name = "reform_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.username,
                                                             password: address.password, database: address.database, tls: .disable)
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "tests"))
        } catch {
            throw TestSetupFailure("the test PostgreSQL server at \(address) cannot be reached (\(String(reflecting: error))); start it with Scripts/test-postgres")
        }
        defer { Task { try? await connection.close() } }
        try await connection.query("CREATE DATABASE \(unescaped: name)", logger: Logger(label: "tests"))
        MadeDatabases.current?.add(name)
        return address.with(database: name).urlWithPassword
    }
}

extension TestPostgres {
    /// Runs `sql` on the server's own database (the one `REFORM_TEST_POSTGRES` names).
    static func runOnServer(_ sql: String) async throws {
        guard let url else { return }
        _ = try await run(sql, on: url)
    }
}

extension PostgresAddress {
    /// The URL with its password, as `--db` takes it.
    var urlWithPassword: String {
        "postgres://\(username)\(password.map { ":\($0)" } ?? "")@\(host):\(port)/\(database)?sslmode=\(sslMode.rawValue)"
    }
}

/// A test's setup could not be made, with what to do about it.
public struct TestSetupFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension TestPostgres {
    /// Runs one SQL statement on the database at `url`, as someone outside the tool would, and
    /// returns the first column of each row as text.
    ///
    /// - Throws: the server's message when it refuses the statement.
    public static func run(_ sql: String, on url: String) async throws -> [String] {
        guard let address = try PostgresAddress.parse(url) else { throw TestSetupFailure("not a postgres:// URL: \(url)") }
        let configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.username,
                                                             password: address.password, database: address.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 2, logger: Logger(label: "tests"))
        defer { Task { try? await connection.close() } }
        do {
            var values: [String] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "tests")) {
                values.append(try row.makeRandomAccess()[0].decode(String?.self) ?? "NULL")
            }
            return values
        } catch let error as PSQLError {
            throw TestSetupFailure(error.serverInfo?[.message] ?? String(reflecting: error))
        }
    }
}
