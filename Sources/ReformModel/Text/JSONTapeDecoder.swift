/// Decodes a `Decodable` value from JSON bytes: the reading side of `JSONStreamEncoder`.
///
/// Foundation's `JSONDecoder` builds a dictionary of every object's members before the type
/// asks for one; a report request of a large programme holds millions of small objects, and
/// decoding it that way took a plugin most of its time. This decoder reads the text once into a
/// `JSONTape` and finds each member by comparing its name where it lies, starting from the member
/// found last, so a type that decodes its keys in the order they were written finds each at
/// once. Errors are `DecodingError`s with their coding path, as Foundation's are; broken JSON is
/// `dataCorrupted` with its line and column.
public struct JSONTapeDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// The value of `type` that `bytes` hold.
    ///
    /// The lists at `emptyingListsAt` (member names from the top, such as `["programme", "actions"]`)
    /// are read as empty: a reader that never uses a large part of a document passes over it
    /// without decoding it. A path that is absent, or ends at something other than a list, is
    /// left alone.
    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeBufferPointer<UInt8>, emptyingListsAt paths: Set<[String]> = []) throws -> Value {
        try decode(type, of: prepare(bytes, emptyingListsAt: paths))
    }

    /// A document read once into its tape, whose parts may then be decoded at the same time on
    /// different threads, each by a decoding of its own (so no two threads count references to
    /// one object). Its bytes must stay valid while any part is decoded.
    public struct Prepared: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let values: [JSONTape.Value]
    }

    /// `bytes` read into a tape, with the lists at `emptyingListsAt` read as empty, as `decode(_:from:emptyingListsAt:)` reads them.
    public func prepare(_ bytes: UnsafeBufferPointer<UInt8>, emptyingListsAt paths: Set<[String]> = []) throws -> Prepared {
        var values: [JSONTape.Value]
        do {
            values = try JSONTape(bytes).values
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON: \(error)."))
        }
        // Found with a document that is gone before the tape is changed, so the tape is changed in place, not copied.
        let unread = paths.isEmpty ? [] : JSONTapeDocument(bytes: bytes, values: values).lists(at: paths)
        for index in unread { values[index].count = 0 }
        return Prepared(bytes: bytes, values: values)
    }

    /// The value of `type` that the prepared document holds.
    public func decode<Value: Decodable>(_ type: Value.Type, of prepared: Prepared) throws -> Value {
        try JSONTapeDocument(bytes: prepared.bytes, values: prepared.values).decode(type, at: 0, parent: nil, key: nil)
    }

    /// The value of `type` that the prepared document holds, with the member at `path` (names
    /// from the top), where there is one, taken from `given` (decoded on another thread by
    /// `decode(_:at:of:)`), called when the decoding reaches it.
    public func decode<Value: Decodable>(_ type: Value.Type, of prepared: Prepared, taking path: [String],
                                         from given: @escaping () throws -> Any) throws -> Value {
        let place = JSONTapeDocument(bytes: prepared.bytes, values: prepared.values).value(at: path)
        let document = JSONTapeDocument(bytes: prepared.bytes, values: prepared.values, given: place.map { ($0, given) })
        return try document.decode(type, at: 0, parent: nil, key: nil)
    }

    /// The value of `type` at `path` (member names from the top) of the prepared document, decoded
    /// as it is when the whole document is, errors naming the same coding path.
    ///
    /// - Throws: `DecodingError.keyNotFound` where the document has no such member.
    public func decode<Value: Decodable>(_ type: Value.Type, at path: [String], of prepared: Prepared) throws -> Value {
        let document = JSONTapeDocument(bytes: prepared.bytes, values: prepared.values)
        var decoding = JSONTapeDecoding(document: document, index: 0, parent: nil, key: nil)
        for (depth, name) in path.enumerated() {
            let key = JSONStreamKey(name)
            guard document.values[decoding.index].kind == .object else {
                throw document.mismatch([String: Any].self, found: document.values[decoding.index], path: decoding.codingPath)
            }
            guard let member = decoding.member(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: decoding.codingPath, debugDescription: "No value associated with key \(name)."))
            }
            if depth == path.count - 1 { return try document.decode(type, at: member, parent: decoding, key: key) }
            decoding = JSONTapeDecoding(document: document, index: member, parent: decoding, key: key)
        }
        return try document.decode(type, at: 0, parent: nil, key: nil)
    }

    /// The value of `type` that `bytes` hold.
    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], emptyingListsAt paths: Set<[String]> = []) throws -> Value {
        try bytes.withUnsafeBufferPointer { try decode(type, from: $0, emptyingListsAt: paths) }
    }
}
