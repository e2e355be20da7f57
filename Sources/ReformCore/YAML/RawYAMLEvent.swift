/// An event as the parsing thread hands it over, before a scalar's text is made a `String`.
///
/// Making strings was a sixth of the parsing thread's work, and that thread sets the pace of
/// loading. Most values read exactly as they are written in the file, so such a scalar is handed
/// over as where its bytes lie in the file, and the decoding thread, which has time to spare,
/// makes the string. Anything else is handed over whole.
enum RawYAMLEvent: Sendable {
    /// An event needing nothing from the file: every event but a scalar, and a scalar whose
    /// value differs from its bytes in the file (an escape, a folded line).
    case event(YAMLEvent)
    /// A scalar whose value is the `count` bytes of the file from `start`.
    case scalarInFile(start: Int, count: Int, position: SourcePosition, isPlain: Bool)

    /// The event, with a scalar's text read from `file`, the bytes the parser read.
    func event(in file: UnsafeBufferPointer<UInt8>) -> YAMLEvent {
        switch self {
        case .event(let event):
            return event
        case .scalarInFile(let start, let count, let position, let isPlain):
            let text = String(decoding: UnsafeBufferPointer(rebasing: file[start..<(start + count)]), as: UTF8.self)
            return .scalar(YAMLScalar(value: text, position: position, isPlain: isPlain))
        }
    }
}
