import Foundation

/// Runs a producer (parsing, checking) on a thread of its own and hands what it makes to the
/// calling thread (decoding, writing) in batches, so the two run at the same time on two cores.
///
/// The producer waits while `capacity` batches lie unread, so a large input never piles up in
/// memory; the consumer waits while none is ready. The consumer must call `finish()` when it is
/// done, early or not: it tells the producer to give up at its next hand-over and waits until it
/// has, so nothing the producer reads is freed under it.
package final class BatchChannel<Element, Failure: Error>: @unchecked Sendable {
    /// The producer's end: collects elements into batches and hands each over when full.
    package struct Producer {
        fileprivate let channel: BatchChannel
        // A copy, so that adding an element touches nothing the consumer's thread reads.
        fileprivate let batchSize: Int
        fileprivate var batch: [Element] = []

        /// Adds `element`; returns `false` when the consumer has stopped, so production should stop too.
        package mutating func yield(_ element: consuming Element) -> Bool {
            batch.append(element)
            guard batch.count == batchSize else { return true }
            defer { batch.removeAll(keepingCapacity: true) }
            return channel.handOver(batch, end: nil)
        }
    }

    private enum End {
        case finished
        case failed(Failure)
    }

    private struct Batch {
        var elements: [Element]
        var end: End?
    }

    private let batchSize: Int
    private let capacity: Int
    private let condition = NSCondition()
    // Shared between the threads, under `condition`.
    private var waiting: [Batch] = []
    private var cancelled = false
    private var producerFinished = false
    // The consumer's own: the batch being read, and how the stream ended once the last batch arrived.
    // Touched for every element by the consumer's thread alone, so without run-time exclusivity checks.
    @exclusivity(unchecked) private var current: [Element] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var end: End?
    private var finished = false

    /// Starts `produce` on a new thread. It returns `nil` when it has made everything, or the
    /// failure that ended it; what it yielded before a failure is still delivered first.
    package init(batchSize: Int = 4096, capacity: Int = 4, produce: @escaping @Sendable (inout Producer) -> Failure?) {
        self.batchSize = batchSize
        self.capacity = capacity
        let thread = Thread { [self] in
            var producer = Producer(channel: self, batchSize: batchSize)
            producer.batch.reserveCapacity(batchSize)
            let failure = produce(&producer)
            _ = handOver(producer.batch, end: failure.map(End.failed) ?? .finished)
            condition.lock()
            producerFinished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next element, `nil` once everything has been read, or the producer's failure (once).
    package func next() throws(Failure) -> Element? {
        while position == current.count {
            switch end {
            case .finished:
                return nil
            case .failed(let failure):
                end = .finished
                throw failure
            case nil:
                let batch = receive()
                (current, position, end) = (batch.elements, 0, batch.end)
            }
        }
        position += 1
        return current[position - 1]
    }

    /// Stops the producer, if it is still running, and waits until it has finished. Safe to call more than once.
    package func finish() {
        guard !finished else { return }
        finished = true
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        while !producerFinished { condition.wait() }
        condition.unlock()
    }

    /// Hands a batch over, waiting for room; `false` when the consumer has stopped.
    private func handOver(_ elements: [Element], end: End?) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        waiting.append(Batch(elements: elements, end: end))
        condition.broadcast()
        return true
    }

    private func receive() -> Batch {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }
}
