/// The money figures of one cell of the New Burdens tables: a year, a policy, a pillar, a burden.
///
/// They always reconcile: `cost = confirmed + atRisk + noFundingIdentified`, and
/// `unfunded = atRisk + noFundingIdentified`. Unknown costs are never in them; they are counted
/// in `unquantifiedItems` and listed by name elsewhere. A cell whose costs are all unknown is
/// **not costed**: its amounts are `nil` through `money(_:)` and `null` in JSON, never £0.
public struct FundingFigures: Hashable, Sendable, Codable {
    /// Quantified one-off cost.
    public var oneOffCost: Money = .zero
    /// Quantified recurrent cost.
    public var recurrentCost: Money = .zero
    /// The part of the recurrent cost carried forward from an earlier year: an assumption, not a stated figure.
    public var carriedForward: Money = .zero
    /// Confirmed funding attributed to quantified cost (never more than the cost).
    public var confirmed: Money = .zero
    /// Indicative funding attributed to the cost that confirmed funding leaves uncovered.
    public var indicative: Money = .zero
    /// Unquantified burdens: in a burden's own cell its cost entries with no amount; in a group's
    /// year, its burdens with an unknown cost that year or no cost estimate for any year; in a
    /// group's total, its burdens with any cost unknown or none estimated.
    public var unquantifiedItems: Int = 0
    /// Cost entries with a known amount.
    public var quantifiedItems: Int = 0

    /// Whether the figures say what the cost is: something was quantified, or nothing is waiting to be.
    public var isCosted: Bool { quantifiedItems > 0 || unquantifiedItems == 0 }

    /// `value` where the figures are costed; `nil` ("not costed") where every cost is unknown.
    public func money(_ value: Money) -> Money? {
        isCosted ? value : nil
    }

    /// Creates empty figures.
    public init() {}

    /// One-off plus recurrent.
    public var cost: Money { oneOffCost + recurrentCost }
    /// Cost less confirmed funding.
    public var unfunded: Money { cost - confirmed }
    /// The part of the unfunded cost that indicative funding may cover: at risk until confirmed.
    public var atRisk: Money { min(unfunded, indicative) }
    /// The part of the cost with no funding identified at all.
    public var noFundingIdentified: Money { unfunded - atRisk }

    /// Adds another cell's figures to these.
    public mutating func add(_ other: FundingFigures) {
        oneOffCost += other.oneOffCost
        recurrentCost += other.recurrentCost
        carriedForward += other.carriedForward
        confirmed += other.confirmed
        indicative += other.indicative
        unquantifiedItems += other.unquantifiedItems
        quantifiedItems += other.quantifiedItems
    }

    private enum CodingKeys: String, CodingKey {
        case oneOffCost = "one_off_cost", recurrentCost = "recurrent_cost", carriedForward = "carried_forward", cost, confirmed, indicative, unfunded
        case atRisk = "at_risk", noFundingIdentified = "no_funding_identified", unquantifiedItems = "unquantified_items"
        case quantifiedItems = "quantified_items"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        oneOffCost = try container.decodeIfPresent(Money.self, forKey: .oneOffCost) ?? .zero
        recurrentCost = try container.decodeIfPresent(Money.self, forKey: .recurrentCost) ?? .zero
        carriedForward = try container.decodeIfPresent(Money.self, forKey: .carriedForward) ?? .zero
        confirmed = try container.decodeIfPresent(Money.self, forKey: .confirmed) ?? .zero
        indicative = try container.decodeIfPresent(Money.self, forKey: .indicative) ?? .zero
        unquantifiedItems = try container.decode(Int.self, forKey: .unquantifiedItems)
        quantifiedItems = try container.decodeIfPresent(Int.self, forKey: .quantifiedItems) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Every key is always present; an amount that is not known is null.
        try container.encode(money(oneOffCost), forKey: .oneOffCost)
        try container.encode(money(recurrentCost), forKey: .recurrentCost)
        try container.encode(money(carriedForward), forKey: .carriedForward)
        try container.encode(money(cost), forKey: .cost)
        try container.encode(money(confirmed), forKey: .confirmed)
        try container.encode(money(indicative), forKey: .indicative)
        try container.encode(money(unfunded), forKey: .unfunded)
        try container.encode(money(atRisk), forKey: .atRisk)
        try container.encode(money(noFundingIdentified), forKey: .noFundingIdentified)
        try container.encode(unquantifiedItems, forKey: .unquantifiedItems)
        try container.encode(quantifiedItems, forKey: .quantifiedItems)
    }
}

extension FundingFigures: JSONStreamWritable {
    /// Writes what `encode(to:)` writes, every key present and an amount not costed as `null`:
    /// a funding analysis holds a set of figures for every burden, group and year.
    public func writeJSON(to writer: inout JSONWriter) {
        func amount(_ key: CodingKeys, _ value: Money) {
            writer.key(key)
            if let costed = money(value) { costed.writeJSON(to: &writer) } else { writer.null() }
        }
        writer.beginObject()
        amount(.oneOffCost, oneOffCost)
        amount(.recurrentCost, recurrentCost)
        amount(.carriedForward, carriedForward)
        amount(.cost, cost)
        amount(.confirmed, confirmed)
        amount(.indicative, indicative)
        amount(.unfunded, unfunded)
        amount(.atRisk, atRisk)
        amount(.noFundingIdentified, noFundingIdentified)
        writer.key(CodingKeys.unquantifiedItems)
        writer.integer(unquantifiedItems)
        writer.key(CodingKeys.quantifiedItems)
        writer.integer(quantifiedItems)
        writer.endObject()
    }
}

extension FundingFigures: JSONTapeReadable {
    /// Reads what `init(from:)` reads: the stated amounts (absent or `null` as zero) and the counts; the rest is derived.
    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        oneOffCost = try object.ifPresent(CodingKeys.oneOffCost, Money.self) ?? .zero
        recurrentCost = try object.ifPresent(CodingKeys.recurrentCost, Money.self) ?? .zero
        carriedForward = try object.ifPresent(CodingKeys.carriedForward, Money.self) ?? .zero
        confirmed = try object.ifPresent(CodingKeys.confirmed, Money.self) ?? .zero
        indicative = try object.ifPresent(CodingKeys.indicative, Money.self) ?? .zero
        unquantifiedItems = try object.required(CodingKeys.unquantifiedItems, Int.self)
        quantifiedItems = try object.ifPresent(CodingKeys.quantifiedItems, Int.self) ?? 0
    }
}
