/// What one value's `encode(to:)` wrote, by type rather than by value: the members of an object
/// with their types and whether each is always there, the types of a list's elements, or the
/// type of a single value.
indirect enum RecordedShape {
    /// One member of an object.
    struct Member {
        let key: String
        let shape: RecordedShape
        /// Written with `encode` (always there) rather than `encodeIfPresent`.
        let required: Bool
    }

    /// Nothing was written (an empty object, as `JSONEncoder` writes it).
    case nothing
    /// A value of this type.
    case value(any Encodable.Type)
    /// JSON `null`.
    case null
    /// An object with these members, in the order written.
    case object([Member])
    /// A list whose elements are of these shapes.
    case list([RecordedShape])
}

/// An `Encoder` that writes nothing and remembers the static type of everything it is handed.
///
/// A synthesised `encode(to:)` calls `encodeIfPresent` for an optional member whether or not it
/// holds a value, with the member's type, so one made-up value shows every member.
final class SchemaRecordingEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    private var members: [RecordedShape.Member] = []
    private var elements: [RecordedShape] = []
    private var kind = Kind.nothing

    private enum Kind { case nothing, object, list, single(RecordedShape) }

    /// What was written, once `encode(to:)` has returned.
    var shape: RecordedShape {
        switch kind {
        case .nothing: return .nothing
        case .single(let shape): return shape
        case .object:
            return .object(members.map { member in
                if case .value(let type) = member.shape, type == NestedPlaceholder.self, let child = children[member.key] {
                    return RecordedShape.Member(key: member.key, shape: child.shape, required: true)
                }
                return member
            })
        case .list:
            return .list(elements.enumerated().map { index, element in
                if case .value(let type) = element, type == NestedPlaceholder.self, let child = listChildren[index] { return child.shape }
                return element
            })
        }
    }

    private var children: [String: SchemaRecordingEncoder] = [:]
    private var listChildren: [Int: SchemaRecordingEncoder] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        kind = .object
        return KeyedEncodingContainer(RecordingKeyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        kind = .list
        return RecordingUnkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        RecordingSingle(encoder: self)
    }

    fileprivate func record(_ key: String, _ shape: RecordedShape, required: Bool) {
        members.removeAll { $0.key == key }
        members.append(.init(key: key, shape: shape, required: required))
    }

    fileprivate func nestedChild(forKey key: String) -> SchemaRecordingEncoder {
        let child = SchemaRecordingEncoder()
        children[key] = child
        record(key, .value(NestedPlaceholder.self), required: true)
        return child
    }

    fileprivate func append(_ shape: RecordedShape) {
        elements.append(shape)
    }

    fileprivate func nestedElement() -> SchemaRecordingEncoder {
        let child = SchemaRecordingEncoder()
        listChildren[elements.count] = child
        elements.append(.value(NestedPlaceholder.self))
        return child
    }

    fileprivate func single(_ shape: RecordedShape) {
        kind = .single(shape)
    }
}

/// Stands for a nested container until the shape is read.
private struct NestedPlaceholder: Encodable {}

