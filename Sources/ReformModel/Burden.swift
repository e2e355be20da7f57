/// A cost that a new or extended duty places on the council: what the New Burdens doctrine says central government should fund.
public struct Burden: Hashable, Sendable, Codable {
    /// What kind of cost it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case newDuty = "new-duty"
        case extendedDuty = "extended-duty"
        case implementation
        case dataAndSystems = "data-and-systems"
        case workforce
    }

    /// Unique among burdens.
    public var id: String
    /// What the cost is for.
    public var title: String
    /// The policy that creates it.
    public var policy: String?
    /// The pillars it falls under.
    public var pillars: [String]
    /// What kind of cost it is.
    public var kind: Kind?
    /// The cost in each year; an amount may be unknown.
    public var costs: [BurdenCost]
    /// Funding lines that pay for it, with exact amounts where they are attributed.
    public var fundedBy: [FundingAttribution]
    /// Further detail.
    public var notes: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates a burden.
    public init(id: String, title: String, policy: String? = nil, pillars: [String] = [], kind: Kind? = nil, costs: [BurdenCost] = [],
                fundedBy: [FundingAttribution] = [], notes: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.policy = policy
        self.pillars = pillars
        self.kind = kind
        self.costs = costs
        self.fundedBy = fundedBy
        self.notes = notes
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, policy, pillars, kind, costs, fundedBy = "funded_by", notes, source
    }
}

extension Burden.Kind: JSONTapeReadable {}

/// A plan's burdens come in thousands: written and read without the coders' containers, member for member as they encode.
extension Burden: JSONStreamWritable, JSONTapeReadable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.id, id)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.policy, policy)
        writer.member(CodingKeys.pillars, pillars)
        writer.member(CodingKeys.kind, word: kind)
        writer.member(CodingKeys.costs, costs)
        writer.member(CodingKeys.fundedBy, fundedBy)
        writer.member(CodingKeys.notes, notes)
        writer.member(CodingKeys.source, source)
        writer.endObject()
    }

    public init(tape: JSONTapeValue) throws(JSONTapeMismatch) {
        var object = try tape.object()
        id = try object.required(CodingKeys.id, String.self)
        title = try object.required(CodingKeys.title, String.self)
        policy = try object.ifPresent(CodingKeys.policy, String.self)
        pillars = try object.required(CodingKeys.pillars, [String].self)
        kind = try object.ifPresent(CodingKeys.kind, Kind.self)
        costs = try object.required(CodingKeys.costs, [BurdenCost].self)
        fundedBy = try object.required(CodingKeys.fundedBy, [FundingAttribution].self)
        notes = try object.ifPresent(CodingKeys.notes, String.self)
        source = try object.ifPresent(CodingKeys.source, String.self)
    }
}
