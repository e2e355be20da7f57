import Dispatch
import Foundation
import NIOConcurrencyHelpers

/// A bounded queue for bcrypt: as many hashes at once as there are cores, on threads of its own
/// (not Swift concurrency's pool, nor the one report runs use), and at most `maximumWaiting`
/// waiting; past that, a sign-in is told to try again in a moment rather than queue for minutes.
///
/// A report run, a flood of sign-ins or both can then delay one person's sign-in by at most the
/// queue's length, not by everything else the server is doing.
final class PasswordHashing: Sendable {
    /// The queue every password check and hash of this process goes through.
    static let shared = PasswordHashing(concurrent: ProcessInfo.processInfo.activeProcessorCount, maximumWaiting: 32)

    private let queue = DispatchQueue(label: "reform.bcrypt", qos: .userInteractive, attributes: .concurrent)
    private let slots: DispatchSemaphore
    private let waiting = NIOLockedValueBox(0)
    private let maximumWaiting: Int

    init(concurrent: Int, maximumWaiting: Int) {
        slots = DispatchSemaphore(value: max(1, concurrent))
        self.maximumWaiting = maximumWaiting
    }

    /// The value of `body`, run when a slot is free.
    ///
    /// - Throws: `AppError` of kind `busy` when too many are already waiting.
    func run<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async throws(AppError) -> Value {
        let admitted = waiting.withLockedValue { count -> Bool in
            guard count < maximumWaiting else { return false }
            count += 1
            return true
        }
        guard admitted else { throw AppError("too many sign-ins are being checked at once; try again in a moment", kind: .busy(retryAfter: 1)) }
        return await withCheckedContinuation { continuation in
            queue.async { [slots, waiting] in
                slots.wait()
                let value = body()
                slots.signal()
                waiting.withLockedValue { $0 -= 1 }
                continuation.resume(returning: value)
            }
        }
    }
}
