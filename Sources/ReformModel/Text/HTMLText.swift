/// Text put into HTML, escaped by Unicode scalar: no `<`, `>`, `&`, `"` or `'` from a value ever
/// reaches a page or an email raw, whatever scalars surround it (a combining mark after `<`, a
/// prepend scalar before it), which escaping by `Character` would miss. C0 and C1 controls other
/// than tab and line breaks, which HTML forbids, become U+FFFD.
public enum HTMLText {
    /// `text` with every markup scalar replaced by its entity.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n", "\r": out.append(scalar)
            default:
                let value = scalar.value
                out.append(value < 0x20 || (0x7F...0x9F).contains(value) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }
}
