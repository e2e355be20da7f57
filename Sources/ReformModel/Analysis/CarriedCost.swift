/// A recurrent cost assumed to go on into years the plan gives no figure for.
///
/// A burden "recurrent from 2025/26" costs something every year after, but plans state it once:
/// without carrying it forward, the later years of a funding report read "not costed". It is
/// carried into each later year of the report's window until a later entry for the burden (of any
/// amount, or unknown) says otherwise, and every report says so in words, as an assumption.
public struct CarriedCost: Hashable, Sendable, Codable {
    /// The burden's id and title.
    public let burden: String
    public let title: String
    /// The year whose recurrent cost is carried, and the amount a year.
    public let from: FinancialYear
    public let amount: Money
    /// The later years it is assumed in.
    public let years: [FinancialYear]

    /// The assumption in words: "The recurrent cost of £120,000 stated for 2025/26 is assumed to continue in 2026/27 to 2028/29 (no later figure is given)."
    public var assumption: String {
        let span = years.count == 1 ? years[0].label : "\(years[0].label) to \(years[years.count - 1].label)"
        return "\(title): the recurrent cost of \(amount.formatted()) a year stated for \(from.label) is assumed to continue in \(span) (no later figure is given)."
    }

    /// The recurrent costs of `burden` carried forward through the years up to `last`: for each
    /// known recurrent cost, every following year before the next year with a recurrent entry of
    /// its own (a one-off cost in a later year does not stop a recurrent one).
    public static func carried(from burden: Burden, through last: FinancialYear) -> [CarriedCost] {
        let recurrentYears = Set(burden.costs.filter(\.recurrent).map(\.year))
        return burden.costs.compactMap { cost in
            guard cost.recurrent, let money = cost.amount.money else { return nil }
            var years: [FinancialYear] = []
            var year = FinancialYear(startYear: cost.year.startYear + 1)
            while year <= last, !recurrentYears.contains(year) {
                years.append(year)
                year = FinancialYear(startYear: year.startYear + 1)
            }
            return years.isEmpty ? nil : CarriedCost(burden: burden.id, title: burden.title, from: cost.year, amount: money, years: years)
        }
    }

    /// The costs it stands for, one a year.
    public var costs: [BurdenCost] {
        years.map { BurdenCost(year: $0, amount: .known(amount), recurrent: true, basis: "carried forward from \(from.label)") }
    }
}

extension CarriedCost: JSONStreamWritable, JSONTapeReadable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.burden, burden)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.from, from)
        writer.member(CodingKeys.amount, amount)
        writer.member(CodingKeys.years, years)
        writer.endObject()
    }

    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        burden = try object.required(CodingKeys.burden, String.self)
        title = try object.required(CodingKeys.title, String.self)
        from = try object.required(CodingKeys.from, FinancialYear.self)
        amount = try object.required(CodingKeys.amount, Money.self)
        years = try object.required(CodingKeys.years, [FinancialYear].self)
    }
}
