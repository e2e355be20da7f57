/// A phase of the reform, such as phase one over the Spending Review period.
public struct Phase: Hashable, Sendable, Codable {
    /// Unique among phases.
    public var id: String
    /// The phase's title.
    public var title: String
    /// When it starts.
    public var start: PlanDate?
    /// When it ends.
    public var end: PlanDate?
    /// What happens in it.
    public var description: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates a phase.
    public init(id: String, title: String, start: PlanDate? = nil, end: PlanDate? = nil, description: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.description = description
        self.source = source
    }
}

/// One of the reform's strategic pillars; actions, policies and burdens roll up by pillar.
public struct Pillar: Hashable, Sendable, Codable {
    /// Unique among pillars, for example `P3`.
    public var id: String
    /// The pillar's number in the national strategy.
    public var number: Int?
    /// A short title.
    public var title: String
    /// The pillar's aim in the strategy's words.
    public var aim: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates a pillar.
    public init(id: String, number: Int? = nil, title: String, aim: String? = nil, source: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.aim = aim
        self.source = source
    }
}

/// A document that facts are taken from; every item's `source` names one.
public struct Source: Hashable, Sendable, Codable {
    /// Unique among sources, for example the document's file name.
    public var id: String
    /// The document's title.
    public var title: String
    /// Where to find it.
    public var url: String?
    /// When it was published.
    public var published: PlanDate?

    /// Creates a source.
    public init(id: String, title: String, url: String? = nil, published: PlanDate? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
    }
}
