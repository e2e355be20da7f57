import ReformModel

/// The JSON Schema (draft 2020-12) of programme format 1, made from `FormatSchema`.
///
/// Editors with the YAML language server use it for completion and checking as people type;
/// the loader remains the authority (it also checks references, dates and amounts exactly).
public enum ProgrammeJSONSchema {
    /// The schema's `$id`, and where the committed copy lives in the repository.
    public static let repositoryPath = "docs/programme.schema.json"

    /// The whole schema as pretty JSON text ending in a newline.
    public static func text() -> String {
        document().pretty() + "\n"
    }

    static func document() -> JSONValue {
        var definitions: [(String, JSONValue)] = [
            ("date", .object([
                ("type", .string("string")),
                ("description", .string("A date in one of the forms: \(DateParseError.acceptedForms).")),
                ("pattern", .string(datePattern)),
            ])),
            ("amount", .object([
                ("description", .string("An amount in pounds with at most two decimal places, or unknown (also ~ or null).")),
                ("anyOf", .array([
                    .object([("type", .string("number")), ("minimum", .number(0))]),
                    .object([("type", .string("string")), ("pattern", .string("^(unknown|[0-9]+(\\.[0-9]{1,2})?)$"))]),
                    .object([("type", .string("null"))]),
                ])),
            ])),
            ("identifier", .object([("type", .string("string")), ("pattern", .string("^[A-Za-z0-9._-]+$"))])),
            ("identifiers", .object([
                ("description", .string("One id, or a list of ids.")),
                ("anyOf", .array([.object([("$ref", .string("#/$defs/identifier"))]),
                                  .object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/identifier"))]))])])),
            ])),
            ("year-amounts", .object([
                ("type", .string("object")),
                ("description", .string("Amounts by UK financial year, written 2024/25.")),
                ("propertyNames", .object([("pattern", .string("^[0-9]{4}/[0-9]{2}$"))])),
                ("additionalProperties", .object([("$ref", .string("#/$defs/amount"))])),
            ])),
        ]
        for section in FormatSchema.sections.dropFirst() {
            definitions.append((section.name, object(for: section)))
        }
        var root: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(repositoryPath)),
            ("title", .string("ReformTracker programme, format 1")),
        ]
        if case .object(let members) = object(for: FormatSchema.top) { root += members }
        root.append(("$defs", .object(definitions)))
        return .object(root)
    }

    private static func object(for section: FormatSchema.Section) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("description", .string(section.summary)),
            ("additionalProperties", .bool(false)),
        ]
        let required = section.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("properties", .object(section.fields.map { field in
            (field.name, property(field.type, summary: field.summary))
        })))
        return .object(members)
    }

    private static func property(_ type: FormatSchema.FieldType, summary: String?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let summary { members.append(("description", .string(summary))) }
        switch type {
        case .text: members.append(("type", .string("string")))
        case .identifier, .reference: members.append(("$ref", .string("#/$defs/identifier")))
        case .references: members.append(("$ref", .string("#/$defs/identifiers")))
        case .date: members.append(("$ref", .string("#/$defs/date")))
        case .amount: members.append(("$ref", .string("#/$defs/amount")))
        case .boolean: members.append(("type", .string("boolean")))
        case .integer(let range):
            members += [("type", .string("integer")), ("minimum", .number(range.lowerBound)), ("maximum", .number(range.upperBound))]
        case .decimal:
            members.append(("anyOf", .array([.object([("type", .string("number")), ("minimum", .number(0))]),
                                             .object([("type", .string("string")), ("pattern", .string("^[0-9]+(\\.[0-9]+)?$"))])])))
        case .percent:
            members.append(("anyOf", .array([.object([("type", .string("integer")), ("minimum", .number(0)), ("maximum", .number(100))]),
                                             .object([("type", .string("string")), ("pattern", .string("^\\s*(100|[1-9]?[0-9])(\\.0+)?%?\\s*$"))])])))
        case .oneOf(let values): members.append(("enum", .array(values.map(JSONValue.string))))
        case .textList:
            members.append(("anyOf", .array([.object([("type", .string("string"))]),
                                             .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])])))
        case .section(let name): members.append(("$ref", .string("#/$defs/\(name)")))
        case .listOf(let name): members += [("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/\(name)"))]))]
        case .yearAmounts: members.append(("$ref", .string("#/$defs/year-amounts")))
        case .constant(let value): members.append(("const", .string(value)))
        case .either(let first, let second):
            members.append(("anyOf", .array([property(first, summary: nil), property(second, summary: nil)])))
        }
        return .object(members)
    }

    /// Every date form the loader reads, as a regular expression (JSON Schema's have no flag for
    /// letter case, so each word's first letter is given both ways).
    private static let datePattern: String = {
        func word(_ text: String) -> String { "[\(text.prefix(1).uppercased())\(text.prefix(1).lowercased())]\(text.dropFirst())" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let monthWords = (months + months.map { String($0.prefix(3)) } + ["Sept"]).map(word).joined(separator: "|")
        let periodWords = ["Spring", "Summer", "Autumn", "Winter", "early", "mid", "late"].map(word).joined(separator: "|")
        let forms = ["[0-9]{4}-[0-9]{2}(-[0-9]{2})?", "[0-9]{4}-[Qq][1-4]", "[Qq][1-4] [0-9]{4}", "[Qq][1-4] [0-9]{4}/[0-9]{2}", "[0-9]{4}/[0-9]{2}",
                     "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", "([0-9]{1,2} )?(\(monthWords)) [0-9]{4}", "(\(periodWords)) [0-9]{4}"]
        return "^\\s*(" + forms.joined(separator: "|") + ")\\s*$"
    }()
}
