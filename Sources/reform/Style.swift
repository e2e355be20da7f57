import Foundation
import ReformModel

/// How text is styled on the terminal: RAG in colour when standard output is a terminal and
/// `NO_COLOR` is unset or empty (no-color.org's convention), and always in words, so nothing depends on colour alone.
struct Style {
    /// Whether to emit colour codes.
    let colour: Bool

    /// The style for standard output.
    static let standard = Style(colour: colours(terminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment))

    /// Whether to colour: on a terminal, unless `NO_COLOR` is set to something (an empty value does not count).
    static func colours(terminal: Bool, environment: [String: String]) -> Bool {
        terminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// A RAG label, padded to `width`, coloured where colour is on.
    func rag(_ status: RAGStatus, width: Int = 9) -> String {
        let text = status.label.padding(toLength: width, withPad: " ", startingAt: 0)
        guard colour else { return text }
        let code: String
        switch status {
        case .red: code = "1;31"
        case .amber: code = "1;33"
        case .green: code = "1;32"
        case .complete: code = "36"
        case .notRated: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// A heading, bold where colour is on.
    func heading(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
