import CYAML
import ReformSystem

/// Pulls events from libyaml's parser over a buffer of UTF-8 bytes, enforcing the loader's limits.
///
/// libyaml is the fastest YAML parser to hand and gives the line and column of every value.
/// Aliases and explicit tags are refused, which makes "billion laughs" files fail at their
/// first alias, in bounded memory.
final class LibYAMLReader {
    /// libyaml's parser state, kept outside the object so that passing it to libyaml on every
    /// event is not an access of the object's storage that Swift must check at run time.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: LoaderLimits
    // Touched for every event, by the one thread reading: without run-time exclusivity checks.
    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private var nodes = 0
    @exclusivity(unchecked) private var finished = false
    /// Where scalars start in `bytes`.
    @exclusivity(unchecked) private var offsets: CharacterOffsets

    /// Creates a reader over `bytes`, which must stay alive and unchanged while the reader is used.
    init(bytes: UnsafeBufferPointer<UInt8>, limits: LoaderLimits) {
        self.bytes = bytes
        self.limits = limits
        self.offsets = CharacterOffsets(bytes)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event, or a syntax error. After `streamEnd` it keeps returning `streamEnd`.
    ///
    /// A scalar whose value is its bytes in the file comes as where those bytes are, for the
    /// reading thread to make into a string (see `RawYAMLEvent`).
    func next() throws(YAMLSyntaxError) -> RawYAMLEvent {
        if finished { return .event(.streamEnd) }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            finished = true
            throw syntaxError()
        }
        defer { yaml_event_delete(&event) }
        let position = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .event(.streamStart)
        case YAML_STREAM_END_EVENT:
            finished = true
            return .event(.streamEnd)
        case YAML_DOCUMENT_START_EVENT:
            return .event(.documentStart(position))
        case YAML_DOCUMENT_END_EVENT:
            return .event(.documentEnd(position))
        case YAML_MAPPING_START_EVENT:
            try checkTag(event.data.mapping_start.tag, at: position)
            try enterCollection(at: position)
            return .event(.mappingStart(position))
        case YAML_SEQUENCE_START_EVENT:
            try checkTag(event.data.sequence_start.tag, at: position)
            try enterCollection(at: position)
            return .event(.sequenceStart(position))
        case YAML_MAPPING_END_EVENT:
            depth -= 1
            return .event(.mappingEnd(position))
        case YAML_SEQUENCE_END_EVENT:
            depth -= 1
            return .event(.sequenceEnd(position))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            try checkTag(scalar.tag, at: position)
            try countNode(at: position)
            guard scalar.length <= limits.maxScalarBytes else {
                throw stop(position, "this value is \(scalar.length) bytes long, more than the limit of \(limits.maxScalarBytes) bytes")
            }
            let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
            let value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            if let start = startInFile(of: value, at: event.start_mark.index, isPlain: isPlain) {
                return .scalarInFile(start: start, count: value.count, position: position, isPlain: isPlain)
            }
            return .event(.scalar(YAMLScalar(value: String(decoding: value, as: UTF8.self), position: position, isPlain: isPlain)))
        case YAML_ALIAS_EVENT:
            throw stop(position, "aliases (*name) are not supported in programme files: write the value out in full")
        default:
            throw stop(position, "unexpected YAML event")
        }
    }

    /// Where `value` lies in the file, when the scalar is written exactly as its value reads:
    /// from its first character if plain, else just inside its opening quote. `nil` otherwise
    /// (escapes, folded lines, block scalars), and for an empty value, whose string costs nothing.
    private func startInFile(of value: UnsafeBufferPointer<UInt8>, at character: Int, isPlain: Bool) -> Int? {
        guard let text = value.baseAddress, !value.isEmpty, let source = bytes.baseAddress,
              let first = offsets.byteOffset(ofCharacter: character) else { return nil }
        let start = isPlain ? first : first + 1
        guard start + value.count <= bytes.count else { return nil }
        return memcmp(source + start, text, value.count) == 0 ? start : nil
    }

    private func enterCollection(at position: SourcePosition) throws(YAMLSyntaxError) {
        depth += 1
        guard depth <= limits.maxDepth else {
            throw stop(position, "nesting is deeper than the limit of \(limits.maxDepth) levels (format 1 needs at most 7)")
        }
        try countNode(at: position)
    }

    private func countNode(at position: SourcePosition) throws(YAMLSyntaxError) {
        nodes += 1
        guard nodes <= limits.maxNodes else {
            throw stop(position, "the file has more than \(limits.maxNodes) values, the limit")
        }
    }

    private func checkTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at position: SourcePosition) throws(YAMLSyntaxError) {
        guard let tag else { return }
        let text = String(cString: tag)
        let shown = text.hasPrefix("tag:yaml.org,2002:") ? "!!" + text.dropFirst("tag:yaml.org,2002:".count) : text
        throw stop(position, "tags such as '\(shown)' are not supported in programme files: write plain values")
    }

    private func stop(_ position: SourcePosition, _ message: String) -> YAMLSyntaxError {
        finished = true
        return YAMLSyntaxError(position: position, message: message)
    }

    /// libyaml's own error, with its position and wording made clearer where we can.
    private func syntaxError() -> YAMLSyntaxError {
        let parser = self.parser.pointee
        let mark = parser.problem_mark
        let position = SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        var message: String
        switch parser.error {
        case YAML_READER_ERROR:
            let position = self.position(ofByte: parser.problem_offset)
            if problem.contains("UTF-8") || problem.contains("UTF-16") {
                message = "the file is not valid UTF-8 (\(problem) at byte \(parser.problem_offset)): save it as UTF-8"
            } else if problem.contains("control characters") {
                message = "the file contains a control character (such as a NUL byte) at byte \(parser.problem_offset), which YAML does not allow"
            } else {
                message = "cannot read the file: \(problem)"
            }
            return YAMLSyntaxError(position: position, message: message)
        case YAML_MEMORY_ERROR:
            message = "out of memory while reading the file"
        default:
            message = "YAML syntax error: " + (context.map { "\($0), " } ?? "") + problem
        }
        return YAMLSyntaxError(position: position, message: message)
    }

    /// The line and column of a byte offset; libyaml gives only the offset for encoding errors.
    private func position(ofByte offset: Int) -> SourcePosition {
        var line = 1, column = 1
        for byte in bytes.prefix(min(offset, bytes.count)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
