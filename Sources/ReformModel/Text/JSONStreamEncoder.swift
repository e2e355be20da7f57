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
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The JSON text of `value`. Values that write themselves (`JSONStreamWritable`) do so,
    /// wherever they are met; everything else goes through its `encode(to:)`.
    ///
    /// - Parameter capacity: the room reserved at the start, in bytes; a good guess saves copying as the text grows.
    /// - Throws: `EncodingError.invalidValue` for a number JSON cannot hold (infinity, NaN), or
    ///   whatever the value's own `encode(to:)` throws.
    public func encode<Value: Encodable>(_ value: Value, capacity: Int = 1 << 16) throws -> [UInt8] {
        let sink = JSONByteSink(capacity: capacity)
        try sink.writeValue(value)
        return sink.writer.bytes
    }
}

extension JSONWriter {
    /// Writes any value as `JSONStreamEncoder` would, into this writer: a value that writes
    /// itself does so, anything else goes through its `encode(to:)`. For documents put together
    /// in parts, such as a report request whose programme is written before its analysis exists.
    public mutating func encodable(_ value: some Encodable) throws {
        // The sink takes this writer's bytes for the call and gives them back, so nothing is copied.
        let sink = JSONByteSink(capacity: 0)
        swap(&self, &sink.writer)
        defer { swap(&self, &sink.writer) }
        try sink.writeValue(value)
    }
}

/// The writer the `Encoder` side writes into, shared by every container of one encoding.
final class JSONByteSink {
    var writer: JSONWriter

    init(capacity: Int = 1 << 16) {
        writer = JSONWriter(capacity: capacity)
    }

    /// Writes any value: through `writeJSON` where it writes itself, else through its `encode(to:)`.
    /// Either way a comma is due before whatever the writer writes next, as after any value it writes.
    func writeValue<Value: Encodable>(_ value: Value) throws {
        defer { writer.endValue() }
        if let writable = value as? any JSONStreamWritable {
            writable.writeJSON(to: &writer)
        } else if let dictionary = value as? any SortedKeyEncodable {
            try dictionary.encodeSortedKeys(to: self)
        } else {
            let encoder = JSONStreamValueEncoder(sink: self)
            try value.encode(to: encoder)
            encoder.finish()
        }
    }

    /// Writes a number with a fraction, refusing what JSON cannot hold.
    func writeFloatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number, path: [any CodingKey]) throws {
        guard writer.floatingPoint(value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) cannot be written as a JSON number"))
        }
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
        sink.writer.beginObject()
        for key in keys.sorted() {
            sink.writer.key(key)
            try sink.writeValue(self[key]!)
        }
        sink.writer.endObject()
    }
}
