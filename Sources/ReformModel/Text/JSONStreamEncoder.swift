/// Encodes an `Encodable` value as compact JSON bytes in one pass, writing as it goes.
///
/// Foundation's `JSONEncoder` first builds a tree of the whole value and then writes it; for a
/// report request of a large programme (over 100 MB of JSON) that tree costs seconds and
/// gigabytes. This encoder writes each value the moment it is encoded. Its output is JSON that
/// any reader accepts and that decodes to the same value; keys come in the order the type
/// encodes them, and the keys of a `[String: Value]` dictionary are sorted, so equal values
/// always give identical bytes.
public struct JSONStreamEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// `text` as a JSON string literal, quoted and escaped: the one place JSON strings are escaped.
    public static func quoted(_ text: String) -> String {
        let sink = JSONByteSink(capacity: text.utf8.count + 2)
        sink.writeString(text)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// The JSON text of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a number JSON cannot hold (infinity, NaN), or
    ///   whatever the value's own `encode(to:)` throws.
    public func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let sink = JSONByteSink()
        try sink.writeValue(value)
        return sink.bytes
    }
}

/// The bytes written so far, and the writing of single values.
final class JSONByteSink {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes any value: the common leaf types directly, everything else through its `encode(to:)`.
    func writeValue<Value: Encodable>(_ value: Value) throws {
        if Value.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if let dictionary = value as? any SortedKeyEncodable {
            try dictionary.encodeSortedKeys(to: self)
        } else {
            let encoder = JSONStreamValueEncoder(sink: self)
            try value.encode(to: encoder)
            encoder.finish()
        }
    }

    /// Writes `string` as a JSON string, escaping quotes, backslashes and control characters.
    func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var clean = utf8.startIndex
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                writeEscape(byte)
                clean = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func writeEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// Writes a whole number in decimal.
    func writeInteger<Integer: BinaryInteger>(_ value: Integer) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Writes a number with a fraction, refusing what JSON cannot hold.
    func writeFloatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number, path: [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) cannot be written as a JSON number"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes `true` or `false`.
    func writeBool(_ value: Bool) {
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    /// Writes `null`.
    func writeNull() {
        bytes.append(contentsOf: "null".utf8)
    }
}

/// A dictionary with text keys, which the stream encoder writes with its keys sorted.
///
/// `Dictionary`'s own `encode(to:)` follows its storage order, which differs from run to run;
/// sorting keeps equal values equal bytes.
protocol SortedKeyEncodable {
    func encodeSortedKeys(to sink: JSONByteSink) throws
}

extension Dictionary: SortedKeyEncodable where Key == String, Value: Encodable {
    func encodeSortedKeys(to sink: JSONByteSink) throws {
        sink.bytes.append(UInt8(ascii: "{"))
        for (offset, key) in keys.sorted().enumerated() {
            if offset > 0 { sink.bytes.append(UInt8(ascii: ",")) }
            sink.writeString(key)
            sink.bytes.append(UInt8(ascii: ":"))
            try sink.writeValue(self[key]!)
        }
        sink.bytes.append(UInt8(ascii: "}"))
    }
}
