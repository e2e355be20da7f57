/// One problem found in a programme file: an error that makes it invalid, or a warning worth a look.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable, Codable {
        /// The file is invalid.
        case error
        /// The file is valid but probably not what its author meant; fails only under `--strict`.
        case warning
    }

    /// Error or warning.
    public let severity: Severity
    /// Where it is.
    public let position: SourcePosition
    /// What is wrong and what would be right.
    public let message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at position: SourcePosition, _ message: String) {
        self.severity = severity
        self.position = position
        self.message = message
    }

    /// The diagnostic in the form editors and compilers use: `programme.yaml:12:5: error: message`.
    public func formatted(file: String) -> String {
        "\(file):\(position.line):\(position.column): \(severity.rawValue): \(message)"
    }

    /// `line:column: severity: message`, for tests and logs.
    public var description: String {
        "\(position.line):\(position.column): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in file order, errors before warnings at the same place.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.position != b.element.position { return a.element.position < b.element.position }
            if a.element.severity != b.element.severity { return a.element.severity == .error }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Only the errors.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }

    /// Only the warnings.
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
