import CYAML

/// Where each part of a programme's text lies, in bytes: its top-level sections, the items of
/// each list section (an action, a burden) by id, and each item's keys with their values' spans.
///
/// This is what edits in place build on: a form's change replaces exactly the bytes of the values
/// it changes, so comments, order, quoting and layout everywhere else stay as they were. It is
/// made from libyaml's events, with their marks, for text that has already loaded (an outline of
/// text that does not parse is `nil`).
public struct PlanOutline: Sendable {
    /// A half-open range of byte offsets in the text.
    public typealias Span = Range<Int>

    /// A key of an item, with where its value lies.
    public struct Entry: Sendable {
        /// The key as written.
        public let key: String
        /// The value's bytes: a scalar without its surroundings, a flow list with its brackets, a block value from its first to its last character.
        public let value: Span
        /// Whether the value is written over more than one line or as a block (an indented list, `|`).
        public let isBlock: Bool
        /// The whole lines of the key and its value, with the line break after them.
        public let lines: Span
    }

    /// One item of a list section: `- id: A-X` and its keys.
    public struct Item: Sendable {
        /// Its `id`, when it has one.
        public let id: String?
        /// Its whole lines, from the line of its `-` to the line break after its last value.
        public let lines: Span
        /// Whether it is written `{id: …, title: …}` on one line.
        public let isFlow: Bool
        /// For a flow item, where its closing `}` is; for a block item, the column of its keys (0-based).
        public let closingBrace: Int?
        public let keyColumn: Int
        /// Its keys, in order.
        public let entries: [Entry]

        /// The entry for `key`.
        public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
    }

    /// A top-level key and its value.
    public struct Section: Sendable {
        public let key: String
        /// Its whole lines.
        public let lines: Span
        /// Its items, when its value is a block list of mappings.
        public let items: [Item]
        /// The column of its items' `-` (0-based), when its value is a block list.
        public let dashColumn: Int?
    }

    /// The text outlined.
    public let text: [UInt8]
    /// The top-level sections, in order (as far as the outline went: see `init(_:upTo:id:)`).
    public let sections: [Section]

    /// The section `key`.
    public func section(_ key: String) -> Section? { sections.first { $0.key == key } }

    /// Whether the text ends its lines with CR LF (a plan saved on Windows), judged by its first line break.
    public var endsLinesWithCRLF: Bool {
        guard let first = text.firstIndex(of: 0x0A) else { return false }
        return first > 0 && text[first - 1] == 0x0D
    }

    /// The item `id` of section `key`.
    public func item(_ id: String, in key: String) -> Item? { section(key)?.items.first { $0.id == id } }

    /// The bytes of `span`.
    public func bytes(_ span: Span) -> ArraySlice<UInt8> { text[span] }

    /// Outlines `text`; `nil` when it is not a YAML mapping libyaml can parse.
    public init?(_ text: [UInt8]) {
        self.text = text
        guard let sections = OutlineEvents(text).sections(stoppingAt: nil) else { return nil }
        self.sections = sections
    }

    /// Outlines `text` as far as an edit of item `id` of `section` needs: up to the end of that
    /// item, or of the section when `id` is `nil` (a new item goes after its last). An edit of the
    /// first actions of a large plan reads a fraction of it.
    public init?(_ text: [UInt8], upTo section: String, id: String?) {
        self.text = text
        guard let sections = OutlineEvents(text).sections(stoppingAt: (section, id)) else { return nil }
        self.sections = sections
    }
}

/// libyaml's events over a text, read into the outline.
private final class OutlineEvents {
    private let text: [UInt8]
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    /// The byte offset of each character, when the text is not all ASCII (libyaml counts characters).
    private let byteOfCharacter: [Int]?
    private var failed = false

    /// One event with its marks as byte offsets.
    struct Event {
        var type: yaml_event_type_t
        var start: Int
        var end: Int
        var column: Int
        var isFlow: Bool
        var scalar: String?
    }

    init(_ text: [UInt8]) {
        self.text = text
        if text.allSatisfy({ $0 < 0x80 }) {
            byteOfCharacter = nil
        } else {
            var offsets: [Int] = []
            offsets.reserveCapacity(text.count + 1)
            let start = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            for index in start..<text.count where text[index] & 0xC0 != 0x80 { offsets.append(index) }
            offsets.append(text.count)
            byteOfCharacter = offsets
        }
        parser.initialize(to: yaml_parser_t())
    }

    deinit { parser.deallocate() }

    private func byte(_ mark: yaml_mark_t) -> Int {
        guard let byteOfCharacter else { return Int(mark.index) }
        return byteOfCharacter[min(Int(mark.index), byteOfCharacter.count - 1)]
    }

    /// The sections, all of them, or up to `target`'s item (its section's end when the id is `nil`).
    func sections(stoppingAt target: (section: String, id: String?)?) -> [PlanOutline.Section]? {
        yaml_parser_initialize(parser)
        defer { yaml_parser_delete(parser) }
        return text.withUnsafeBufferPointer { buffer -> [PlanOutline.Section]? in
            yaml_parser_set_input_string(parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)
            var event = next()
            while let current = event, current.type != YAML_MAPPING_START_EVENT {
                guard current.type != YAML_STREAM_END_EVENT else { return nil }
                event = next()
            }
            guard event != nil else { return nil }
            var sections: [PlanOutline.Section] = []
            while let key = next(wantsText: true), key.type == YAML_SCALAR_EVENT, let name = key.scalar {
                guard let value = next() else { return nil }
                var items: [PlanOutline.Item] = []
                var dashColumn: Int?
                let end: Int
                let isTarget = target?.section == name
                if value.type == YAML_SEQUENCE_START_EVENT, !value.isFlow {
                    dashColumn = value.column
                    guard let (found, last) = sequenceItems(stoppingAt: isTarget ? target?.id : nil) else { return nil }
                    items = found
                    end = last
                } else {
                    guard let last = skip(value) else { return nil }
                    end = last
                }
                sections.append(PlanOutline.Section(key: name, lines: lineStart(key.start)..<lineEnd(end), items: items, dashColumn: dashColumn))
                if isTarget { return sections }
            }
            return failed ? nil : sections
        }
    }

