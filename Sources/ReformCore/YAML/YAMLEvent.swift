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
