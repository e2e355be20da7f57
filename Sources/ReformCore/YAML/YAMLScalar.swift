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
