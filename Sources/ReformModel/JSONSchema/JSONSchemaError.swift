/// Why a type's JSON Schema could not be read off it: a shape the generator cannot describe, named
/// with the type, so that whoever adds such a type knows what to add to it.
public struct JSONSchemaError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the type.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
