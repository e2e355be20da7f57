/// A JSON value whose object keys keep their insertion order, for documents a person reads
/// (the published schemas), where a stable, meaningful key order matters.
public indirect enum JSONValue: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])
    case null

    /// A `$ref` object's target, or the value itself: lets a document refer to a definition at its root.
    public var referencePath: JSONValue {
        if case .object(let members) = self, members.count == 1, members[0].0 == "$ref" { return members[0].1 }
        return self
    }

    /// The value as indented JSON text with two-space indentation and a final newline at the top level.
    public func pretty() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): out += JSONStreamEncoder.quoted(text)
        case .number(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                out += "[" + items.map { $0.pretty() }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad + "  "
                item.write(into: &out, indent: indent + 1)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += pad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += pad + "  " + JSONStreamEncoder.quoted(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }
}
