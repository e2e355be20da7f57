/// A value as an edit writes it into a programme's text: quoted only where YAML needs it, so a
/// title stays as readable as one typed by hand and any text a person types reads back exactly.
public enum YAMLValueText: Hashable, Sendable {
    /// Text: plain when that reads back as the same text, else single-quoted (double-quoted with escapes when it has a line break or control character).
    case text(String)
    /// A number or a word the format reads as one (`true`, `120000`): plain.
    case plain(String)
    /// A list of text, written `[a, b]`.
    case list([String])
    /// A list of mappings of plain or text values (a burden's costs), written as a block under the key (in a flow item, `[{…}, …]`).
    case mappings([[(key: String, value: YAMLValueText)]])

    public static func == (lhs: YAMLValueText, rhs: YAMLValueText) -> Bool {
        lhs.inline(flow: true) == rhs.inline(flow: true)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(inline(flow: true)) }

    /// The value on one line, as it follows `key: ` (in a flow collection when `flow`).
    func inline(flow: Bool) -> String {
        switch self {
        case .text(let text): return Self.scalar(text, flow: flow)
        case .plain(let text): return Self.isPlainSafe(text, flow: flow) ? text : Self.scalar(text, flow: flow)
        case .list(let items): return "[" + items.map { Self.scalar($0, flow: true) }.joined(separator: ", ") + "]"
        case .mappings(let rows):
            return "[" + rows.map { row in "{" + row.map { "\($0.key): \($0.value.inline(flow: true))" }.joined(separator: ", ") + "}" }
                .joined(separator: ", ") + "]"
        }
    }

    /// The lines of `key: value` at `column`, each ending with a line break.
    func lines(key: String, column: Int) -> String {
        let indent = String(repeating: " ", count: column)
        guard case .mappings(let rows) = self, !rows.isEmpty else { return "\(indent)\(key): \(inline(flow: false))\n" }
        var text = "\(indent)\(key):\n"
        for row in rows {
            for (index, entry) in row.enumerated() {
                text += "\(indent)  \(index == 0 ? "- " : "  ")\(entry.key): \(entry.value.inline(flow: false))\n"
            }
        }
        return text
    }

    /// `text` as a scalar that reads back as exactly `text`.
    static func scalar(_ text: String, flow: Bool) -> String {
        if isPlainSafe(text, flow: flow) && !looksLikeAnotherType(text) { return text }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return doubleQuoted(text)
        }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Whether `text` written plain reads back as itself: nothing YAML would take as syntax.
    static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || last == ":" { return false }
        if flow, text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value >= 0x80 && !isPrintable($0) }
    }

    /// Words and numbers that a YAML reader would take as something other than text.
    private static func looksLikeAnotherType(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower) { return true }
        return text.allSatisfy { $0.isNumber || $0 == "." || $0 == "_" || $0 == "+" || $0 == "-" || $0 == "e" || $0 == "E" }
            && text.contains(where: \.isNumber)
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" || (0x80...0x9F).contains(scalar.value))
    }

    private static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || !isPrintable(scalar) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16).uppercased()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
