/// A burden's cost in one financial year.
public struct BurdenCost: Hashable, Sendable, Codable {
    /// The financial year.
    public var year: FinancialYear
    /// The cost, or unknown where no estimate exists.
    public var amount: Amount
    /// Whether the cost recurs every year (true) or falls once (false).
    public var recurrent: Bool
    /// How the figure was estimated.
    public var basis: String?

    /// Creates a cost.
    public init(year: FinancialYear, amount: Amount, recurrent: Bool, basis: String? = nil) {
        self.year = year
        self.amount = amount
        self.recurrent = recurrent
        self.basis = basis
    }
}

/// A plan's burdens come in thousands, each with a cost a year: written and read without the coders' containers.
extension BurdenCost: JSONStreamWritable, JSONTapeReadable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.year, year)
        writer.member(CodingKeys.amount, amount)
        writer.member(CodingKeys.recurrent, recurrent)
        writer.member(CodingKeys.basis, basis)
        writer.endObject()
    }

    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        year = try object.required(CodingKeys.year, FinancialYear.self)
        amount = try object.required(CodingKeys.amount, Amount.self)
        recurrent = try object.required(CodingKeys.recurrent, Bool.self)
        basis = try object.ifPresent(CodingKeys.basis, String.self)
    }
}