private struct RecordingKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: SchemaRecordingEncoder
    let codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws { encoder.record(key.stringValue, .null, required: true) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.record(key.stringValue, .value(Bool.self), required: true) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.record(key.stringValue, .value(String.self), required: true) }
    mutating func encode(_ value: Double, forKey key: Key) throws { encoder.record(key.stringValue, .value(Double.self), required: true) }
    mutating func encode(_ value: Float, forKey key: Key) throws { encoder.record(key.stringValue, .value(Float.self), required: true) }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int.self), required: true) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int8.self), required: true) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int16.self), required: true) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int32.self), required: true) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int64.self), required: true) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { encoder.record(key.stringValue, .value(UInt.self), required: true) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { encoder.record(key.stringValue, .value(UInt8.self), required: true) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { encoder.record(key.stringValue, .value(UInt16.self), required: true) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { encoder.record(key.stringValue, .value(UInt32.self), required: true) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { encoder.record(key.stringValue, .value(UInt64.self), required: true) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { encoder.record(key.stringValue, .value(T.self), required: true) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { encoder.record(key.stringValue, .value(T.self), required: false) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { encoder.record(key.stringValue, .value(String.self), required: false) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { encoder.record(key.stringValue, .value(Bool.self), required: false) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int.self), required: false) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { encoder.record(key.stringValue, .value(Int64.self), required: false) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { encoder.record(key.stringValue, .value(Double.self), required: false) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.nestedChild(forKey: key.stringValue).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.nestedChild(forKey: key.stringValue).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder.nestedChild(forKey: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.nestedChild(forKey: key.stringValue) }
}

private struct RecordingUnkeyed: UnkeyedEncodingContainer {
    let encoder: SchemaRecordingEncoder
    let codingPath: [any CodingKey] = []
    var count: Int { 0 }

    mutating func encodeNil() throws { encoder.append(.null) }
    mutating func encode(_ value: Bool) throws { encoder.append(.value(Bool.self)) }
    mutating func encode(_ value: String) throws { encoder.append(.value(String.self)) }
    mutating func encode(_ value: Double) throws { encoder.append(.value(Double.self)) }
    mutating func encode(_ value: Float) throws { encoder.append(.value(Float.self)) }
    mutating func encode(_ value: Int) throws { encoder.append(.value(Int.self)) }
    mutating func encode(_ value: Int8) throws { encoder.append(.value(Int8.self)) }
    mutating func encode(_ value: Int16) throws { encoder.append(.value(Int16.self)) }
    mutating func encode(_ value: Int32) throws { encoder.append(.value(Int32.self)) }
    mutating func encode(_ value: Int64) throws { encoder.append(.value(Int64.self)) }
    mutating func encode(_ value: UInt) throws { encoder.append(.value(UInt.self)) }
    mutating func encode(_ value: UInt8) throws { encoder.append(.value(UInt8.self)) }
    mutating func encode(_ value: UInt16) throws { encoder.append(.value(UInt16.self)) }
    mutating func encode(_ value: UInt32) throws { encoder.append(.value(UInt32.self)) }
    mutating func encode(_ value: UInt64) throws { encoder.append(.value(UInt64.self)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.append(.value(T.self)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.nestedElement().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { encoder.nestedElement().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder.nestedElement() }
}

private struct RecordingSingle: SingleValueEncodingContainer {
    let encoder: SchemaRecordingEncoder
    let codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { encoder.single(.null) }
    mutating func encode(_ value: Bool) throws { encoder.single(.value(Bool.self)) }
    mutating func encode(_ value: String) throws { encoder.single(.value(String.self)) }
    mutating func encode(_ value: Double) throws { encoder.single(.value(Double.self)) }
    mutating func encode(_ value: Float) throws { encoder.single(.value(Float.self)) }
    mutating func encode(_ value: Int) throws { encoder.single(.value(Int.self)) }
    mutating func encode(_ value: Int8) throws { encoder.single(.value(Int8.self)) }
    mutating func encode(_ value: Int16) throws { encoder.single(.value(Int16.self)) }
    mutating func encode(_ value: Int32) throws { encoder.single(.value(Int32.self)) }
    mutating func encode(_ value: Int64) throws { encoder.single(.value(Int64.self)) }
    mutating func encode(_ value: UInt) throws { encoder.single(.value(UInt.self)) }
    mutating func encode(_ value: UInt8) throws { encoder.single(.value(UInt8.self)) }
    mutating func encode(_ value: UInt16) throws { encoder.single(.value(UInt16.self)) }
    mutating func encode(_ value: UInt32) throws { encoder.single(.value(UInt32.self)) }
    mutating func encode(_ value: UInt64) throws { encoder.single(.value(UInt64.self)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.single(.value(T.self)) }
}
