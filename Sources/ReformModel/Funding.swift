/// A line of money coming in: a grant, an allocation or a national commitment.
public struct Funding: Hashable, Sendable, Codable {
    /// How certain the money is.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case confirmed
        case indicative
        case announced
        case bid
        case none
    }

    /// Whether the money comes to this council or is a national commitment shown for context.
    public enum Scope: String, Hashable, Sendable, Codable, CaseIterable {
        /// Money to this council; counts in its totals.
        case local
        /// A national commitment (for example the DfE's £20m for kinship); never counted in the council's totals.
        case national
    }

    /// Unique among funding lines.
    public var id: String
    /// What the money is.
    public var title: String
    /// Who pays.
    public var payer: String?
    /// How certain it is.
    public var status: Status
    /// Local or national.
    public var scope: Scope
    /// Whether it may only be spent on its purpose.
    public var ringFenced: Bool?
    /// The policy it supports.
    public var policy: String?
    /// The pillars it supports.
    public var pillars: [String]
    /// The amount in each financial year, in file order.
    public var amounts: [YearAmount]
    /// The whole amount, where the source states one without splitting it by year (for example a £3m contract).
    public var total: Amount?
    /// Further detail.
    public var notes: String?
    /// Where the facts come from.
    public var source: String?
    /// The grant determination it is paid under ("31/7834").
    public var determination: String?
    /// When it is paid, and how much each time: its payment profile.
    public var payments: [Payment]
    /// The earlier lines it absorbed, each in a financial year: their money that year is inside
    /// this line's, still counted against the burdens they fund and not again as this line's.
    public var consolidates: [Consolidated]

    /// One payment of a grant.
    public struct Payment: Hashable, Sendable, Codable {
        public var date: PlanDate
        public var amount: Amount

        public init(date: PlanDate, amount: Amount) {
            self.date = date
            self.amount = amount
        }
    }

    /// An earlier funding line absorbed into this one in a financial year (a New Burdens grant
    /// rolled into a consolidated grant).
    public struct Consolidated: Hashable, Sendable, Codable {
        public var funding: String
        public var year: FinancialYear

        public init(funding: String, year: FinancialYear) {
            self.funding = funding
            self.year = year
        }
    }

    /// Creates a funding line.
    public init(id: String, title: String, payer: String? = nil, status: Status, scope: Scope = .local, ringFenced: Bool? = nil,
                policy: String? = nil, pillars: [String] = [], amounts: [YearAmount] = [], total: Amount? = nil, notes: String? = nil, source: String? = nil,
                determination: String? = nil, payments: [Payment] = [], consolidates: [Consolidated] = []) {
        self.determination = determination
        self.payments = payments
        self.consolidates = consolidates
        self.id = id
        self.title = title
        self.payer = payer
        self.status = status
        self.scope = scope
        self.ringFenced = ringFenced
        self.policy = policy
        self.pillars = pillars
        self.amounts = amounts
        self.total = total
        self.notes = notes
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, payer, status, scope, ringFenced = "ring_fenced", policy, pillars, amounts, total, notes, source
        case determination, payments, consolidates
    }
}
