/// Escaping of user text for each output format, so that text from a programme file can never
/// become markup: HTML (text and attributes), Markdown (including table cells) and XML.
public enum Escape {
    /// Text for an HTML element's content.
    public static func html(_ text: String) -> String {
        markup(text, apostrophe: "&#39;", keeping: { !isForbiddenControl($0) })
    }

    /// Text for a quoted HTML attribute value (the same escapes: quotes included).
    public static func htmlAttribute(_ text: String) -> String {
        html(text)
    }

    /// Text for Markdown prose: inline markup characters are backslash-escaped, and so is a
    /// leading character that would start a heading, list or quote, so nothing renders as a link,
    /// emphasis, HTML or structure. Line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out += "\\" + String(character)
            case "\n", "\r":
                out += " "
            default:
                if !isForbiddenControl(character) { out.unicodeScalars.append(character) }
            }
        }
        if let first = out.unicodeScalars.first, ["#", "-", "+", "="].contains(first) {
            out = "\\" + out
        } else if let dot = out.firstIndex(where: { $0 == "." || $0 == ")" }), !out[..<dot].isEmpty, out[..<dot].allSatisfy(\.isNumber) {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// Text for a Markdown table cell: as prose, on one line.
    public static func markdownCell(_ text: String) -> String {
        markdown(text)
    }

    /// C0 and C1 control characters other than tab, line feed and carriage return: never valid in a document.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x9 && value != 0xA && value != 0xD) || (0x7F...0x9F).contains(value)
    }

    /// Text for XML content or attributes; characters XML 1.0 forbids are dropped.
    public static func xml(_ text: String) -> String {
        markup(text, apostrophe: "&apos;", keeping: { scalar in
            let value = scalar.value
            return value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
        })
    }

    /// `text` with the five markup characters replaced by entities (`'` by `apostrophe`, as HTML
    /// and XML differ) and every other scalar kept only where `keeping` allows it.
    private static func markup(_ text: String, apostrophe: String, keeping: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            default: if keeping(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
