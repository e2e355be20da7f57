/// CSV written straight into bytes, field by field: the text `CSV.field` and `CSV.row` make,
/// without a string for every field and every row (a cost-burden CSV has half a million fields).
public struct CSVWriter: Sendable {
    /// The CSV written so far.
    public private(set) var bytes: [UInt8]
    /// Whether a field has been written on the current row, so the next one needs a comma.
    private var rowStarted = false

    /// Creates a writer, starting with a UTF-8 byte order mark where Excel needs one to read UTF-8.
    public init(byteOrderMark: Bool = true, capacity: Int = 1 << 16) {
        bytes = []
        bytes.reserveCapacity(capacity)
        if byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// Writes one field as `CSV.field` writes it: quoted when it holds a comma, quote or line
    /// break, and with `guardFormulas`, a leading apostrophe on text a spreadsheet would run.
    public mutating func field(_ text: String, guardFormulas: Bool = true) {
        separate()
        var text = text
        text.withUTF8 { utf8 in
            let formula = guardFormulas && utf8.first.map(CSV.startsFormula) == true
            let needsQuotes = utf8.contains(where: CSV.needsQuoting)
            if needsQuotes { bytes.append(UInt8(ascii: "\"")) }
            if formula { bytes.append(UInt8(ascii: "'")) }
            if needsQuotes {
                for byte in utf8 {
                    bytes.append(byte)
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
    }

    /// Writes an amount as a plain decimal, as `Money.decimalString` does (`1250.50`, `-3.05`).
    public mutating func field(_ money: Money) {
        separate()
        if money.pence < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimal(money.pence.magnitude / 100)
        bytes.append(UInt8(ascii: "."))
        bytes.appendDecimal(money.pence.magnitude % 100, width: 2)
    }

    /// Writes `count` empty fields.
    public mutating func emptyFields(_ count: Int) {
        for _ in 0..<count { separate() }
    }

    /// Writes a whole row of text fields, as `CSV.row` of `CSV.field`s does, and ends it.
    public mutating func row(_ fields: [String], guardFormulas: Bool = true) {
        for text in fields { field(text, guardFormulas: guardFormulas) }
        endRow()
    }

    /// Ends the current row with CRLF, as RFC 4180 has it.
    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
        rowStarted = false
    }

    private mutating func separate() {
        if rowStarted { bytes.append(UInt8(ascii: ",")) }
        rowStarted = true
    }
}
