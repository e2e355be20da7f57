import Foundation
import ReformMail
import ReformRecord
import ReformStore
import ReformSystem

/// Sending what waits in the outbox: each message is claimed (so no other server sends it),
/// sent, and marked sent; one that fails is tried again later with a growing wait, and given up
/// on (marked failed, for an admin to see) when not sent within a day of being queued. When the
/// server cannot be reached or refuses the login, the rest wait for the next pass.
public struct SendOutbox: Sendable {
    /// What a pass did.
    public struct Outcome: Sendable, Equatable {
        public var sent = 0, retried = 0, failed = 0
        /// The last failure, in words.
        public var lastError: String?
    }

    public var transport: any MailTransport
    public var retry: RetryPolicy
    /// The most messages one pass sends.
    public var limit: Int

    public init(transport: any MailTransport, retry: RetryPolicy = RetryPolicy(), limit: Int = 10_000) {
        self.transport = transport
        self.retry = retry
        self.limit = limit
    }

    /// Sends what is due at `now` (seconds since 1970).
    public func run(record: Record, now: @Sendable () -> Int64) async throws(AppError) -> Outcome {
        var outcome = Outcome()
        for _ in 0..<limit {
            let time = now()
            guard let message = try await record.write({ store throws(StoreError) in try await store.claimNextMessage(now: time, holdFor: retry.hold) }),
                  let id = message.id else { break }
            let transport = self.transport
            let result: Result<Void, MailError> = await BlockingWork.run { Result { () throws(MailError) in try transport.send(message) } }
            switch result {
            case .success:
                try await record.write { store throws(StoreError) in try await store.markSent(id, at: now()) }
                outcome.sent += 1
            case .failure(let error):
                let after = now()
                let givenUp = after - message.queuedAt >= retry.giveUpAfter
                try await record.write { store throws(StoreError) in
                    try await store.markUnsent(id, error: error.message, retryAt: after + retry.wait(afterAttempts: message.attempts),
                                               failedAt: givenUp ? after : nil)
                }
                if givenUp { outcome.failed += 1 } else { outcome.retried += 1 }
                outcome.lastError = error.message
                // A server down or refusing the login fails every message alike: the rest wait.
                if error.kind != .refused { return outcome }
            }
        }
        return outcome
    }
}
