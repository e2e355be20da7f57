/// Reads a JSON Schema (draft 2020-12) off Swift types' own `Encodable` conformances, so that a
/// published schema can never say other than what the code writes.
///
/// Each structure becomes a definition under `$defs`, named after its type: its members are the
/// keys its `encode(to:)` writes, required where written with `encode` and optional where written
/// with `encodeIfPresent`, and no others (`additionalProperties: false`). Lists, optionals and
/// `[String: Value]` maps follow from their element types; a set of words (`CaseIterable`) lists
/// its words; a `JSONSchemaLeaf` states its own schema.
public struct JSONSchemaGenerator {
    private var definitions: [(name: String, schema: JSONValue)] = []
    private var defined: [String: Int] = [:]

    /// Creates a generator with no definitions yet.
    public init() {}

    /// Every definition made so far, in the order first met, for a schema's `$defs`.
    public var definitionsObject: JSONValue {
        .object(definitions.map { ($0.name, $0.schema) })
    }

    /// The schema of `type`'s JSON: a `$ref` to its definition for a structure (made on first use),
    /// the schema itself for anything else.
    public mutating func schema(for type: any Encodable.Type) throws(JSONSchemaError) -> JSONValue {
        if let leaf = type as? any JSONSchemaLeaf.Type { return leaf.jsonSchema }
        if let primitive = Self.primitive(type) { return primitive }
        if let optional = type as? any SchemaOptional.Type {
            return .object([("anyOf", .array([try schema(for: optional.wrappedType), Self.null]))])
        }
        if let list = type as? any SchemaList.Type {
            return .object([("type", .string("array")), ("items", try schema(for: list.elementType))])
        }
        if let map = type as? any SchemaStringKeyedMap.Type {
            return .object([("type", .string("object")), ("additionalProperties", try schema(for: map.valueType))])
        }
        if let words = type as? any (CaseIterable & Encodable).Type { return try Self.words(of: words) }
        if type is any RawRepresentable.Type {
            throw JSONSchemaError("\(Self.name(of: type)) is written as one of a set of words, but is not CaseIterable, so its schema cannot list them: add CaseIterable")
        }
        let name = Self.name(of: type)
        if defined[name] == nil {
            defined[name] = definitions.count
            definitions.append((name, .null)) // taken, so that a type that contains itself refers to itself
            let body = try structure(of: type)
            definitions[defined[name]!].schema = body
        }
        return .object([("$ref", .string("#/$defs/\(name)"))])
    }

    /// The schema of a structure, read off the encoding of a made-up value.
    private mutating func structure(of type: any Encodable.Type) throws(JSONSchemaError) -> JSONValue {
        let recorder = SchemaRecordingEncoder()
        do {
            try Self.example(of: type).encode(to: recorder)
        } catch let error as JSONSchemaError {
            throw error
        } catch {
            throw JSONSchemaError("\(Self.name(of: type)) could not be encoded to read its schema: \(error)")
        }
        var schema = try self.schema(of: recorder.shape, in: type)
        if let described = type as? any JSONSchemaDescribed.Type, case .object(let members) = schema {
            schema = .object([("description", .string(described.schemaDescription))] + members)
        }
        return schema
    }

    private mutating func schema(of shape: RecordedShape, in owner: any Encodable.Type) throws(JSONSchemaError) -> JSONValue {
        switch shape {
        case .nothing:
            return .object([("type", .string("object")), ("additionalProperties", .bool(false))])
        case .null:
            return Self.null
        case .value(let type):
            return try schema(for: type)
        case .list(let elements):
            var items: [JSONValue] = []
            for element in elements { items.append(try schema(of: element, in: owner)) }
            let itemSchema: JSONValue = items.count == 1 ? items[0] : .object([("anyOf", .array(items))])
            return .object([("type", .string("array")), ("items", itemSchema)])
        case .object(let members):
            var properties: [(String, JSONValue)] = []
            for member in members { properties.append((member.key, try schema(of: member.shape, in: owner))) }
            var object: [(String, JSONValue)] = [("type", .string("object"))]
            let required = members.filter(\.required).map { JSONValue.string($0.key) }
            if !required.isEmpty { object.append(("required", .array(required))) }
            object.append(("properties", .object(properties)))
            object.append(("additionalProperties", .bool(false)))
            return .object(object)
        }
    }

    /// A made-up value of `type`: decoded from nothing, or the type's own example.
    private static func example(of type: any Encodable.Type) throws -> any Encodable {
        if let example = type as? any JSONSchemaExample.Type { return try example.schemaExample() }
        guard let decodable = type as? any Decodable.Type else {
            throw JSONSchemaError("\(name(of: type)) is Encodable only: make it Decodable too, or give it a JSONSchemaExample")
        }
        return try decodeExample(decodable) as! any Encodable
    }

    private static func decodeExample<Value: Decodable>(_ type: Value.Type) throws -> Any {
        try SchemaExampleDecoder.example(of: type)
    }

    /// Any value of a `Decodable` type, made up from nothing (empty text, no elements, optionals
    /// `nil`): for a `JSONSchemaExample` to build the values around its JSON.
    public static func madeUp<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try SchemaExampleDecoder.example(of: type)
    }

    private static func words<Words: CaseIterable & Encodable>(of type: Words.Type) throws(JSONSchemaError) -> JSONValue {
        var words: [JSONValue] = []
        for word in type.allCases {
            // A word is written as a plain string: its bytes between the quotes, with nothing escaped.
            guard let bytes = try? JSONStreamEncoder().encode(word), bytes.count >= 2, bytes.first == UInt8(ascii: "\""),
                  bytes.last == UInt8(ascii: "\""), !bytes.contains(UInt8(ascii: "\\")) else {
                throw JSONSchemaError("\(name(of: type)) is CaseIterable but a case is not written as a word")
            }
            words.append(.string(String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self)))
        }
        return .object([("type", .string("string")), ("enum", .array(words))])
    }

    private static let null: JSONValue = .object([("type", .string("null"))])

    private static func primitive(_ type: any Encodable.Type) -> JSONValue? {
        switch type {
        case is String.Type: return .object([("type", .string("string"))])
        case is Bool.Type: return .object([("type", .string("boolean"))])
        case is Int.Type, is Int64.Type, is Int32.Type, is Int16.Type, is Int8.Type,
             is UInt.Type, is UInt64.Type, is UInt32.Type, is UInt16.Type, is UInt8.Type:
            return .object([("type", .string("integer"))])
        case is Double.Type, is Float.Type: return .object([("type", .string("number"))])
        default: return nil
        }
    }

    /// A type's name for `$defs`: its qualified name without the module, generic arguments
    /// joined on with "Of" so that the name needs no escaping in a `$ref`.
    static func name(of type: Any.Type) -> String {
        var name = String(reflecting: type)
        for prefix in ["Swift.", "ReformModel.", "ReformPluginKit.", "ReformApp.", "ReformRecord.", "ReformCore."] {
            name = name.replacingOccurrences(of: prefix, with: "")
        }
        return name.replacingOccurrences(of: "<", with: "Of").replacingOccurrences(of: ">", with: "").replacingOccurrences(of: ", ", with: "And")
    }
}
