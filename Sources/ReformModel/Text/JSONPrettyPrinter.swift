/// Lays out compact JSON as Foundation's `JSONEncoder` lays it out with `.prettyPrinted` and
/// `.sortedKeys`: two spaces a level, `"key" : value`, an empty array or object as `[` and `]` with
/// an empty line between, and every object's members in the byte order of their keys.
///
/// The `--json` shapes are written with `JSONStreamEncoder` (one pass, no tree) and laid out here,
/// so that a status of 100,000 actions takes a fraction of the time and memory Foundation's tree
/// takes, and gives the very bytes it gave (`JSONOutputTests` holds the two side by side).
/// Scalars are copied as they are: the stream encoder already escapes strings as Foundation does.
public enum JSONPrettyPrinter {
    /// `json`, which must be valid JSON (as `JSONStreamEncoder` writes it), laid out.
    public static func format(_ json: [UInt8]) -> [UInt8] {
        var whole: [UInt8] = []
        whole.reserveCapacity(json.count * 2)
        format(json, chunkSize: .max) { whole.append(contentsOf: $0) }
        return whole
    }

    /// `json` laid out and handed to `emit` a piece of about `chunkSize` bytes at a time, so that
    /// a command can print a 100 MB status without holding it: the pieces, joined, are `format(json)`.
    public static func format(_ json: [UInt8], chunkSize: Int, emit: ([UInt8]) -> Void) {
        json.withUnsafeBufferPointer { input in
            withoutActuallyEscaping(emit) { emit in
                var layout = Layout(input: input, chunkSize: chunkSize, emit: emit)
                _ = layout.value(at: layout.skipSpace(0), depth: 0)
                if !layout.output.isEmpty { emit(layout.output) }
            }
        }
    }

    private struct Layout {
        let input: UnsafeBufferPointer<UInt8>
        let chunkSize: Int
        let emit: ([UInt8]) -> Void
        var output: [UInt8] = []
        /// The members of the objects being written, innermost last.
        private var members: [Member] = []

        init(input: UnsafeBufferPointer<UInt8>, chunkSize: Int, emit: @escaping ([UInt8]) -> Void) {
            (self.input, self.chunkSize, self.emit) = (input, chunkSize, emit)
            output.reserveCapacity(chunkSize == .max ? input.count * 2 : chunkSize + 4096)
        }

        /// Hands what is laid out so far to `emit` once a piece is full.
        private mutating func flushIfFull() {
            guard output.count >= chunkSize else { return }
            emit(output)
            output.removeAll(keepingCapacity: true)
        }

