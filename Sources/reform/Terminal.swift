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

    /// Text from a person (a note, a name) made safe to print: control characters, which could
    /// move the cursor or recolour the terminal, are shown as `\u{1B}` escapes instead.
    static func plain(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
