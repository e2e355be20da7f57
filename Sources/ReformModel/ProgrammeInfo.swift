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
    /// Where the facts in this section come from.
    public var source: String?

    /// Creates the section.
    public init(id: String, title: String, organisation: String, sponsor: String? = nil, vision: String? = nil,
                currency: String = "GBP", asOf: PlanDate? = nil, contacts: [Contact] = [], source: String? = nil) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.sponsor = sponsor
        self.vision = vision
        self.currency = currency
        self.asOf = asOf
        self.contacts = contacts
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, organisation, sponsor, vision, currency, asOf = "as_of", contacts, source
    }
}

/// A contact officer; `name` is absent where only the role is known.
public struct Contact: Hashable, Sendable, Codable {
    /// The person's name, when known.
    public var name: String?
    /// Their role.
    public var position: String
    /// Telephone number.
    public var telephone: String?
    /// Email address.
    public var email: String?

    /// Creates a contact.
    public init(name: String? = nil, position: String, telephone: String? = nil, email: String? = nil) {
        self.name = name
        self.position = position
        self.telephone = telephone
        self.email = email
    }
}

/// The `settings:` section: thresholds that analysis uses, adjustable per programme.
public struct Settings: Hashable, Sendable, Codable {
    /// Performance thresholds for RAG.
    public var rag: RAGThresholds

    /// Creates settings; the defaults are the Camms convention.
    public init(rag: RAGThresholds = RAGThresholds()) {
        self.rag = rag
    }
}

/// Performance thresholds in percent: at or above `greenAt` is green, at or below `redAt` is red.
public struct RAGThresholds: Hashable, Sendable, Codable {
    /// Performance at or above which an action is green (default 90).
    public var greenAt: Int
    /// Performance at or below which an action is red (default 70).
    public var redAt: Int

    /// Creates thresholds.
    public init(greenAt: Int = 90, redAt: Int = 70) {
        self.greenAt = greenAt
        self.redAt = redAt
    }

    private enum CodingKeys: String, CodingKey {
        case greenAt = "green_at", redAt = "red_at"
    }
}