        /// Writes the value starting at `start` and returns the index just after it.
        mutating func value(at start: Int, depth: Int) -> Int {
            switch input[start] {
            case UInt8(ascii: "{"): return object(at: start, depth: depth)
            case UInt8(ascii: "["): return array(at: start, depth: depth)
            default:
                let end = Self.endOfScalar(input, from: start)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))
                return end
            }
        }

        private mutating func array(at start: Int, depth: Int) -> Int {
            output.append(UInt8(ascii: "["))
            output.append(UInt8(ascii: "\n"))
            var index = skipSpace(start + 1)
            if input[index] == UInt8(ascii: "]") {
                output.append(UInt8(ascii: "\n"))
                indent(depth)
                output.append(UInt8(ascii: "]"))
                return index + 1
            }
            while true {
                flushIfFull()
                indent(depth + 1)
                index = skipSpace(value(at: index, depth: depth + 1))
                if input[index] == UInt8(ascii: ",") {
                    output.append(UInt8(ascii: ","))
                    output.append(UInt8(ascii: "\n"))
                    index = skipSpace(index + 1)
                } else {
                    output.append(UInt8(ascii: "\n"))
                    indent(depth)
                    output.append(UInt8(ascii: "]"))
                    return index + 1
                }
            }
        }

        private struct Member {
            var key: Range<Int>
            var value: Int
        }

        private mutating func object(at start: Int, depth: Int) -> Int {
            output.append(UInt8(ascii: "{"))
            output.append(UInt8(ascii: "\n"))
            // The members are found first (each value skipped), then written in the order of their
            // keys. They are kept on one stack shared by every object, so an object costs no allocation.
            let base = members.count
            var index = skipSpace(start + 1)
            while input[index] != UInt8(ascii: "}") {
                let keyEnd = Self.endOfScalar(input, from: index)
                let valueStart = skipSpace(skipSpace(keyEnd) + 1)
                members.append(Member(key: index..<keyEnd, value: valueStart))
                index = skipSpace(Self.endOfValue(input, from: valueStart))
                if input[index] == UInt8(ascii: ",") { index = skipSpace(index + 1) }
            }
            let end = members.count
            if base == end {
                output.append(UInt8(ascii: "\n"))
            } else {
                let input = input
                if !(base..<(end - 1)).allSatisfy({ Self.precedes(members[$0].key, members[$0 + 1].key, input) }) {
                    members[base..<end].sort { Self.precedes($0.key, $1.key, input) }
                }
                for position in base..<end {
                    flushIfFull()
                    indent(depth + 1)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[members[position].key]))
                    output.append(UInt8(ascii: " "))
                    output.append(UInt8(ascii: ":"))
                    output.append(UInt8(ascii: " "))
                    _ = value(at: members[position].value, depth: depth + 1)
                    if position < end - 1 { output.append(UInt8(ascii: ",")) }
                    output.append(UInt8(ascii: "\n"))
                }
                members.removeSubrange(base...)
            }
            indent(depth)
            output.append(UInt8(ascii: "}"))
            return index + 1
        }

        private mutating func indent(_ depth: Int) {
            for _ in 0..<(2 * depth) { output.append(UInt8(ascii: " ")) }
        }

        func skipSpace(_ start: Int) -> Int {
            var index = start
            while index < input.count, Self.isSpace(input[index]) { index += 1 }
            return index
        }

        /// Whether key `first` sorts before `second` as Foundation sorts keys: by their text's UTF-8
        /// bytes, with any escape undone (compared in place when neither has one, as is usual).
        private static func precedes(_ first: Range<Int>, _ second: Range<Int>, _ input: UnsafeBufferPointer<UInt8>) -> Bool {
            let (one, other) = (input[(first.lowerBound + 1)..<(first.upperBound - 1)], input[(second.lowerBound + 1)..<(second.upperBound - 1)])
            guard one.contains(UInt8(ascii: "\\")) || other.contains(UInt8(ascii: "\\")) else { return one.lexicographicallyPrecedes(other) }
            return unescaped(Array(one)).lexicographicallyPrecedes(unescaped(Array(other)))
        }

        /// The bytes of a JSON string's text with its escapes undone (`\uD83D\uDE00` pairs included).
        private static func unescaped(_ text: [UInt8]) -> [UInt8] {
            var scalars = String.UnicodeScalarView()
            var index = 0
            func hex(_ at: Int) -> UInt32 { UInt32(String(decoding: text[at..<min(at + 4, text.count)], as: UTF8.self), radix: 16) ?? 0xFFFD }
            while index < text.count {
                guard text[index] == UInt8(ascii: "\\"), index + 1 < text.count else {
                    // Bytes outside escapes are kept whole: decoded scalar by scalar below.
                    let start = index
                    while index < text.count, text[index] != UInt8(ascii: "\\") { index += 1 }
                    scalars.append(contentsOf: String(decoding: text[start..<index], as: UTF8.self).unicodeScalars)
                    continue
                }
                let escaped = text[index + 1]
                index += 2
                switch escaped {
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var value = hex(index)
                    index += 4
                    if (0xD800..<0xDC00).contains(value), index + 5 < text.count, text[index] == UInt8(ascii: "\\"), text[index + 1] == UInt8(ascii: "u") {
                        let low = hex(index + 2)
                        if (0xDC00..<0xE000).contains(low) {
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                            index += 6
                        }
                    }
                    scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                default: scalars.append(Unicode.Scalar(escaped))
                }
            }
            return Array(String(scalars).utf8)
        }

        /// The index after a string, number, `true`, `false` or `null` starting at `start`.
        private static func endOfScalar(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var index = start + 1
            if input[start] == UInt8(ascii: "\"") {
                while input[index] != UInt8(ascii: "\"") { index += input[index] == UInt8(ascii: "\\") ? 2 : 1 }
                return index + 1
            }
            while index < input.count, !Self.endsScalar(input[index]) { index += 1 }
            return index
        }

        private static func endsScalar(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || isSpace(byte)
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
        }

        /// The index after the value starting at `start`, nested objects and arrays included.
        private static func endOfValue(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard input[start] == UInt8(ascii: "{") || input[start] == UInt8(ascii: "[") else { return endOfScalar(input, from: start) }
            var depth = 0
            var index = start
            while true {
                switch input[index] {
                case UInt8(ascii: "\""):
                    index = endOfScalar(input, from: index)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
        }
    }
}
