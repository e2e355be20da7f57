import Foundation
import Testing
@testable import ReformCore

/// The two-core helpers the loader and the import stand on: what each end sees when the other stops.
@Suite("Handing work between two threads")
struct ConcurrencyTests {
    private struct Broken: Error, Equatable {
        let after: Int
    }

    @Test("everything produced reaches the consumer in order, across batches, then the end")
    func deliversInOrder() throws {
        let channel = BatchChannel<Int, Broken>(batchSize: 4, capacity: 2) { out in
            for value in 0..<1_001 { guard out.yield(value) else { return nil } }
            return nil
        }
        defer { channel.finish() }
        var received: [Int] = []
        while let value = try channel.next() { received.append(value) }
        #expect(received == Array(0..<1_001))
        #expect(try channel.next() == nil)
    }

    @Test("a failure after a partial batch comes after every element made before it, once")
    func failureAfterPartialBatch() throws {
        let channel = BatchChannel<Int, Broken>(batchSize: 4, capacity: 2) { out in
            for value in 0..<10 { _ = out.yield(value) }
            return Broken(after: 10)
        }
        defer { channel.finish() }
        var received: [Int] = []
        #expect(throws: Broken(after: 10)) {
            while let value = try channel.next() { received.append(value) }
        }
        #expect(received == Array(0..<10))
        #expect(try channel.next() == nil)
    }

    @Test("finishing early stops a producer that would run for ever, and returns once it has stopped")
    func earlyFinishStopsTheProducer() throws {
        let stopped = Flag()
        let channel = BatchChannel<Int, Broken>(batchSize: 8, capacity: 1) { out in
            var value = 0
            while out.yield(value) { value += 1 }
            stopped.set()
            return nil
        }
        #expect(try channel.next() == 0)
        channel.finish()
        #expect(stopped.isSet)
    }

    @Test("finishing twice, or after the end, is harmless")
    func secondFinish() throws {
        let channel = BatchChannel<Int, Broken>(batchSize: 2) { out in
            _ = out.yield(1)
            return nil
        }
        while try channel.next() != nil {}
        channel.finish()
        channel.finish()
        #expect(try channel.next() == nil)
    }

    @Test("both pieces of work run, one of them on another thread, and both results come back")
    func parallelBoth() {
        let (first, second) = Parallel.both({ (Thread.isMainThread, (1...1_000).reduce(0, +)) }, { "here" })
        #expect(first.1 == 500_500)
        #expect(!first.0)
        #expect(second == "here")
    }
}

/// A flag one thread sets and another reads.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
