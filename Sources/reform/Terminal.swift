import Foundation

/// Writing to the terminal: results on standard output, problems on standard error.
enum Terminal {
    /// Writes a line to standard output.
    static func write(_ text: String) {
        print(text)
    }

    /// Writes a line to standard error.
    static func writeError(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
