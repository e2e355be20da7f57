/// A value that reads itself from a `JSONTapeDecoder`'s tape, without the `Decoder` machinery:
/// the reading side of `JSONStreamWritable`.
///
/// A report request holds a set of funding figures for every burden and year, and going through
/// `Decodable`'s containers for each costs most of the time it takes to read the request. The
/// few types that come in such numbers read themselves as their `init(from:)` reads them. Where
/// the text is not what `init(from:)` accepts they throw `JSONTapeMismatch`, and the decoder
/// reads that value again through `init(from:)`, whose error names the path; so errors are
/// exactly `Decodable`'s, and a type's reading need only be right, not explain.
public protocol JSONTapeReadable: Decodable {
    /// Reads the value at `tape`, or throws `JSONTapeMismatch` where its `init(from:)` would throw.
    init(tape: JSONTapeValue) throws(JSONTapeMismatch)
}

/// The text is not what the type reads: read it through `init(from:)` for the error.
public struct JSONTapeMismatch: Error {
    public init() {}
}

/// One value on the tape, as a type that reads itself sees it.
public struct JSONTapeValue {
    let document: JSONTapeDocument
    let index: Int

    /// Whether the value is `null`.
    public var isNull: Bool { document.isNull(index) }

    public func string() throws(JSONTapeMismatch) -> String {
        do { return try document.string(at: index, from: .unknown) } catch { throw JSONTapeMismatch() }
    }

    public func integer() throws(JSONTapeMismatch) -> Int {
        do { return try document.integer(Int.self, at: index, from: .unknown) } catch { throw JSONTapeMismatch() }
    }

    public func bool() throws(JSONTapeMismatch) -> Bool {
        do { return try document.bool(at: index, from: .unknown) } catch { throw JSONTapeMismatch() }
    }

    /// The value as an object whose members can be looked up by key.
    public func object() throws(JSONTapeMismatch) -> JSONTapeObject {
        guard document.values[index].kind == .object else { throw JSONTapeMismatch() }
        return JSONTapeObject(document: document, index: index, lastMember: index + 1)
    }

    /// The elements of a list, each read by `element`.
    public func elements<Element>(_ element: (JSONTapeValue) throws(JSONTapeMismatch) -> Element) throws(JSONTapeMismatch) -> [Element] {
        let list = document.values[index]
        guard list.kind == .array else { throw JSONTapeMismatch() }
        var result: [Element] = []
        result.reserveCapacity(Int(list.count))
        var next = index + 1
        for _ in 0..<list.count { // not up to `end`: a list emptied for a reader keeps its elements on the tape
            result.append(try element(JSONTapeValue(document: document, index: next)))
            next = document.after(next)
        }
        return result
    }

    /// A value of a type that does not read itself, through its `init(from:)`.
    public func read<Value: Decodable>(_ type: Value.Type) throws(JSONTapeMismatch) -> Value {
        do { return try document.decode(type, at: index, parent: nil, key: nil) } catch { throw JSONTapeMismatch() }
    }
}

/// An object on the tape. Members are looked up from the one found last, so a type that reads
/// its keys in the order they were written finds each at once.
public struct JSONTapeObject {
    let document: JSONTapeDocument
    let index: Int
    var lastMember: Int

    /// The value of `key`, `null` included, or `nil` when the object has no such member.
    public mutating func value(_ key: some CodingKey) -> JSONTapeValue? {
        document.member(named: key, inObjectAt: index, lastMember: &lastMember).map { JSONTapeValue(document: document, index: $0) }
    }

    /// A member that `decode(_:forKey:)` would read: it must be there.
    public mutating func required<Value: JSONTapeReadable>(_ key: some CodingKey, _ type: Value.Type = Value.self) throws(JSONTapeMismatch) -> Value {
        guard let value = value(key) else { throw JSONTapeMismatch() }
        return try Value(tape: value)
    }

    /// A member that `decodeIfPresent(_:forKey:)` would read: `nil` when absent or `null`.
    public mutating func ifPresent<Value: JSONTapeReadable>(_ key: some CodingKey, _ type: Value.Type = Value.self) throws(JSONTapeMismatch) -> Value? {
        guard let value = value(key), !value.isNull else { return nil }
        return try Value(tape: value)
    }

    /// A member of a type that does not read itself, that `decode(_:forKey:)` would read.
    public mutating func required<Value: Decodable>(_ key: some CodingKey, _ type: Value.Type = Value.self) throws(JSONTapeMismatch) -> Value {
        guard let value = value(key) else { throw JSONTapeMismatch() }
        return try value.read(type)
    }

    /// A member of a type that does not read itself, that `decodeIfPresent(_:forKey:)` would read.
    public mutating func ifPresent<Value: Decodable>(_ key: some CodingKey, _ type: Value.Type = Value.self) throws(JSONTapeMismatch) -> Value? {
        guard let value = value(key), !value.isNull else { return nil }
        return try value.read(type)
    }
}

extension String: JSONTapeReadable {
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) { self = try tape.string() }
}

extension Int: JSONTapeReadable {
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) { self = try tape.integer() }
}

extension Bool: JSONTapeReadable {
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) { self = try tape.bool() }
}

extension Array: JSONTapeReadable where Element: JSONTapeReadable {
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        self = try tape.elements { element throws(JSONTapeMismatch) in try Element(tape: element) }
    }
}

extension JSONTapeReadable where Self: RawRepresentable, RawValue == String {
    /// One of a fixed set of words, as a `String`-backed enumeration decodes.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        guard let value = Self(rawValue: try tape.string()) else { throw JSONTapeMismatch() }
        self = value
    }
}
