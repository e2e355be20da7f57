import Logging
import NIOCore
import NIOSSL
import PostgresNIO

/// The open connections to one PostgreSQL record, lent out one transaction at a time.
///
/// A small pool of our own rather than `PostgresClient`'s: a server that cannot be reached must
/// fail the first command at once with its reason (the client's pool retries for up to a minute
/// before giving up), and a connection the server has closed is dropped and replaced on next use.
actor PostgresConnections {
    /// Where the connections go.
    let address: PostgresAddress
    /// How many may be open at once; a lease beyond that waits for one to come back.
    let limit: Int
    private var idle: [PostgresConnection] = []
    private var openCount = 0
    private var waiting: [CheckedContinuation<PostgresConnection?, Never>] = []
    private var nextID = 0
    /// The encryption every connection uses, made once: making a TLS context reads the system's certificates.
    private var tls: PostgresConnection.Configuration.TLS?

    /// A pool for `address`, with at most `limit` connections.
    init(address: PostgresAddress, limit: Int = 8) {
        self.address = address
        self.limit = limit
    }

    deinit {
        for connection in idle { Self.close(connection) }
    }

    /// Runs `body` on a connection of its own, which goes back to the pool afterwards unless it broke.
    func with<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await lease()
        do {
            let value = try await body(connection)
            release(connection, reusable: true)
            return value
        } catch {
            release(connection, reusable: !(error is PostgresBrokenConnection))
            throw error
        }
    }

    /// An idle connection, a new one, or (at the limit) the next one given back.
    private func lease() async throws -> PostgresConnection {
        while let connection = idle.popLast() {
            if !connection.isClosed { return connection }
            openCount -= 1
        }
        if openCount >= limit {
            // Whoever gives a connection back hands it (or, if it broke, its place) to the first waiting.
            if let connection = await withCheckedContinuation({ waiting.append($0) }) { return connection }
        } else {
            openCount += 1
        }
        do {
            return try await connect()
        } catch {
            giveBackPlace()
            throw error
        }
    }

    private func release(_ connection: PostgresConnection, reusable: Bool) {
        guard reusable, !connection.isClosed else {
            Self.close(connection)
            giveBackPlace()
            return
        }
        if !waiting.isEmpty {
            waiting.removeFirst().resume(returning: connection)
        } else {
            idle.append(connection)
        }
    }

    /// A connection's place is free: the first waiting may open one, or the count goes down.
    private func giveBackPlace() {
        if !waiting.isEmpty {
            waiting.removeFirst().resume(returning: nil)
        } else {
            openCount -= 1
        }
    }

    /// Closes a connection without waiting for the server's goodbye.
    private static func close(_ connection: PostgresConnection) {
        let future: EventLoopFuture<Void> = connection.close()
        future.whenComplete { _ in }
    }

    /// A new connection, with the session set to UTC so that no time is ever read in another zone.
    func connect() async throws -> PostgresConnection {
        nextID += 1
        let tls = try self.tls ?? Self.tls(for: address.sslMode)
        self.tls = tls
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.username, password: address.password,
            database: address.database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [("TimeZone", "UTC"), ("application_name", "reform")]
        return try await PostgresConnection.connect(configuration: configuration, id: nextID, logger: PostgresLog.quiet)
    }

    /// libpq's meaning of each mode: only `verify-full` checks the server's certificate.
    private static func tls(for mode: PostgresAddress.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable:
            return .disable
        case .prefer:
            tls.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: tls))
        case .require:
            tls.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: tls))
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: tls))
        }
    }
}

/// Thrown through a pooled body when its connection can no longer be trusted (a rollback failed),
/// so that the pool closes it rather than lending it again.
struct PostgresBrokenConnection: Error {
    let underlying: any Error
}

/// postgres-nio's logging, which the tool keeps quiet: every failure reaches the user as a `StoreError`.
enum PostgresLog {
    static let quiet = Logger(label: "reform.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
}
