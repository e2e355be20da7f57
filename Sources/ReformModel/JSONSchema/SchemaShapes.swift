/// The collections whose schemas follow from their element type alone, so that an empty example
/// still gives the whole schema. Each conformance names the element's type for the generator.
protocol SchemaList {
    static var elementType: any Encodable.Type { get }
}

/// A JSON object with keys that are data, not names (`[String: Value]`): its schema is that of its values.
protocol SchemaStringKeyedMap {
    static var valueType: any Encodable.Type { get }
}

/// An optional: absent when it is a member (`encodeIfPresent`), `null` when written out.
protocol SchemaOptional {
    static var wrappedType: any Encodable.Type { get }
}

extension Array: SchemaList where Element: Encodable {
    static var elementType: any Encodable.Type { Element.self }
}

extension Set: SchemaList where Element: Encodable {
    static var elementType: any Encodable.Type { Element.self }
}

extension Dictionary: SchemaStringKeyedMap where Key == String, Value: Encodable {
    static var valueType: any Encodable.Type { Value.self }
}

extension Optional: SchemaOptional where Wrapped: Encodable {
    static var wrappedType: any Encodable.Type { Wrapped.self }
}
