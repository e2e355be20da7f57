import Dispatch

/// Runs two independent pieces of work at the same time, one on another thread, on the machine's
/// second core: the loader's checks of a large file split this way, and a report's request is
/// written while its analysis is computed.
package enum Parallel {
    /// The results of `first` (run on another thread) and `second` (run on this one), once both have finished.
    package static func both<First: Sendable, Second>(_ first: @escaping @Sendable () -> First, _ second: () -> Second) -> (First, Second) {
        let result = ResultSlot<First>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { result.value = first() }
        let other = second()
        group.wait()
        return (result.value!, other)
    }
}

/// Where the other thread leaves its result; read only after `DispatchGroup.wait()`, which orders the two.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