    /// The items of a block list whose start has been read, and where its last content ends;
    /// only as far as the item `stop` when given.
    private func sequenceItems(stoppingAt stop: String?) -> ([PlanOutline.Item], Int)? {
        var items: [PlanOutline.Item] = []
        var lastEnd = 0
        while let event = next() {
            if event.type == YAML_SEQUENCE_END_EVENT { return (items, lastEnd) }
            if event.type == YAML_MAPPING_START_EVENT {
                guard let item = item(from: event) else { return nil }
                items.append(item)
                lastEnd = item.lines.upperBound - 1
                if let stop, item.id == stop { return (items, lastEnd) }
            } else {
                guard let end = skip(event) else { return nil }
                lastEnd = end
            }
        }
        return nil
    }

    /// An item whose mapping start is `start`.
    private func item(from start: Event) -> PlanOutline.Item? {
        var entries: [PlanOutline.Entry] = []
        var id: String?
        var keyColumn = start.column
        var contentEnd = start.end
        while let key = next(wantsText: true) {
            if key.type == YAML_MAPPING_END_EVENT {
                if start.isFlow { contentEnd = key.end }
                let dash = dashBefore(start.start)
                return PlanOutline.Item(id: id, lines: lineStart(dash)..<lineEnd(contentEnd), isFlow: start.isFlow,
                                        closingBrace: start.isFlow ? key.start : nil, keyColumn: keyColumn, entries: entries)
            }
            guard key.type == YAML_SCALAR_EVENT, let name = key.scalar, let value = next(wantsText: name == "id") else { return nil }
            if entries.isEmpty { keyColumn = key.column }
            let valueStart = value.start
            guard let valueEnd = skip(value) else { return nil }
            if name == "id", value.type == YAML_SCALAR_EVENT { id = value.scalar }
            let isBlock = text[valueStart..<valueEnd].contains(0x0A) || (value.type != YAML_SCALAR_EVENT && !value.isFlow)
            entries.append(PlanOutline.Entry(key: name, value: valueStart..<valueEnd, isBlock: isBlock,
                                             lines: lineStart(key.start)..<lineEnd(valueEnd)))
            contentEnd = valueEnd
        }
        return nil
    }

    /// Reads past the value that `event` starts; returns where its last content ends.
    private func skip(_ event: Event) -> Int? {
        switch event.type {
        case YAML_SCALAR_EVENT:
            // A block scalar ends at the start of the line after it.
            var end = event.end
            while end > event.start, text[end - 1] == 0x0A || text[end - 1] == 0x0D { end -= 1 }
            return end
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            var depth = 1
            var lastEnd = event.end
            while depth > 0, let inner = next() {
                switch inner.type {
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    depth += 1
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    depth -= 1
                    if inner.isFlow { lastEnd = inner.end }
                case YAML_SCALAR_EVENT:
                    lastEnd = skip(inner) ?? lastEnd
                default:
                    return nil
                }
            }
            return depth == 0 ? lastEnd : nil
        default:
            return nil
        }
    }

    /// The next event; a scalar's text is made only when `wantsText` (a key, an id): most values are only skipped.
    private func next(wantsText: Bool = false) -> Event? {
        guard !failed else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            failed = true
            return nil
        }
        defer { yaml_event_delete(&event) }
        var scalar: String?
        var isFlow = false
        switch event.type {
        case YAML_SCALAR_EVENT where wantsText:
            scalar = String(decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length), as: UTF8.self)
        case YAML_MAPPING_START_EVENT:
            isFlow = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        case YAML_SEQUENCE_START_EVENT:
            isFlow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            // A flow collection's end is its closing bracket; a block one's is wherever the next thing starts.
            let at = byte(event.start_mark)
            isFlow = at < text.count && (text[at] == UInt8(ascii: "}") || text[at] == UInt8(ascii: "]"))
        default:
            break
        }
        return Event(type: event.type, start: byte(event.start_mark), end: byte(event.end_mark), column: Int(event.start_mark.column),
                     isFlow: isFlow, scalar: scalar)
    }

    /// Where the `-` before an item starting at `offset` is (the item's own start when there is none on its line).
    private func dashBefore(_ offset: Int) -> Int {
        var index = offset - 1
        while index >= 0, text[index] == 0x20 { index -= 1 }
        return index >= 0 && text[index] == UInt8(ascii: "-") ? index : offset
    }

    /// The start of the line `offset` is on.
    private func lineStart(_ offset: Int) -> Int {
        var index = min(offset, text.count)
        while index > 0, text[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// Just after the line break ending the line `offset` is on (the end of the text when it has none).
    private func lineEnd(_ offset: Int) -> Int {
        var index = max(0, min(offset, text.count))
        if index > 0, text[index - 1] == 0x0A { return index }
        while index < text.count, text[index] != 0x0A { index += 1 }
        return min(index + 1, text.count)
    }
}
