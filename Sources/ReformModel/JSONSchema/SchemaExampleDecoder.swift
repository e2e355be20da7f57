/// Makes up a value of any `Decodable` type by decoding it from nothing: every required member
/// gets an empty or first value, every optional one `nil`, every list none.
///
/// The value's contents never matter: the generator only encodes it to see which members it
/// writes, under which keys and of which types.
struct SchemaExampleDecoder: Decoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]

    /// A value of `type`: its own example where it gives one, its first case where it is a set of
    /// words, else what its `init(from:)` makes of nothing.
    static func example<Value: Decodable>(of type: Value.Type) throws -> Value {
        if let leaf = type as? any JSONSchemaLeaf.Type, let value = leaf.schemaExample as? Value { return value }
        if let words = type as? any CaseIterable.Type, let first = firstCase(of: words) as? Value { return first }
        if type == String.self { return "" as! Value }
        if type == Bool.self { return false as! Value }
        return try Value(from: SchemaExampleDecoder())
    }

    private static func firstCase<Words: CaseIterable>(of type: Words.Type) -> Any? {
        type.allCases.first
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedExamples<Key>())
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        NoElements()
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleExample()
    }
}

/// Every key is present and none is `null`, so an optional member comes back `nil` only through
/// `decodeIfPresent`, which a synthesised conformance uses for it.
private struct KeyedExamples<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let codingPath: [any CodingKey] = []
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { false }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { "" }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { 0 }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { 0 }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { 0 }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { 0 }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { 0 }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { 0 }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { 0 }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { 0 }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { 0 }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { 0 }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { 0 }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try SchemaExampleDecoder.example(of: type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { nil }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { nil }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { nil }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { nil }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { nil }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { nil }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(KeyedExamples<NestedKey>())
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { NoElements() }
    func superDecoder() throws -> any Decoder { SchemaExampleDecoder() }
    func superDecoder(forKey key: Key) throws -> any Decoder { SchemaExampleDecoder() }
}

/// A list with no elements: the generator reads a list's schema off its element type.
private struct NoElements: UnkeyedDecodingContainer {
    let codingPath: [any CodingKey] = []
    let count: Int? = 0
    let isAtEnd = true
    let currentIndex = 0

    func decodeNil() throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "an example list has no elements"))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(KeyedExamples<NestedKey>())
    }

    func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { NoElements() }
    func superDecoder() throws -> any Decoder { SchemaExampleDecoder() }
}

/// One value: a number is 0, text is empty, anything else is made up in turn.
private struct SingleExample: SingleValueDecodingContainer {
    let codingPath: [any CodingKey] = []

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { false }
    func decode(_ type: String.Type) throws -> String { "" }
    func decode(_ type: Double.Type) throws -> Double { 0 }
    func decode(_ type: Float.Type) throws -> Float { 0 }
    func decode(_ type: Int.Type) throws -> Int { 0 }
    func decode(_ type: Int8.Type) throws -> Int8 { 0 }
    func decode(_ type: Int16.Type) throws -> Int16 { 0 }
    func decode(_ type: Int32.Type) throws -> Int32 { 0 }
    func decode(_ type: Int64.Type) throws -> Int64 { 0 }
    func decode(_ type: UInt.Type) throws -> UInt { 0 }
    func decode(_ type: UInt8.Type) throws -> UInt8 { 0 }
    func decode(_ type: UInt16.Type) throws -> UInt16 { 0 }
    func decode(_ type: UInt32.Type) throws -> UInt32 { 0 }
    func decode(_ type: UInt64.Type) throws -> UInt64 { 0 }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try SchemaExampleDecoder.example(of: type) }
}
