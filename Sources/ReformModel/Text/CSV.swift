/// Reading and writing CSV as RFC 4180 describes it, with the guards a spreadsheet needs.
///
/// Small and ours because the CSV packages to hand are slow and have no formula guard.
public enum CSV {
    /// Why a CSV text could not be read.
    public struct ParseError: Error, Hashable, Sendable {
        /// The 1-based line where the problem starts.
        public let line: Int
        /// What is wrong.
        public let message: String
    }

    /// Splits CSV text into rows of fields: quoted fields may hold commas, quotes (doubled) and
    /// line breaks; lines end in LF or CRLF; a leading byte order mark is ignored.
    public static func parse(_ text: String) throws(ParseError) -> [[String]] {
        var rows: [[String]] = []
        do {
            try forEachRow(in: text) { rows.append($0) }
        } catch let error as ParseError {
            throw error
        } catch {
            throw ParseError(line: 0, message: "\(error)") // collecting rows throws nothing of its own
        }
        return rows
    }

    /// Calls `body` with each row as soon as it is read, so a large file is never held as rows.
    ///
    /// - Throws: `ParseError` for text that is not CSV, or what `body` throws; reading stops at either.
    public static func forEachRow(in text: String, _ body: ([String]) throws -> Void) throws {
        // Read in place: a copy of a million rows' text would double what an import holds.
        var text = text
        var reader = CSVReader()
        try text.withUTF8 { utf8 in try reader.read(utf8, body) }
        try reader.finish(body)
    }

    /// One field written for CSV: quoted when it holds a comma, quote or line break.
    ///
    /// With `guardFormulas`, text that a spreadsheet would run as a formula (starting with `=`,
    /// `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, as OWASP advises.
    public static func field(_ text: String, guardFormulas: Bool = true) -> String {
        // Read by bytes, and the text returned as it is when it needs nothing: a report's CSV has a million fields.
        let formula = guardFormulas && text.utf8.first.map(startsFormula) == true
        let needsQuotes = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsQuoting) } ?? text.utf8.contains(where: needsQuoting)
        guard formula || needsQuotes else { return text }
        let value = formula ? "'" + text : text
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a field starting with `byte` is one a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return).
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    /// Whether a field holding `byte` must be quoted: a comma, quote or line break.
    static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// A row of already-written fields joined with commas and ended with CRLF.
    public static func row(_ fields: [String]) -> String {
        var line = ""
        line.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 1 })
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += field
        }
        line += "\r\n"
        return line
    }
}

extension String {
    /// The string with every `target` replaced by `replacement`; no Foundation needed.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    /// The first range where `target` occurs.
    func range(of target: String) -> Range<Index>? {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if utf8[index] == first, utf8[index...].starts(with: needle) {
                return index..<utf8.index(index, offsetBy: needle.count)
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
