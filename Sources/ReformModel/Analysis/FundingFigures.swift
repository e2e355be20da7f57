/// The money figures of one cell of the New Burdens tables: a year, a policy, a pillar, a burden.
///
/// They always reconcile: `cost = confirmed + atRisk + noFundingIdentified`, and
/// `unfunded = atRisk + noFundingIdentified`. Unknown costs are never in them; they are counted
/// in `unquantifiedItems` and listed by name elsewhere.
public struct FundingFigures: Hashable, Sendable, Codable {
    /// Quantified one-off cost.
    public var oneOffCost: Money = .zero
    /// Quantified recurrent cost.
    public var recurrentCost: Money = .zero
    /// Confirmed funding attributed to quantified cost (never more than the cost).
    public var confirmed: Money = .zero
    /// Indicative funding attributed to the cost that confirmed funding leaves uncovered.
    public var indicative: Money = .zero
    /// Cost entries whose amount is unknown; in a group's total, also its burdens with no cost entries at all.
    public var unquantifiedItems: Int = 0

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
        confirmed += other.confirmed
        indicative += other.indicative
        unquantifiedItems += other.unquantifiedItems
    }

    private enum CodingKeys: String, CodingKey {
        case oneOffCost = "one_off_cost", recurrentCost = "recurrent_cost", cost, confirmed, indicative, unfunded
        case atRisk = "at_risk", noFundingIdentified = "no_funding_identified", unquantifiedItems = "unquantified_items"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        oneOffCost = try container.decode(Money.self, forKey: .oneOffCost)
        recurrentCost = try container.decode(Money.self, forKey: .recurrentCost)
        confirmed = try container.decode(Money.self, forKey: .confirmed)
        indicative = try container.decode(Money.self, forKey: .indicative)
        unquantifiedItems = try container.decode(Int.self, forKey: .unquantifiedItems)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(oneOffCost, forKey: .oneOffCost)
        try container.encode(recurrentCost, forKey: .recurrentCost)
        try container.encode(cost, forKey: .cost)
        try container.encode(confirmed, forKey: .confirmed)
        try container.encode(indicative, forKey: .indicative)
        try container.encode(unfunded, forKey: .unfunded)
        try container.encode(atRisk, forKey: .atRisk)
        try container.encode(noFundingIdentified, forKey: .noFundingIdentified)
        try container.encode(unquantifiedItems, forKey: .unquantifiedItems)
    }
}
