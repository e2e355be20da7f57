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
