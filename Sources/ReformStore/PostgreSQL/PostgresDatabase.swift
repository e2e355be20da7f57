import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import ReformSystem
import ServiceLifecycle

/// The record in a PostgreSQL database, through postgres-nio's `PostgresClient`: for a council
/// team sharing one record between several people and server processes, on more than one machine.
///
/// The client's pool runs as a service for as long as the database is open (`run` below, and
/// `reform serve` stops it on shutdown). Opening first makes one connection of its own, so that a
/// server that is down, a wrong password or a missing database fails the command at once with its
/// reason, where the pool would keep retrying.
final class PostgresDatabase: SQLDatabase {
    let address: PostgresAddress
    private let client: PostgresClient
    private let running: Task<Void, Never>

    var dialect: any SQLDialect { PostgresDialect() }
    var location: String { address.description }

    /// Connects to `address` once to check it can be used, then starts the pool.
    static func open(_ address: PostgresAddress) async throws(StoreError) -> PostgresDatabase {
        let tls: PostgresClient.Configuration.TLS
        do {
            tls = try Self.tls(for: address.sslMode)
            var probe = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.username,
                                                         password: address.password, database: address.database, tls: try Self.connectionTLS(for: address.sslMode))
            probe.options.connectTimeout = .seconds(10)
            let connection = try await PostgresConnection.connect(configuration: probe, id: 0, logger: PostgresLog.quiet)
            try await connection.close()
        } catch {
            throw StoreError.postgres(address, "cannot open the record", error)
        }
        var configuration = PostgresClient.Configuration(host: address.host, port: address.port, username: address.username,
                                                         password: address.password, database: address.database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.maximumConnections = 8
        // Every session in UTC, so that no time is ever read in another zone.
        configuration.options.additionalStartupParameters = [("TimeZone", "UTC"), ("application_name", "reform")]
        return PostgresDatabase(address: address, client: PostgresClient(configuration: configuration, backgroundLogger: PostgresLog.quiet))
    }

    private init(address: PostgresAddress, client: PostgresClient) {
        self.address = address
        self.client = client
        running = Task { await client.run() }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        // REPEATABLE READ: every statement sees the record as at the first, whoever writes meanwhile.
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN", body)
    }

    /// `body` in a transaction that `begin` starts on a pooled connection: committed when it
    /// returns, rolled back when it throws. Not `PostgresClient.withTransaction`: its rollback on a
    /// connection the server has closed waits for ever in postgres-nio 1.33.2, where the server has
    /// already rolled the transaction back; here a closed connection is simply left.
    private func transaction<T: Sendable>(_ begin: PostgresQuery, _ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query(begin, logger: PostgresLog.quiet)
            do {
                let value = try await body(PostgresSQLConnection(connection: connection))
                try await connection.query("COMMIT", logger: PostgresLog.quiet)
                return value
            } catch {
                if !connection.isClosed { _ = try? await connection.query("ROLLBACK", logger: PostgresLog.quiet) }
                throw error
            }
        }
    }

    func storeError(_ doing: String, _ error: any Error) -> StoreError {
        StoreError.postgres(address, doing, error)
    }

    /// PostgreSQL has no file to copy: the store copies it table by table into SQLite.
    func backup(to destination: String) async throws -> Bool { false }

    func close() async {
        running.cancel()
        await running.value
    }

    /// libpq's meaning of each mode: only `verify-full` checks the server's certificate.
    private static func tls(for mode: PostgresAddress.SSLMode) throws -> PostgresClient.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        if mode != .verifyFull { tls.certificateVerification = .none }
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(tls)
        case .require, .verifyFull: return .require(tls)
        }
    }

    /// The same for the probe, which is a connection of its own.
    private static func connectionTLS(for mode: PostgresAddress.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        if mode != .verifyFull { tls.certificateVerification = .none }
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: tls))
        case .require, .verifyFull: return .require(try NIOSSLContext(configuration: tls))
        }
    }
}

/// A connection inside one PostgreSQL transaction.
struct PostgresSQLConnection: SQLConnection {
    let connection: PostgresConnection

    func execute(_ statement: SQLStatement) async throws {
        try await connection.query(Self.query(statement), logger: PostgresLog.quiet)
    }

    func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        var columns: SQLRow.Columns?
        var rows: [SQLRow] = []
        for try await row in try await connection.query(Self.query(statement), logger: PostgresLog.quiet) {
            rows.append(try Self.row(row, &columns))
        }
        return rows
    }

    func forEachBatch(_ statement: SQLStatement, size: Int, _ body: @Sendable ([SQLRow]) async throws -> Void) async throws {
        var columns: SQLRow.Columns?
        var batch: [SQLRow] = []
        for try await row in try await connection.query(Self.query(statement), logger: PostgresLog.quiet) {
            batch.append(try Self.row(row, &columns))
            if batch.count == size {
                try await body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try await body(batch) }
    }

    private static func row(_ row: PostgresRow, _ columns: inout SQLRow.Columns?) throws -> SQLRow {
        let cells = row.makeRandomAccess()
        let names = columns ?? SQLRow.Columns((0..<cells.count).map { cells[$0].columnName })
        columns = names
        return SQLRow(columns: names, values: try (0..<cells.count).map { try value(cells[$0]) })
    }

    func insertAll(into table: String, columns: [String], _ next: @escaping @Sendable () throws -> [SQLValue]?) async throws -> Int {
        try await PostgresWatch.untilClosed(connection) { [connection] in
            var count = 0
            try await connection.copyFrom(table: table, columns: columns, logger: PostgresLog.quiet) { writer in
                while true {
                    // Rows are made (and may wait for checking) on a Dispatch thread, a megabyte at a time.
                    let (buffer, rows, ended) = try await BlockingWork.run { () throws -> (ByteBuffer, Int, Bool) in
                        var text = PostgresCopyText(capacity: 1 << 20)
                        var rows = 0
                        while text.buffer.readableBytes < 1 << 20 {
                            guard let values = try next() else { return (text.buffer, rows, true) }
                            for value in values { text.field(value) }
                            text.endRow()
                            rows += 1
                        }
                        return (text.buffer, rows, false)
                    }
                    if rows > 0 { try await writer.write(buffer) }
                    count += rows
                    if ended { break }
                }
            }
            return count
        }
    }

    private static func query(_ statement: SQLStatement) throws -> PostgresQuery {
        let (sql, values) = statement.rendered(for: PostgresDialect())
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            case .boolean(let truth): bindings.append(truth)
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .bool: return .boolean(try cell.decode(Bool.self))
        case .bytea: return .blob(Array(buffer: try cell.decode(ByteBuffer.self)))
        default: return .text(try cell.decode(String.self))
        }
    }
}

/// postgres-nio's logging, which the tool keeps quiet: every failure reaches the user as a `StoreError`.
enum PostgresLog {
    static let quiet = Logger(label: "reform.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
}
