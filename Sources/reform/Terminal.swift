import Foundation
import ReformApp
import ReformSystem

/// Writing to the terminal: results on standard output, problems on standard error.
enum Terminal {
    /// Writes a line to standard output.
    static func write(_ text: String) {
        print(text)
    }

    /// Writes `bytes` to standard output as they are: a document, an export, JSON.
    ///
    /// A reader that stops reading (`reform report … | head`) ends the program quietly, with the
    /// status a broken pipe's signal gives (141): the signal itself is ignored once a plugin or
    /// LibreOffice has run. Any other failure, such as a full disk, is said, and the program fails.
    static func output(_ bytes: [UInt8]) {
        // Lines printed before go first: `print` holds them in the C library's buffer.
        fflush(nil)
        let failure = bytes.withUnsafeBytes { System.writeAll(STDOUT_FILENO, $0) }
        guard failure != 0 else { return }
        if failure == EPIPE { Foundation.exit(128 + SIGPIPE) }
        writeError("error: cannot write to standard output: \(String(cString: strerror(failure)))")
        Foundation.exit(AppError.Status.failure.rawValue)
    }

    /// Writes `text` to standard output as it is.
    static func output(_ text: String) {
        output(Array(text.utf8))
    }

    /// Writes a line to standard error.
    static func writeError(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        writeErrorText(line)
    }

    /// Writes `text` to standard error as it is (a progress line redrawn in place). Nothing is left
    /// to say when standard error itself cannot be written, so a failure is let go.
    static func writeErrorText(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { System.writeAll(STDERR_FILENO, $0) }
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
