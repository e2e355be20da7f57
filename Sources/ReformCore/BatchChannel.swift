import Foundation

/// A bounded hand-over of batches from a thread that produces (parses, checks) to the thread
/// that consumes (decodes, writes), so the two run at the same time on two cores.
///
/// The producer blocks while `capacity` batches wait unread, so a large input never piles up in
/// memory; the consumer blocks while none is ready. The consumer may stop early:
/// `cancelAndWaitForProducer()` tells the producer to give up at its next hand-over.
final class BatchChannel<Element, Failure: Error>: @unchecked Sendable {
    /// One hand-over: elements in order, and whether (and how) the stream ended after them.
    struct Batch {
        var elements: [Element]
        /// Set on the last batch: `nil` when the stream ended normally, else the error that ended it.
        var end: Failure??
    }

    private let condition = NSCondition()
    private var waiting: [Batch] = []
    private let capacity: Int
    private var cancelled = false
    private var producerFinished = false

    /// Creates a channel holding at most `capacity` unread batches.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Hands `batch` over, waiting for room. Returns `false` when the consumer has cancelled, so the producer should stop.
    func send(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for one.
    func receive() -> Batch {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Called by the producer as its very last act, after which it touches nothing shared.
    func markProducerFinished() {
        condition.lock()
        producerFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer at its next hand-over and waits until it has finished.
    func cancelAndWaitForProducer() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        while !producerFinished { condition.wait() }
        condition.unlock()
    }
}
