/// An amount of money in one financial year: one entry of a funding line's `amounts` map.
public struct YearAmount: Hashable, Sendable, Codable {
    /// The financial year.
    public var year: FinancialYear
    /// The amount in that year.
    public var amount: Amount

    /// Creates an entry.
    public init(year: FinancialYear, amount: Amount) {
        self.year = year
        self.amount = amount
    }
}

extension YearAmount: JSONStreamWritable, JSONTapeReadable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.year, year)
        writer.member(CodingKeys.amount, amount)
        writer.endObject()
    }

    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        year = try object.required(CodingKeys.year, FinancialYear.self)
        amount = try object.required(CodingKeys.amount, Amount.self)
    }
}
