import NIOCore

/// Rows in `COPY … FROM STDIN`'s text format: fields separated by tabs, rows ended by newlines,
/// `\N` for NULL, and a backslash before any tab, newline, carriage return or backslash in a value.
struct PostgresCopyText {
    /// The rows written so far and not yet sent.
    var buffer: ByteBuffer
    private var fieldsInRow = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// Appends a text field, or NULL.
    mutating func field(_ text: String?) {
        separate()
        guard var text else {
            buffer.writeStaticString("\\N")
            return
        }
        text.withUTF8 { bytes in
            // Most values need no escaping: copy them whole.
            guard bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else {
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }

    /// Appends a number, or NULL.
    mutating func field<Number: BinaryInteger>(_ number: Number?) {
        guard let number else { return field(nil as String?) }
        separate()
        buffer.writeString(String(number))
    }

    /// Appends a value in the text format: a number's digits, `t` or `f`, bytes as `\\x` and hex.
    mutating func field(_ value: SQLValue) {
        switch value {
        case .null: field(nil as String?)
        case .integer(let number): field(number)
        case .text(let text): field(text)
        case .boolean(let truth): field(truth ? "t" : "f")
        case .blob(let bytes):
            let digits = Array("0123456789abcdef".utf8)
            separate()
            buffer.writeStaticString("\\\\x")
            for byte in bytes { buffer.writeBytes([digits[Int(byte >> 4)], digits[Int(byte & 15)]]) }
        }
    }

    /// Ends the row.
    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    private mutating func separate() {
        if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }
}
