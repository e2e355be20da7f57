/// A type whose JSON is one value in a set form (a day, a sum of money, a financial year) and
/// which therefore states its own JSON Schema: no encoding shows a pattern.
///
/// `JSONSchemaGenerator` reads every other type's schema off its `Encodable` conformance.
public protocol JSONSchemaLeaf {
    /// The schema of the type's JSON.
    static var jsonSchema: JSONValue { get }
    /// Any valid value, from which the generator builds the values around it.
    static var schemaExample: Self { get }
}

/// A type that is `Encodable` only and so cannot be made up by decoding: it gives an example of
/// itself, whose encoding the generator reads (every optional member may be `nil`; the values
/// around the JSON can be made with `JSONSchemaGenerator.madeUp(_:)`).
public protocol JSONSchemaExample: Encodable {
    /// Any value of the type.
    static func schemaExample() throws -> Self
}

/// A type whose schema carries a sentence saying what it is, for readers of the published schema.
public protocol JSONSchemaDescribed {
    /// What a value of the type is, in a sentence.
    static var schemaDescription: String { get }
}
