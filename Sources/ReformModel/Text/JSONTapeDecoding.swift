/// The `Decoder` at one value of a `JSONTapeDocument`, and its containers.
///
/// Its coding path is kept as a link to its parent and the key that led here, and made into a
/// list only when asked for (by an error, mostly), so decoding a million values builds no paths.
final class JSONTapeDecoding: Decoder {
    let document: JSONTapeDocument
    let index: Int
    let parent: JSONTapeDecoding?
    let key: (any CodingKey)?
    /// The member of this object found last: where the next lookup starts.
    var lastMember: Int

    init(document: JSONTapeDocument, index: Int, parent: JSONTapeDecoding?, key: (any CodingKey)?) {
        self.document = document
        self.index = index
        self.parent = parent
        self.key = key
        self.lastMember = index + 1
    }

    var codingPath: [any CodingKey] { Self.path(parent, key) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The path of a value reached from `parent` by `key`.
    static func path(_ parent: JSONTapeDecoding?, _ key: (any CodingKey)?) -> [any CodingKey] {
        var keys: [any CodingKey] = key.map { [$0] } ?? []
        var decoder = parent
        while let current = decoder {
            if let key = current.key { keys.append(key) }
            decoder = current.parent
        }
        return keys.reversed()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let value = document.values[index]
        guard value.kind == .object else { throw document.mismatch([String: Any].self, found: value, path: codingPath) }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let value = document.values[index]
        guard value.kind == .array else { throw document.mismatch([Any].self, found: value, path: codingPath) }
        return UnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }

    /// The index of `key`'s value in this object, or `nil` when it has no such member.
    func member(_ key: some CodingKey) -> Int? {
        document.member(named: key, inObjectAt: index, lastMember: &lastMember)
    }
}

/// The array index as a coding key, as Foundation names it in paths ("Index 3", with its number).
struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }

    init(index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

extension JSONTapeDecoding {
    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: JSONTapeDecoding

        var codingPath: [any CodingKey] { decoder.codingPath }

        var allKeys: [Key] {
            let document = decoder.document
            var keys: [Key] = []
            var candidate = decoder.index + 1
            while candidate < document.values[decoder.index].end {
                if let name = try? document.string(at: candidate, from: .unknown), let key = Key(stringValue: name) { keys.append(key) }
                candidate = document.after(candidate + 1)
            }
            return keys
        }

        func contains(_ key: Key) -> Bool {
            decoder.member(key) != nil
        }

        private func value(_ key: Key) throws -> Int {
            guard let index = decoder.member(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
            }
            return index
        }

        private func site(_ key: Key) -> JSONTapeSite {
            JSONTapeSite(parent: decoder, key: key)
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            decoder.document.isNull(try value(key))
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            try decoder.document.bool(at: value(key), from: site(key))
        }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            try decoder.document.string(at: value(key), from: site(key))
        }

        func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
            try decoder.document.floatingPoint(type, at: value(key), from: site(key))
        }

        func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
            try decoder.document.floatingPoint(type, at: value(key), from: site(key))
        }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

        private func integer<Number: FixedWidthInteger>(_ type: Number.Type, _ key: Key) throws -> Number {
            try decoder.document.integer(type, at: value(key), from: site(key))
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try decoder.document.decode(type, at: value(key), parent: decoder, key: key)
        }

        // One lookup where the protocol's default would make three (contains, decodeNil, decode).
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try ifPresent(key) { try decoder.document.string(at: $0, from: site(key)) }
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try ifPresent(key) { try decoder.document.integer(type, at: $0, from: site(key)) }
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try ifPresent(key) { try decoder.document.bool(at: $0, from: site(key)) }
        }

        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
            try ifPresent(key) { try decoder.document.floatingPoint(type, at: $0, from: site(key)) }
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try ifPresent(key) { try decoder.document.decode(type, at: $0, parent: decoder, key: key) }
        }

        /// `read` of the value of `key`, or `nil` when it is absent or `null`.
        private func ifPresent<T>(_ key: Key, _ read: (Int) throws -> T) rethrows -> T? {
            guard let index = decoder.member(key), !decoder.document.isNull(index) else { return nil }
            return try read(index)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONTapeDecoding(document: decoder.document, index: value(key), parent: decoder, key: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONTapeDecoding(document: decoder.document, index: value(key), parent: decoder, key: key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            decoder
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            try JSONTapeDecoding(document: decoder.document, index: value(key), parent: decoder, key: key)
        }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let decoder: JSONTapeDecoding
        /// The index of the next element in the tape.
        private var next: Int
        private(set) var currentIndex = 0

        init(decoder: JSONTapeDecoding) {
            self.decoder = decoder
            next = decoder.index + 1
        }

        var codingPath: [any CodingKey] { decoder.codingPath }
        var count: Int? { Int(decoder.document.values[decoder.index].count) }
        var isAtEnd: Bool { currentIndex >= count! }

        /// The next element's index, moving past it.
        private mutating func advance<T>(_ type: T.Type) throws -> (index: Int, key: JSONIndexKey) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [JSONIndexKey(index: currentIndex)], debugDescription: "Unkeyed container is at end."))
            }
            let element = next
            let key = JSONIndexKey(index: currentIndex)
            next = decoder.document.after(element)
            currentIndex += 1
            return (element, key)
        }

        private func site(_ key: JSONIndexKey) -> JSONTapeSite {
            JSONTapeSite(parent: decoder, key: key)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, decoder.document.isNull(next) else { return false }
            _ = try advance(Never.self)
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool {
            let (index, key) = try advance(type)
            return try decoder.document.bool(at: index, from: site(key))
        }

        mutating func decode(_ type: String.Type) throws -> String {
            let (index, key) = try advance(type)
            return try decoder.document.string(at: index, from: site(key))
        }

        mutating func decode(_ type: Double.Type) throws -> Double {
            let (index, key) = try advance(type)
            return try decoder.document.floatingPoint(type, at: index, from: site(key))
        }

        mutating func decode(_ type: Float.Type) throws -> Float {
            let (index, key) = try advance(type)
            return try decoder.document.floatingPoint(type, at: index, from: site(key))
        }

        mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

        private mutating func integer<Number: FixedWidthInteger>(_ type: Number.Type) throws -> Number {
            let (index, key) = try advance(type)
            return try decoder.document.integer(type, at: index, from: site(key))
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (index, key) = try advance(type)
            return try decoder.document.decode(type, at: index, parent: decoder, key: key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let (index, key) = try advance(KeyedDecodingContainer<NestedKey>.self)
            return try JSONTapeDecoding(document: decoder.document, index: index, parent: decoder, key: key).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (index, key) = try advance((any UnkeyedDecodingContainer).self)
            return try JSONTapeDecoding(document: decoder.document, index: index, parent: decoder, key: key).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (index, key) = try advance((any Decoder).self)
            return JSONTapeDecoding(document: decoder.document, index: index, parent: decoder, key: key)
        }
    }

    struct SingleValueContainer: SingleValueDecodingContainer {
        let decoder: JSONTapeDecoding

        var codingPath: [any CodingKey] { decoder.codingPath }
        private var document: JSONTapeDocument { decoder.document }
        private var site: JSONTapeSite { JSONTapeSite(parent: decoder.parent, key: decoder.key) }

        func decodeNil() -> Bool { document.isNull(decoder.index) }
        func decode(_ type: Bool.Type) throws -> Bool { try document.bool(at: decoder.index, from: site) }
        func decode(_ type: String.Type) throws -> String { try document.string(at: decoder.index, from: site) }
        func decode(_ type: Double.Type) throws -> Double { try document.floatingPoint(type, at: decoder.index, from: site) }
        func decode(_ type: Float.Type) throws -> Float { try document.floatingPoint(type, at: decoder.index, from: site) }
        func decode(_ type: Int.Type) throws -> Int { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: Int8.Type) throws -> Int8 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: Int16.Type) throws -> Int16 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: Int32.Type) throws -> Int32 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: Int64.Type) throws -> Int64 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: UInt.Type) throws -> UInt { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try document.integer(type, at: decoder.index, from: site) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try document.integer(type, at: decoder.index, from: site) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try T(from: decoder)
        }
    }
}
