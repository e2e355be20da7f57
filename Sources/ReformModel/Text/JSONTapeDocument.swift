/// The text and the tape of one decoding, shared by every decoder and container made for it,
/// with the reading of scalars: strings, numbers and booleans from where they lie in the text.
final class JSONTapeDocument {
    let bytes: UnsafeBufferPointer<UInt8>
    /// A constant, so that reading it takes neither a retain nor an exclusivity check: a decoding reads it millions of times.
    let values: [JSONTape.Value]

    /// A value decoded elsewhere (on another thread) that this document's decoding takes where it
    /// reaches `index`, instead of decoding it again.
    let given: (index: Int, value: () throws -> Any)?

    /// The document of `values` read from `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, values: [JSONTape.Value], given: (index: Int, value: () throws -> Any)? = nil) {
        self.bytes = bytes
        self.values = values
        self.given = given
    }

    /// The lists at `paths` (member names from the top): where a reader that never uses them
    /// marks them empty (`count` 0), their elements staying on the tape, passed over by the
    /// list's `end`. A path that is absent, or ends at something other than a list, has none.
    func lists(at paths: Set<[String]>) -> [Int] {
        paths.compactMap { path in
            guard let index = value(at: path), values[index].kind == .array else { return nil }
            return index
        }
    }

    /// The index of the value at `path` (member names from the top), or `nil` where there is none.
    func value(at path: [String]) -> Int? {
        var index: Int? = 0
        for name in path {
            guard let container = index, values[container].kind == .object else { return nil }
            var lastMember = container + 1
            index = member(named: name, inObjectAt: container, lastMember: &lastMember)
        }
        return index
    }

    /// Decodes the value at `index`: a type that reads itself does so, and anything else, or what
    /// such a type does not accept, goes through `init(from:)`.
    func decode<Value: Decodable>(_ type: Value.Type, at index: Int, parent: JSONTapeDecoding?, key: (any CodingKey)?) throws -> Value {
        if let given, given.index == index, let value = try given.value() as? Value { return value }
        if let readable = Value.self as? any JSONTapeReadable.Type, let value = try? readable.init(tape: JSONTapeValue(document: self, index: index)) {
            return value as! Value
        }
        return try Value(from: JSONTapeDecoding(document: self, index: index, parent: parent, key: key))
    }

    /// The index of the value of `key` in the object at `object`, or `nil` when it has no such
    /// member. The search starts at `lastMember` (a key's index) and leaves it at the key found.
    func member(named key: some CodingKey, inObjectAt object: Int, lastMember: inout Int) -> Int? {
        member(named: key.stringValue, inObjectAt: object, lastMember: &lastMember)
    }

    /// The index of the value of the member named `name`, as `member(named:inObjectAt:lastMember:)` finds a key's.
    func member(named name: String, inObjectAt object: Int, lastMember: inout Int) -> Int? {
        let container = values[object]
        guard container.count > 0 else { return nil }
        var name = name
        var candidate = lastMember
        for _ in 0..<container.count {
            if string(at: candidate, equals: &name) {
                lastMember = candidate
                return candidate + 1
            }
            candidate = after(candidate + 1)
            if candidate == container.end { candidate = object + 1 }
        }
        return nil
    }

    /// The index of the value after the one at `index` and everything inside it.
    @inline(__always)
    func after(_ index: Int) -> Int {
        values[index].next(at: index)
    }

    // MARK: Scalars

    func isNull(_ index: Int) -> Bool {
        values[index].kind == .null
    }

    func string(at index: Int, from site: JSONTapeSite) throws -> String {
        let value = values[index]
        switch value.kind {
        case .string:
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[value.start..<value.end]), as: UTF8.self)
        case .escapedString:
            guard let text = unescaped(value) else {
                throw DecodingError.dataCorrupted(.init(codingPath: site.path, debugDescription: "The string holds a \\u escape of half a surrogate pair."))
            }
            return text
        default:
            throw mismatch(String.self, found: value, path: site.path)
        }
    }

    func bool(at index: Int, from site: JSONTapeSite) throws -> Bool {
        switch values[index].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, found: values[index], path: site.path)
        }
    }

    /// An integer written as one (`12`, `-3`), or as a number that is exactly one (`1.0`, `1e3`), as Foundation reads them.
    func integer<Number: FixedWidthInteger>(_ type: Number.Type, at index: Int, from site: JSONTapeSite) throws -> Number {
        let value = values[index]
        guard value.kind == .number else { throw mismatch(Number.self, found: value, path: site.path) }
        var position = value.start
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var result: Number = 0
        var exact = true
        while position < value.end {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { exact = false; break }
            let (shifted, overflowShift) = result.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = negative ? shifted.subtractingReportingOverflow(Number(digit)) : shifted.addingReportingOverflow(Number(digit))
            guard !overflowShift, !overflowAdd else {
                throw DecodingError.dataCorrupted(.init(codingPath: site.path, debugDescription: "Number \(text(of: value)) does not fit in \(Number.self)."))
            }
            result = next
            position += 1
        }
        if exact { return result }
        guard let number = Double(text(of: value)), number.rounded() == number, let whole = Number(exactly: number) else {
            throw DecodingError.dataCorrupted(.init(codingPath: site.path, debugDescription: "Number \(text(of: value)) does not fit in \(Number.self)."))
        }
        return whole
    }

    func floatingPoint<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ type: Number.Type, at index: Int, from site: JSONTapeSite) throws -> Number {
        let value = values[index]
        guard value.kind == .number else { throw mismatch(Number.self, found: value, path: site.path) }
        guard let number = Number(text(of: value)), number.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: site.path, debugDescription: "Number \(text(of: value)) does not fit in \(Number.self)."))
        }
        return number
    }

    /// What a value's text says it is, for messages.
    func describe(_ value: JSONTape.Value) -> String {
        switch value.kind {
        case .object: return "a dictionary"
        case .array: return "an array"
        case .string, .escapedString: return "a string"
        case .number: return "number"
        case .true, .false: return "bool"
        case .null: return "null"
        }
    }

    func mismatch(_ type: Any.Type, found value: JSONTape.Value, path: [any CodingKey]) -> DecodingError {
        if value.kind == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(describe(value)) instead."))
    }

    private func text(of value: JSONTape.Value) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[value.start..<value.end]), as: UTF8.self)
    }

    // MARK: Member names

    /// Whether the string at `index` reads `name`.
    @inline(__always)
    func string(at index: Int, equals name: inout String) -> Bool {
        let value = values[index]
        if value.kind == .escapedString { return unescaped(value) == name }
        let count = value.end - value.start
        return name.withUTF8 { utf8 in
            guard utf8.count == count else { return false }
            for offset in 0..<count where utf8[offset] != bytes[value.start + offset] { return false }
            return true
        }
    }

    /// A string with escapes, undone; `nil` for a lone surrogate.
    private func unescaped(_ value: JSONTape.Value) -> String? {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(value.end - value.start)
        var position = value.start
        func hex4(at offset: Int) -> UInt32 {
            (0..<4).reduce(0) { $0 << 4 | JSONTape.hexValue(bytes[offset + $1])! }
        }
        while position < value.end {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                position += 1
                continue
            }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var code = hex4(at: position)
                position += 4
                if (0xD800...0xDBFF).contains(code) {
                    guard position + 6 <= value.end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { return nil }
                    let low = hex4(at: position + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                } else if (0xDC00...0xDFFF).contains(code) {
                    return nil
                }
                utf8.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
            default: utf8.append(escape) // \" \\ \/
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
