/// A programme file that could not be loaded: every error found in it, in file order.
///
/// The loader reports all problems in one run, so this carries a list rather than the first
/// problem only. Warnings found alongside the errors are included.
public struct ProgrammeLoadError: Error, Sendable, CustomStringConvertible {
    /// The file as the user named it, used as the prefix of every line.
    public let file: String
    /// Every problem, sorted by position.
    public let diagnostics: [Diagnostic]

    /// Creates the error; the diagnostics are sorted by position.
    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics.sortedByPosition()
    }

    /// One line per problem in `file:line:column: severity: message` form.
    public var description: String {
        diagnostics.map { $0.formatted(file: file) }.joined(separator: "\n")
    }
}
