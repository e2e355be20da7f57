import Foundation

/// Reads YAML events with libyaml on a thread of its own, so that parsing and decoding run at
/// the same time on two cores.
///
/// It gives exactly the events and errors a `LibYAMLReader` would, in the same order; only the
/// work is split. Parsing runs ahead by at most a few batches, so memory stays bounded, and
/// `finish()` stops it early when the decoder has seen enough (a top level that is not a
/// mapping, too many errors). The bytes must stay alive until `finish()` returns.
final class PipelinedYAMLReader {
    private typealias EventBatchChannel = BatchChannel<YAMLEvent, YAMLSyntaxError>
    private let channel: EventBatchChannel
    private var batch: [YAMLEvent] = []
    private var index = 0
    private var end: YAMLSyntaxError??
    private var finished = false

    /// Starts parsing `bytes` in the background, `batchSize` events to a hand-over.
    init(bytes: UnsafeBufferPointer<UInt8>, limits: LoaderLimits, batchSize: Int = 4096) {
        let channel = EventBatchChannel(capacity: 4)
        self.channel = channel
        let input = UncheckedSendableBytes(bytes: bytes)
        let thread = Thread {
            Self.produce(input.bytes, limits: limits, batchSize: batchSize, into: channel)
            channel.markProducerFinished()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        finish()
    }

    /// The next event, or the syntax error or limit that ended the stream. After `streamEnd` it keeps returning `streamEnd`.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        while index == batch.count {
            if let end {
                if let error = end {
                    self.end = .some(nil)
                    throw error
                }
                return .streamEnd
            }
            let received = channel.receive()
            batch = received.elements
            index = 0
            end = received.end
        }
        index += 1
        return batch[index - 1]
    }

    /// Stops the parsing thread, if it is still running, and waits for it. Safe to call more than once.
    func finish() {
        guard !finished else { return }
        finished = true
        channel.cancelAndWaitForProducer()
    }

    private static func produce(_ bytes: UnsafeBufferPointer<UInt8>, limits: LoaderLimits, batchSize: Int, into channel: EventBatchChannel) {
        let reader = LibYAMLReader(bytes: bytes, limits: limits)
        var events: [YAMLEvent] = []
        events.reserveCapacity(batchSize)
        while true {
            do {
                let event = try reader.next()
                events.append(event)
                if case .streamEnd = event {
                    _ = channel.send(.init(elements: events, end: .some(nil)))
                    return
                }
            } catch {
                _ = channel.send(.init(elements: events, end: .some(error)))
                return
            }
            if events.count == batchSize {
                guard channel.send(.init(elements: events, end: nil)) else { return }
                events = []
                events.reserveCapacity(batchSize)
            }
        }
    }
}

/// The file's bytes, handed to the parsing thread. Sound because the loader keeps them alive and
/// unchanged until the reader has finished, and the parsing thread only reads them.
private struct UncheckedSendableBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}
