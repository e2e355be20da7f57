import Dispatch

/// Runs blocking, CPU-heavy work (loading a programme, the analysis) on one of Dispatch's threads
/// rather than on Swift concurrency's cooperative pool, which has a thread per core and must never
/// wait: a server keeps answering other requests meanwhile.
package enum BlockingWork {
    /// The result of `body`, run on a Dispatch thread.
    package static func run<Value: Sendable, Failure: Error>(_ body: @escaping @Sendable () throws(Failure) -> Value) async throws(Failure) -> Value {
        let result: Result<Value, Failure> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(Failure) in try body() })
            }
        }
        return try result.get()
    }
}
