/// Reads CSV text given a piece at a time, calling back with each row as soon as it ends: what
/// `CSV.forEachRow` reads a whole text with, and what reads a file of a million rows without
/// holding it (a row, a quoted field or a CRLF may be split between two pieces).
public struct CSVReader {
    private var row: [String] = []
    private var field: [UInt8] = []
    private var quoted = false, fieldWasQuoted = false
    /// The line the reader has come to (lines counted from 1, a line break inside quotes counting too).
    public private(set) var line = 1
    private var quoteStartLine = 1
    /// How many bytes of a byte order mark have been seen at the start (nil once past it).
    private var markSeen: Int? = 0
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// A quote inside a quoted field, waiting for the next byte: a second quote, or the field's end.
    private var quoteWaiting = false
    /// A carriage return outside quotes, waiting for the next byte: a line feed, or text.
    private var returnWaiting = false

    /// A reader at the start of a text.
    public init() {}

    /// Reads the next piece of the text; a byte order mark at its start is ignored.
    ///
    /// - Throws: `CSV.ParseError` for text that is not CSV, or what `body` throws.
    public mutating func read(_ piece: UnsafeBufferPointer<UInt8>, _ body: ([String]) throws -> Void) throws {
        var bytes = piece[...]
        while let seen = markSeen, let byte = bytes.first {
            if byte == Self.byteOrderMark[seen] {
                bytes = bytes.dropFirst()
                markSeen = seen + 1 == Self.byteOrderMark.count ? nil : seen + 1
            } else {
                try endMark(body)
            }
        }
        for byte in bytes { try take(byte, body) }
    }

    /// Past the start: bytes that began like a byte order mark but were not one are text.
    private mutating func endMark(_ body: ([String]) throws -> Void) throws {
        guard let seen = markSeen else { return }
        markSeen = nil
        for byte in Self.byteOrderMark[..<seen] { try take(byte, body) }
    }

    /// Ends the text: the last row, if it has no line end of its own.
    ///
    /// - Throws: `CSV.ParseError` for a quoted field never closed, or what `body` throws.
    public mutating func finish(_ body: ([String]) throws -> Void) throws {
        try endMark(body)
        if quoteWaiting {
            quoteWaiting = false
            quoted = false
        }
        if returnWaiting {
            returnWaiting = false
            try unquoted(UInt8(ascii: "\r"), body)
        }
        if quoted { throw CSV.ParseError(line: quoteStartLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !row.isEmpty || fieldWasQuoted {
            endField()
            try body(row)
            row = []
        }
    }

    private mutating func take(_ byte: UInt8, _ body: ([String]) throws -> Void) throws {
        if quoteWaiting {
            quoteWaiting = false
            if byte == UInt8(ascii: "\"") {
                field.append(byte)
                return
            }
            quoted = false
        }
        if returnWaiting {
            returnWaiting = false
            if byte != UInt8(ascii: "\n") { try unquoted(UInt8(ascii: "\r"), body) }
        }
        if quoted {
            if byte == UInt8(ascii: "\"") {
                quoteWaiting = true
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
        } else if byte == UInt8(ascii: "\r") {
            returnWaiting = true
        } else {
            try unquoted(byte, body)
        }
    }

    private mutating func unquoted(_ byte: UInt8, _ body: ([String]) throws -> Void) throws {
        switch byte {
        case UInt8(ascii: "\""):
            guard field.isEmpty, !fieldWasQuoted else {
                throw CSV.ParseError(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote: \"\"\"\")")
            }
            quoted = true
            fieldWasQuoted = true
            quoteStartLine = line
        case UInt8(ascii: ","):
            endField()
        case UInt8(ascii: "\n"):
            endField()
            try body(row)
            row = []
            line += 1
        default:
            if fieldWasQuoted {
                throw CSV.ParseError(line: line, message: "text after a closing quote (a quoted field must end at a comma or the end of the line)")
            }
            field.append(byte)
        }
    }

    private mutating func endField() {
        row.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }
}
