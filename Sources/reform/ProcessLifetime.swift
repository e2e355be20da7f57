import Foundation

/// Values the command keeps until the process exits, instead of freeing them when it is done.
///
/// A loaded programme of 100,000 actions is a few million small allocations. Freeing them one by
/// one just before the process exits took `reform validate` tens of milliseconds on such a file,
/// for nothing: the system takes back all of a process's memory at once when it ends. (Compilers
/// skip this freeing for the same reason.) Only what lives until the command finishes belongs
/// here; a long-lived process would never free it.
enum ProcessLifetime {
    private static let kept = KeptValues()

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: some Sendable) {
        kept.append(value)
    }
}

/// The values kept, behind a lock so that keeping is safe from any thread.
private final class KeptValues: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [any Sendable] = []

    func append(_ value: any Sendable) {
        lock.lock()
        defer { lock.unlock() }
        values.append(value)
    }
}
