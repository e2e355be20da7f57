/// A change to one item of a programme's text, made in place: only the bytes of the values it
/// changes are replaced, a key it adds goes after the item's last line, and a new item goes after
/// the last of its kind in its section. Everything else (comments, order, quoting, layout) stays
/// byte for byte as it was, so a plan kept in git too stays reviewable.
public struct PlanTextEdit: Hashable, Sendable {
    /// What is done to the item.
    public enum Change: Hashable, Sendable {
        /// Gives `key` this value, adding the key when the item has none.
        case set(key: String, YAMLValueText)
        /// Takes `key` out of the item, when it has it.
        case remove(key: String)
    }

    /// The section (`actions`, `burdens`) and the item's id.
    public var section: String
    public var id: String
    /// The changes, in the order the new keys are to be written.
    public var changes: [Change]
    /// Whether the item is new: it is added after the last item of its section, with `id` first.
    public var isNew: Bool

    /// An edit of item `id` of `section`, or a new item when `isNew`.
    public init(section: String, id: String, changes: [Change], isNew: Bool = false) {
        self.section = section
        self.id = id
        self.changes = changes
        self.isNew = isNew
    }

    /// Why an edit could not be made in the text.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text is not a YAML mapping (it would not load either).
        case unreadable
        case noSuchItem(section: String, id: String)
        case alreadyThere(section: String, id: String)

        public var description: String {
            switch self {
            case .unreadable: return "the plan's text could not be read as YAML"
            case .noSuchItem(let section, let id): return "there is no '\(id)' in the plan's \(section)"
            case .alreadyThere(let section, let id): return "there is already an item '\(id)' in the plan's \(section)"
            }
        }
    }

    /// `text` with the edit made.
    ///
    /// - Throws: `Failure` when the item is not there (or, for a new one, is already there).
    public func applied(to text: [UInt8]) throws(Failure) -> [UInt8] {
        guard let outline = PlanOutline(text) else { throw .unreadable }
        return try applied(to: outline)
    }

    /// The outlined text with the edit made.
    public func applied(to outline: PlanOutline) throws(Failure) -> [UInt8] {
        if isNew { return try added(to: outline) }
        guard let item = outline.item(id, in: section) else { throw .noSuchItem(section: section, id: id) }
        var replacements: [(span: PlanOutline.Span, bytes: String)] = []
        var appended = ""
        for change in changes {
            switch change {
            case .set(let key, let value):
                if let entry = item.entry(key) {
                    if item.isFlow || (!entry.isBlock && !value.isBlock) {
                        replacements.append((entry.value, value.inline(flow: item.isFlow)))
                    } else {
                        replacements.append((entry.lines, value.lines(key: key, column: item.keyColumn)))
                    }
                } else if item.isFlow {
                    appended += ", \(key): \(value.inline(flow: true))"
                } else {
                    appended += value.lines(key: key, column: item.keyColumn)
                }
            case .remove(let key):
                guard let entry = item.entry(key) else { continue }
                if item.isFlow {
                    replacements.append((flowEntrySpan(entry, in: item, outline: outline), ""))
                } else {
                    replacements.append((entry.lines, ""))
                }
            }
        }
        if !appended.isEmpty {
            if item.isFlow, let brace = item.closingBrace {
                replacements.append((brace..<brace, appended))
            } else {
                replacements.append((item.lines.upperBound..<item.lines.upperBound, Self.endingLine(before: item.lines.upperBound, in: outline) + appended))
            }
        }
        var text = outline.text
        for replacement in replacements.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) {
            text.replaceSubrange(replacement.span, with: Self.bytes(replacement.bytes, endingLinesAs: outline))
        }
        return text
    }

    /// `written` as bytes, its line breaks as the plan writes its own: a plan saved on Windows keeps CRLF throughout.
    static func bytes(_ written: String, endingLinesAs outline: PlanOutline) -> [UInt8] {
        let bytes = Array(written.utf8)
        guard outline.endsLinesWithCRLF, bytes.contains(0x0A) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte == 0x0A { out.append(0x0D) }
            out.append(byte)
        }
        return out
    }

    /// A new item after the last of its section (a new section at the end, when there is none).
    private func added(to outline: PlanOutline) throws(Failure) -> [UInt8] {
        let keys: [(key: String, value: YAMLValueText)] = [("id", .text(id))] + changes.compactMap { change in
            if case .set(let key, let value) = change { return (key, value) }
            return nil
        }
        var text = outline.text
        guard let section = outline.section(section), let last = section.items.last, let dash = section.dashColumn else {
            let lead = Self.endingLine(before: text.count, in: outline)
            text += Self.bytes(lead + "\(self.section):\n" + Self.block(keys, dash: 2), endingLinesAs: outline)
            return text
        }
        if section.items.contains(where: { $0.id == id }) { throw .alreadyThere(section: self.section, id: id) }
        let written: String
        if last.isFlow {
            written = String(repeating: " ", count: dash) + "- {" + keys.map { "\($0.key): \($0.value.inline(flow: true))" }.joined(separator: ", ") + "}\n"
        } else {
            written = Self.block(keys, dash: dash, keyColumn: last.keyColumn)
        }
        let at = last.lines.upperBound
        text.replaceSubrange(at..<at, with: Self.bytes(Self.endingLine(before: at, in: outline) + written, endingLinesAs: outline))
        return text
    }

    /// A block item: `- id: …` at `dash`, its other keys at `keyColumn` (two past the dash unless the plan does otherwise).
    private static func block(_ keys: [(key: String, value: YAMLValueText)], dash: Int, keyColumn: Int? = nil) -> String {
        let column = keyColumn ?? dash + 2
        var text = ""
        for (index, entry) in keys.enumerated() {
            let line = entry.value.lines(key: entry.key, column: column)
            if index == 0 {
                text += String(repeating: " ", count: dash) + "-" + String(repeating: " ", count: max(1, column - dash - 1)) + line.dropFirst(column)
            } else {
                text += line
            }
        }
        return text
    }

    /// A line break, when the text before `offset` does not end with one (a file without a final line break).
    private static func endingLine(before offset: Int, in outline: PlanOutline) -> String {
        offset > 0 && outline.text[offset - 1] != 0x0A ? "\n" : ""
    }

    /// The bytes of one `key: value` of a flow item with the comma that separates it.
    private func flowEntrySpan(_ entry: PlanOutline.Entry, in item: PlanOutline.Item, outline: PlanOutline) -> PlanOutline.Span {
        let text = outline.text
        // From the comma before the key (or the key itself, when it is first) to the end of the value.
        var start = entry.lines.lowerBound
        var index = entry.value.lowerBound - 1
        while index > item.lines.lowerBound, text[index] != UInt8(ascii: ","), text[index] != UInt8(ascii: "{") { index -= 1 }
        start = index
        if text[index] == UInt8(ascii: "{") {
            var end = entry.value.upperBound
            while end < text.count, text[end] == UInt8(ascii: " ") || text[end] == UInt8(ascii: ",") { end += 1 }
            return (index + 1)..<end
        }
        return start..<entry.value.upperBound
    }
}

extension YAMLValueText {
    /// Whether the value is written over several lines (a burden's costs in a block item).
    var isBlock: Bool {
        if case .mappings(let rows) = self { return !rows.isEmpty }
        return false
    }
}
