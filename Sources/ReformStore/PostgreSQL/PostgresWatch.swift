import NIOConcurrencyHelpers
import PostgresNIO

/// Gives up on work as soon as its connection closes.
///
/// postgres-nio 1.33.2 leaves a `COPY`'s write waiting for ever when the server ends the connection
/// mid-copy (a restart, an administrator's `pg_terminate_backend`, a network failure): without
/// this an import would hang rather than fail. Every other query fails by itself when the connection closes.
enum PostgresWatch {
    /// `body`'s result, or `PostgresConnectionLost` as soon as `connection` closes, whichever comes first.
    /// A body still waiting then is left to the connection's end: it holds nothing the caller needs.
    static func untilClosed<T: Sendable>(_ connection: PostgresConnection, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let outcome = NIOLockedValueBox<CheckedContinuation<T, any Error>?>(nil)
        return try await withCheckedThrowingContinuation { continuation in
            outcome.withLockedValue { $0 = continuation }
            let finish: @Sendable (Result<T, any Error>) -> Void = { result in
                outcome.withLockedValue { pending in
                    pending?.resume(with: result)
                    pending = nil
                }
            }
            let work = Task {
                do { finish(.success(try await body())) } catch { finish(.failure(error)) }
            }
            connection.closeFuture.whenComplete { _ in
                finish(.failure(PostgresConnectionLost()))
                work.cancel()
            }
        }
    }
}

/// The server closed the connection while work was under way.
struct PostgresConnectionLost: Error {}
