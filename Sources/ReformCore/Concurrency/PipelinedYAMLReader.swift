/// Reads YAML events with libyaml on a thread of its own, so that parsing and decoding run at
/// the same time on two cores. The strings of scalars are made on the calling thread, which has
/// time to spare, from the file's bytes (see `RawYAMLEvent`).
///
/// It gives exactly the events and errors a `LibYAMLReader` would, in the same order; only the
/// work is split. Parsing runs ahead by at most a few batches, so memory stays bounded, and
/// `finish()` stops it early when the decoder has seen enough (a top level that is not a
/// mapping, too many errors). The bytes must stay alive until `finish()` returns.
final class PipelinedYAMLReader {
    private let channel: BatchChannel<RawYAMLEvent, YAMLSyntaxError>
    private let bytes: UnsafeBufferPointer<UInt8>

    /// Starts parsing `bytes` in the background.
    init(bytes: UnsafeBufferPointer<UInt8>, limits: LoaderLimits) {
        self.bytes = bytes
        let input = UncheckedSendableBytes(bytes: bytes)
        channel = BatchChannel { events in
            let reader = LibYAMLReader(bytes: input.bytes, limits: limits)
            while true {
                do throws(YAMLSyntaxError) {
                    let event = try reader.next()
                    guard events.yield(event) else { return nil } // the decoder has stopped
                    if case .event(.streamEnd) = event { return nil }
                } catch {
                    return error
                }
            }
        }
    }

    /// The next event, or the syntax error or limit that ended the stream. After `streamEnd` it keeps returning `streamEnd`.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        try channel.next()?.event(in: bytes) ?? .streamEnd
    }

    /// Stops the parsing thread, if it is still running, and waits for it. Safe to call more than once.
    func finish() {
        channel.finish()
    }
}

/// The file's bytes, handed to the parsing thread. Sound because the loader keeps them alive and
/// unchanged until the reader has finished, and the parsing thread only reads them.
private struct UncheckedSendableBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}
