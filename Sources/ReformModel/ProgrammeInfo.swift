/// The `programme:` section: who runs the programme, for what, and as at when.
public struct ProgrammeInfo: Hashable, Sendable, Codable {
    /// A short identifier for the programme.
    public var id: String
    /// The programme's title.
    public var title: String
    /// The council running it.
    public var organisation: String
    /// The reporting officer's role (the "Report of" on a committee front sheet).
    public var sponsor: String?
    /// What the programme is for.
    public var vision: String?
    /// ISO 4217 currency of every amount (default GBP).
    public var currency: String
    /// The date the file's statuses are true at.
    public var asOf: PlanDate?
    /// People or roles to contact about the programme.
    public var contacts: [Contact]
    /// The council's corporate strategy and its outcomes, where the file gives them.
    public var strategy: Strategy?
    /// Where the facts in this section come from.
    public var source: String?

    /// Creates the section.
    public init(id: String, title: String, organisation: String, sponsor: String? = nil, vision: String? = nil,
                currency: String = "GBP", asOf: PlanDate? = nil, contacts: [Contact] = [], strategy: Strategy? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.sponsor = sponsor
        self.vision = vision
        self.currency = currency
        self.asOf = asOf
        self.contacts = contacts
        self.strategy = strategy
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, organisation, sponsor, vision, currency, asOf = "as_of", contacts, strategy, source
    }
}
