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
