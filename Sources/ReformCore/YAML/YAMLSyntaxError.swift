/// A problem that stops reading the file: a YAML syntax error, or an input limit reached.
///
/// Reading cannot go on after one of these, so the loader reports it together with whatever
/// it had found before it.
struct YAMLSyntaxError: Error, Sendable {
    /// Where reading stopped.
    let position: SourcePosition
    /// What is wrong.
    let message: String
}
