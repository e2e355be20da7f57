/// The `Encoder` that `JSONStreamEncoder` hands to one value's `encode(to:)`.
///
/// The `Encodable` protocol never says when a value has finished, so the brackets are closed
/// lazily: a container is closed when the value's `encode(to:)` returns (`finish()`), and a
/// nested container is closed before its parent writes its next element.
final class JSONStreamValueEncoder: Encoder {
    private enum Shape { case none, object, array, single }

    let sink: JSONByteSink
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any] = [:]
    private var shape = Shape.none
    private var elements = 0
    private var openChild: JSONStreamValueEncoder?

    init(sink: JSONByteSink, codingPath: [any CodingKey] = []) {
        self.sink = sink
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.object)
        return KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.array)
        return JSONStreamUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if shape == .none { shape = .single }
        return JSONStreamSingleValueContainer(encoder: self)
    }

    /// Closes whatever this value opened; a value that wrote nothing is an empty object, as with `JSONEncoder`.
    func finish() {
        closeChild()
        switch shape {
        case .none: sink.writer.raw("{}")
        case .object: sink.writer.punctuation(UInt8(ascii: "}"))
        case .array: sink.writer.punctuation(UInt8(ascii: "]"))
        case .single: break
        }
        shape = .single // finished: nothing more is written for this value
    }

    /// Prepares for the next element of this object or array: closes a nested container and writes the comma.
    func beginElement() {
        closeChild()
        if elements > 0 { sink.writer.punctuation(UInt8(ascii: ",")) }
        elements += 1
    }

    /// Writes `key` and the colon after it.
    func writeKey(_ key: any CodingKey) {
        beginElement()
        sink.writer.string(key.stringValue)
        sink.writer.punctuation(UInt8(ascii: ":"))
    }

    /// A child encoder for a nested container, closed before this encoder writes again.
    func nestedEncoder(for key: (any CodingKey)?) -> JSONStreamValueEncoder {
        let child = JSONStreamValueEncoder(sink: sink, codingPath: key.map { codingPath + [$0] } ?? codingPath)
        openChild = child
        return child
    }

    private func open(_ wanted: Shape) {
        guard shape == .none else { return } // asking again for the same container goes on writing into it
        shape = wanted
        sink.writer.punctuation(wanted == .object ? UInt8(ascii: "{") : UInt8(ascii: "["))
    }

    private func closeChild() {
        guard let child = openChild else { return }
        openChild = nil
        child.finish()
    }
}

/// Writes the members of a JSON object, each key then its value.
struct JSONStreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONStreamValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        encoder.writeKey(key)
        encoder.sink.writer.null()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        encoder.writeKey(key)
        encoder.sink.writer.bool(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        encoder.writeKey(key)
        encoder.sink.writer.string(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        encoder.writeKey(key)
        try encoder.sink.writeFloatingPoint(value, path: codingPath + [key])
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        encoder.writeKey(key)
        try encoder.sink.writeFloatingPoint(value, path: codingPath + [key])
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { writeInteger(value, forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { writeInteger(value, forKey: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.writeKey(key)
        try encoder.sink.writeValue(value)
    }

    // Every integer type is its own requirement of the protocol, and each needs its own method: left to the
    // generic `encode`, an integer's `encode(to:)` would ask a single-value container to encode it, and so on forever.
    private func writeInteger(_ value: some BinaryInteger, forKey key: Key) {
        encoder.writeKey(key)
        encoder.sink.writer.integer(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.writeKey(key)
        return encoder.nestedEncoder(for: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.writeKey(key)
        return encoder.nestedEncoder(for: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.writeKey(JSONStreamKey("super"))
        return encoder.nestedEncoder(for: JSONStreamKey("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.writeKey(key)
        return encoder.nestedEncoder(for: key)
    }
}

/// Writes the elements of a JSON array.
struct JSONStreamUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONStreamValueEncoder
    private(set) var count = 0
    var codingPath: [any CodingKey] { encoder.codingPath }

    init(encoder: JSONStreamValueEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil() throws {
        begin()
        encoder.sink.writer.null()
    }

    mutating func encode(_ value: Bool) throws {
        begin()
        encoder.sink.writer.bool(value)
    }

    mutating func encode(_ value: String) throws {
        begin()
        encoder.sink.writer.string(value)
    }

    mutating func encode(_ value: Double) throws {
        begin()
        try encoder.sink.writeFloatingPoint(value, path: codingPath)
    }

    mutating func encode(_ value: Float) throws {
        begin()
        try encoder.sink.writeFloatingPoint(value, path: codingPath)
    }

    mutating func encode(_ value: Int) throws { writeInteger(value) }
    mutating func encode(_ value: Int8) throws { writeInteger(value) }
    mutating func encode(_ value: Int16) throws { writeInteger(value) }
    mutating func encode(_ value: Int32) throws { writeInteger(value) }
    mutating func encode(_ value: Int64) throws { writeInteger(value) }
    mutating func encode(_ value: UInt) throws { writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { writeInteger(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        begin()
        try encoder.sink.writeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        return encoder.nestedEncoder(for: nil).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        begin()
        return encoder.nestedEncoder(for: nil).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        begin()
        return encoder.nestedEncoder(for: nil)
    }

    private mutating func writeInteger(_ value: some BinaryInteger) {
        begin()
        encoder.sink.writer.integer(value)
    }

    private mutating func begin() {
        encoder.beginElement()
        count += 1
    }
}

/// Writes a value that is a single JSON value rather than an object or array.
struct JSONStreamSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONStreamValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.sink.writer.null() }
    mutating func encode(_ value: Bool) throws { encoder.sink.writer.bool(value) }
    mutating func encode(_ value: String) throws { encoder.sink.writer.string(value) }
    mutating func encode(_ value: Double) throws { try encoder.sink.writeFloatingPoint(value, path: codingPath) }
    mutating func encode(_ value: Float) throws { try encoder.sink.writeFloatingPoint(value, path: codingPath) }
    mutating func encode(_ value: Int) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: Int8) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: Int16) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: Int32) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: Int64) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: UInt) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { encoder.sink.writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { encoder.sink.writer.integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.sink.writeValue(value) }
}

/// A coding key made from text, for `superEncoder()`'s `super` key.
struct JSONStreamKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
