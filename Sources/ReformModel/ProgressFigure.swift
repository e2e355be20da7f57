/// Progress as people write it, read the same way in the programme file, on the command line and
/// in a CSV: `90`, `90%` and `90.0` (what a spreadsheet writes back) all mean 90 percent.
public enum ProgressFigure {
    /// The percentage `text` names, or the message that refuses it.
    ///
    /// Surrounding spaces are ignored; a fraction other than `.0`, or a figure outside 0 to 100, is refused.
    public static func parse(_ text: String) -> Result<Int, ProgressParseError> {
        var figure = Substring(text.trimmingSpaces())
        if figure.hasSuffix("%") { figure = figure.dropLast() }
        if let point = figure.firstIndex(of: "."), figure[figure.index(after: point)...].allSatisfy({ $0 == "0" }) {
            figure = figure[..<point]
        }
        guard !figure.isEmpty, figure.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(figure) else {
            return .failure(ProgressParseError(message: "progress must be a whole number from 0 to 100, not '\(text)'"))
        }
        guard (0...100).contains(value) else {
            return .failure(ProgressParseError(message: "progress must be from 0 to 100, not \(value)"))
        }
        return .success(value)
    }
}

/// Why a progress figure was refused, in words.
public struct ProgressParseError: Error, Hashable, Sendable {
    /// What is wrong and what would be right.
    public let message: String
}
