/// Report runs a server has in hand: at most `concurrent` at once, the rest waiting their turn in
/// order, and at most `maximumWaiting` waiting (past that, try again in a minute). A report run
/// is a child process using a core for seconds; thirty at once used to hold a sign-in up for 25
/// seconds.
public actor ReportQueue {
    private let concurrent: Int
    private let maximumWaiting: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// A queue running `concurrent` reports at once with up to `maximumWaiting` waiting.
    public init(concurrent: Int = 2, maximumWaiting: Int = 20) {
        self.concurrent = max(1, concurrent)
        self.maximumWaiting = maximumWaiting
    }

    /// The value of `body`, run when its turn comes.
    ///
    /// - Throws: `AppError` of kind `busy` when the queue is full, or `body`'s error.
    public func run<Value: Sendable>(_ body: @Sendable () async throws(AppError) -> Value) async throws(AppError) -> Value {
        if running >= concurrent {
            guard waiting.count < maximumWaiting else {
                throw AppError("error: \(running + waiting.count) reports are being made already; try again in a minute", kind: .busy(retryAfter: 60))
            }
            await withCheckedContinuation { waiting.append($0) }
        } else {
            running += 1
        }
        defer {
            // The turn passes straight to the next in line; `running` stays counted for it.
            if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
        }
        return try await body()
    }
}
