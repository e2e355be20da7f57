/// JSON text read once into a flat list of its values, each knowing where its text lies and
/// where the next value starts, so a decoder can find any member without building dictionaries.
///
/// Reading checks the whole text against RFC 8259 (UTF-8 included) before anything is decoded,
/// so decoding never meets broken JSON half way. Objects list their members in the text's order:
/// each key (a string value) followed by its value.
struct JSONTape {
    enum Kind: UInt8 {
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    /// One value. A string's text excludes its quotes; a container's `end` is the index of the
    /// value after everything inside it, and `count` its members or elements.
    struct Value {
        var kind: Kind
        var count: UInt32
        var start: Int
        var end: Int

        /// The index of the value after this one, at `index`, and everything inside it.
        @inline(__always)
        func next(at index: Int) -> Int {
            kind == .object || kind == .array ? end : index + 1
        }
    }

    /// Where the text is not JSON, by line and column (counted in bytes from 1) and byte offset.
    struct SyntaxError: Error, CustomStringConvertible {
        let offset: Int
        let line: Int
        let column: Int
        let message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The text's values in order, the first being the whole document.
    private(set) var values: [Value] = []

    /// How deep arrays and objects may nest: deeper text is refused rather than followed.
    static let maxDepth = 512

    /// Reads `bytes`, which must outlive the tape's use (values point into them).
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) {
        var reader = Reader(bytes: bytes)
        values.reserveCapacity(bytes.count / 8)
        try reader.readDocument(into: &values)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func readDocument(into values: inout [Value]) throws(SyntaxError) {
            skipSpace()
            // Open containers, innermost last: their places in `values`.
            var open: [Int] = []
            try readValue(into: &values, open: &open)
            while let container = open.last {
                skipSpace()
                let isObject = values[container].kind == .object
                guard index < bytes.count else { throw failure(isObject ? "the object is not closed with '}'" : "the list is not closed with ']'") }
                let byte = bytes[index]
                if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    values[container].end = values.count
                    open.removeLast()
                    continue
                }
                if values[container].count > 0 {
                    guard byte == UInt8(ascii: ",") else {
                        throw failure(isObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after a list element")
                    }
                    index += 1
                    skipSpace()
                }
                values[container].count += 1
                if isObject {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a member's name in double quotes") }
                    try readString(into: &values)
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after a member's name") }
                    index += 1
                    skipSpace()
                }
                try readValue(into: &values, open: &open)
            }
            skipSpace()
            guard index == bytes.count else { throw failure("unexpected text after the JSON value") }
        }

        /// Reads one value; a container is opened and left for the loop above to fill.
        private mutating func readValue(into values: inout [Value], open: inout [Int]) throws(SyntaxError) {
            guard index < bytes.count else { throw failure("expected a value, found the end of the text") }
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard open.count < JSONTape.maxDepth else { throw failure("lists and objects nest deeper than \(JSONTape.maxDepth) levels") }
                let kind: Kind = bytes[index] == UInt8(ascii: "{") ? .object : .array
                open.append(values.count)
                values.append(Value(kind: kind, count: 0, start: index, end: 0))
                index += 1
                skipSpace()
                // An empty container closes at once; the loop sees its closing bracket.
            case UInt8(ascii: "\""):
                try readString(into: &values)
            case UInt8(ascii: "t"):
                try literal("true", .true, into: &values)
            case UInt8(ascii: "f"):
                try literal("false", .false, into: &values)
            case UInt8(ascii: "n"):
                try literal("null", .null, into: &values)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try readNumber(into: &values)
            default:
                throw failure("expected a value (an object, list, string, number, true, false or null)")
            }
        }

        private mutating func literal(_ word: StaticString, _ kind: Kind, into values: inout [Value]) throws(SyntaxError) {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count, (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] }) else {
                throw failure("expected '\(word)'")
            }
            values.append(Value(kind: kind, count: 0, start: index, end: index + count))
            index += count
        }

        private mutating func readNumber(into values: inout [Value]) throws(SyntaxError) {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw failure("expected a digit in the number") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, isDigit(bytes[index]) { throw failure("a number cannot start with 0 followed by more digits") }
            } else {
                skipDigits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else { throw failure("expected a digit after the decimal point") }
                skipDigits()
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard index < bytes.count, isDigit(bytes[index]) else { throw failure("expected a digit in the exponent") }
                skipDigits()
            }
            values.append(Value(kind: .number, count: 0, start: start, end: index))
        }

        /// Reads a string from its opening quote, checking its escapes and its UTF-8.
        private mutating func readString(into values: inout [Value]) throws(SyntaxError) {
            index += 1
            let start = index
            var escaped = false
            while true {
                guard index < bytes.count else { throw failure("the string is not closed with '\"'") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    index += 1
                    guard index < bytes.count else { throw failure("the string is not closed with '\"'") }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        guard index + 4 < bytes.count, (1...4).allSatisfy({ JSONTape.hexValue(bytes[index + $0]) != nil }) else {
                            throw failure("expected four hexadecimal digits after '\\u'")
                        }
                        index += 5
                    default:
                        throw failure("'\\\(Character(Unicode.Scalar(bytes[index])))' is not a JSON escape")
                    }
                } else if byte < 0x20 {
                    throw failure("a control character must be escaped inside a string")
                } else if byte < 0x80 {
                    index += 1
                } else {
                    try skipUTF8Sequence()
                }
            }
            values.append(Value(kind: escaped ? .escapedString : .string, count: 0, start: start, end: index))
            index += 1
        }

        /// Passes one multi-byte UTF-8 sequence, refusing overlong forms, surrogates and values past U+10FFFF.
        private mutating func skipUTF8Sequence() throws(SyntaxError) {
            let lead = bytes[index]
            let length: Int, lower: UInt8, upper: UInt8
            switch lead {
            case 0xC2...0xDF: (length, lower, upper) = (2, 0x80, 0xBF)
            case 0xE0: (length, lower, upper) = (3, 0xA0, 0xBF)
            case 0xED: (length, lower, upper) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (length, lower, upper) = (3, 0x80, 0xBF)
            case 0xF0: (length, lower, upper) = (4, 0x90, 0xBF)
            case 0xF4: (length, lower, upper) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (length, lower, upper) = (4, 0x80, 0xBF)
            default: throw failure("the text is not valid UTF-8")
            }
            guard index + length <= bytes.count, (lower...upper).contains(bytes[index + 1]),
                  (2..<length).allSatisfy({ bytes[index + $0] & 0xC0 == 0x80 }) else {
                throw failure("the text is not valid UTF-8")
            }
            index += length
        }

        private mutating func skipDigits() {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
                default: return
                }
            }
        }

        private func isDigit(_ byte: UInt8) -> Bool {
            byte &- UInt8(ascii: "0") < 10
        }

        private func failure(_ message: String) -> SyntaxError {
            var line = 1, lineStart = 0
            for position in 0..<min(index, bytes.count) where bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            return SyntaxError(offset: index, line: line, column: index - lineStart + 1, message: message)
        }
    }
}

extension JSONTape {
    /// The value of one hexadecimal digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
