/// A value that writes its own JSON, without the `Encoder` machinery.
///
/// A request for a large programme holds hundreds of thousands of actions, dates and
/// assessments; going through `Encodable`'s containers for each costs most of the time it takes
/// to write the request. The few types that come in such numbers conform to this as well as to
/// `Encodable`, and `JSONStreamEncoder` uses it wherever it meets one. What a type writes must
/// be exactly the bytes its `Encodable` conformance gives through `JSONStreamEncoder` (the tests
/// check each conforming type both ways): members in `CodingKeys` order, `nil` members left out.
public protocol JSONStreamWritable: Encodable {
    /// Writes this value as one JSON value.
    func writeJSON(to writer: inout JSONWriter)
}

extension Array: JSONStreamWritable where Element: JSONStreamWritable {
    /// Writes the elements as a JSON array.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self {
            writer.beginElement()
            element.writeJSON(to: &writer)
        }
        writer.endArray()
    }
}

extension Dictionary: JSONStreamWritable where Key == String, Value: JSONStreamWritable {
    /// Writes the members with their keys sorted, as `JSONStreamEncoder` writes every dictionary:
    /// `Dictionary`'s own order differs from run to run, and equal values must be equal bytes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        for key in keys.sorted() {
            writer.key(key)
            self[key]!.writeJSON(to: &writer)
        }
        writer.endObject()
    }
}

extension String: JSONStreamWritable {
    /// Writes the string, escaped.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.string(self)
    }
}

extension Int: JSONStreamWritable {
    /// Writes the number in decimal.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.integer(self)
    }
}

extension Bool: JSONStreamWritable {
    /// Writes `true` or `false`.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.bool(self)
    }
}

/// Members are named by the type's own `CodingKeys`, the one list of its keys that its
/// `Encodable` conformance and its published schema also use: a key is stated once.
extension JSONWriter {
    /// Writes a member whose value writes itself.
    public mutating func member(_ name: some CodingKey, _ value: some JSONStreamWritable) {
        key(name)
        value.writeJSON(to: &self)
    }

    /// Writes a member unless its value is `nil`, as `Encodable`'s synthesised conformances do.
    public mutating func member(_ name: some CodingKey, _ value: (some JSONStreamWritable)?) {
        guard let value else { return }
        member(name, value)
    }

    /// Writes a member whose value is one of a fixed set of words, such as a status.
    public mutating func member<Word: RawRepresentable>(_ name: some CodingKey, word: Word) where Word.RawValue == String {
        key(name)
        string(word.rawValue)
    }

    /// Writes a member whose value is one of a fixed set of words, unless it is `nil`.
    public mutating func member<Word: RawRepresentable>(_ name: some CodingKey, word: Word?) where Word.RawValue == String {
        guard let word else { return }
        member(name, word: word)
    }
}
