/// One event of a YAML stream, as libyaml reports it, with the position where it starts.
///
/// The loader pulls these one at a time and decodes straight into the model, so no tree of
/// the whole document is ever built.
enum YAMLEvent: Sendable {
    case streamStart
    case streamEnd
    case documentStart(SourcePosition)
    case documentEnd(SourcePosition)
    case mappingStart(SourcePosition)
    case mappingEnd(SourcePosition)
    case sequenceStart(SourcePosition)
    case sequenceEnd(SourcePosition)
    case scalar(YAMLScalar)

    /// Where the event starts.
    var position: SourcePosition {
        switch self {
        case .streamStart, .streamEnd: return .startOfFile
        case .documentStart(let p), .documentEnd(let p), .mappingStart(let p), .mappingEnd(let p),
             .sequenceStart(let p), .sequenceEnd(let p):
            return p
        case .scalar(let scalar): return scalar.position
        }
    }

    /// What the value is, in words for error messages ("a mapping", "a list", "a value").
    var kindDescription: String {
        switch self {
        case .mappingStart: return "a mapping"
        case .sequenceStart: return "a list"
        case .scalar(let scalar): return scalar.isNull ? "nothing" : "the value '\(scalar.value.prefix(40))'"
        default: return "the end of the block"
        }
    }
}

/// A single YAML value: its text, where it starts, and whether it was quoted.
struct YAMLScalar: Sendable {
    /// The text, with YAML escapes resolved.
    let value: String
    /// Where the value starts.
    let position: SourcePosition
    /// Whether it was written without quotes (only plain scalars can mean null, true or a number).
    let isPlain: Bool

    /// Whether the value is YAML's null: empty, `~` or `null`, written without quotes.
    var isNull: Bool {
        // Only an empty value, `~` or a four-letter `null` can be null: most values are ruled out by length alone.
        guard isPlain, value.utf8.count <= 4 else { return false }
        switch value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
