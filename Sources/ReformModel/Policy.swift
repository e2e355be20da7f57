/// A national strategy, framework or piece of statutory guidance that the council must implement.
public struct Policy: Hashable, Sendable, Codable {
    /// What kind of national document it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case strategy
        case statutoryGuidance = "statutory-guidance"
        case framework
        case legislation
        case programme
    }

    /// Unique among policies.
    public var id: String
    /// The policy's title.
    public var title: String
    /// What kind of document it is.
    public var kind: Kind
    /// When it was published.
    public var published: PlanDate?
    /// Where to read it.
    public var url: String?
    /// The pillars it serves.
    public var pillars: [String]
    /// When it must be implemented by, if it sets a date.
    public var deadline: PlanDate?
    /// What the deadline is, in words ("implemented by").
    public var deadlineLabel: String?
    /// Whether the deadline is a statutory duty.
    public var statutory: Bool
    /// What it asks of the council.
    public var summary: String?
    /// Where the facts come from.
    public var source: String?
    /// The policies this one replaces (a new programme guide replacing the last).
    public var supersedes: [String]
    /// The programmes or policies through which this one is delivered (a policy paper delivered
    /// through the Families First Partnership programme).
    public var deliveredThrough: [String]
    /// What carried over from the policies it supersedes, in words.
    public var carriesOver: String?
    /// For legislation: the day of Royal Assent, from which "two months after passing" counts.
    public var royalAssent: PlanDate?
    /// For legislation: the duties it places on the council, each with its commencement.
    public var duties: [Duty]

    /// Creates a policy.
    public init(id: String, title: String, kind: Kind, published: PlanDate? = nil, url: String? = nil, pillars: [String] = [],
                deadline: PlanDate? = nil, deadlineLabel: String? = nil, statutory: Bool = false, summary: String? = nil, source: String? = nil,
                supersedes: [String] = [], deliveredThrough: [String] = [], carriesOver: String? = nil, royalAssent: PlanDate? = nil,
                duties: [Duty] = []) {
        self.supersedes = supersedes
        self.deliveredThrough = deliveredThrough
        self.carriesOver = carriesOver
        self.royalAssent = royalAssent
        self.duties = duties
        self.id = id
        self.title = title
        self.kind = kind
        self.published = published
        self.url = url
        self.pillars = pillars
        self.deadline = deadline
        self.deadlineLabel = deadlineLabel
        self.statutory = statutory
        self.summary = summary
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, kind, published, url, pillars, deadline, deadlineLabel = "deadline_label", statutory, summary, source
        case supersedes, deliveredThrough = "delivered_through", carriesOver = "carries_over", royalAssent = "royal_assent", duties
    }
}

extension Policy {
    /// The title of every policy and legal duty in `policies`, by id, as reports and pages name
    /// what an action serves: a duty as "Act s3: its title".
    public static func titles(of policies: [Policy]) -> [String: String] {
        Dictionary(policies.map { ($0.id, $0.title) } + policies.flatMap { policy in
            policy.duties.map { ($0.id, "\(policy.title)\($0.section.map { " \($0)" } ?? ""): \($0.title)") }
        }, uniquingKeysWith: { first, _ in first })
    }
}
