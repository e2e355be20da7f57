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
        let tape: JSONTape
        do {
            tape = try JSONTape(bytes)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON: \(error)."))
        }
        let document = JSONTapeDocument(bytes: bytes, values: tape.values, emptyingListsAt: paths)
        return try document.decode(type, at: 0, parent: nil, key: nil)
    }

    /// The value of `type` that `bytes` hold.
    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], emptyingListsAt paths: Set<[String]> = []) throws -> Value {
        try bytes.withUnsafeBufferPointer { try decode(type, from: $0, emptyingListsAt: paths) }
    }
}
