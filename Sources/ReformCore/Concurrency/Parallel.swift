import Dispatch
import Foundation

/// Runs two independent pieces of work at the same time, one on another thread, on the machine's
/// second core: the loader's checks of a large file split this way, and a report's request is
/// written while its analysis is computed.
package enum Parallel {
    /// The results of `first` (run on a thread of its own) and `second` (run on this one), once both have finished.
    ///
    /// `first` gets a new thread, never one of Dispatch's global pool: the caller is often a pool
    /// thread itself (`BlockingWork`), and a pool whose every thread waits here for work queued
    /// behind them would stall every caller until Dispatch grew the pool (seen as loads taking
    /// seconds when many ran at once).
    package static func both<First: Sendable, Second>(_ first: @escaping @Sendable () -> First, _ second: () -> Second) -> (First, Second) {
        let result = ResultSlot<First>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            result.value = first()
            done.signal()
        }
        let other = second()
        done.wait()
        return (result.value!, other)
    }
}

extension Parallel {
    /// Lets `value` go on another thread: freeing what a large file's load leaves behind (its
    /// bytes, the decoder's positions) takes milliseconds that the caller, waiting to answer, need not.
    package static func release<Value>(_ value: consuming Value) {
        let parcel = Parcel(value)
        DispatchQueue.global(qos: .utility).async { parcel.value = nil }
    }
}

/// A value carried to the thread that lets it go; nothing else reads it.
private final class Parcel<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
}

/// Where the other thread leaves its result; read only after `DispatchGroup.wait()`, which orders the two.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
