/// A risk to the programme, scored by likelihood and impact (1 to 5 each).
public struct Risk: Hashable, Sendable, Codable {
    /// Unique among risks.
    public var id: String
    /// What might go wrong.
    public var title: String
    /// 1 (rare) to 5 (almost certain), when assessed.
    public var likelihood: Int?
    /// 1 (negligible) to 5 (severe), when assessed.
    public var impact: Int?
    /// Who manages it, as a role.
    public var owner: String?
    /// What is being done about it.
    public var mitigation: String?
    /// Pillars it threatens.
    public var pillars: [String]
    /// The policy it concerns.
    public var policy: String?
    /// Further detail.
    public var notes: String?
    /// Where the risk is named.
    public var source: String?

    /// Likelihood × impact, the usual 1 to 25 score, when both are assessed.
    public var score: Int? {
        guard let likelihood, let impact else { return nil }
        return likelihood * impact
    }

    /// Creates a risk.
    public init(id: String, title: String, likelihood: Int? = nil, impact: Int? = nil, owner: String? = nil, mitigation: String? = nil,
                pillars: [String] = [], policy: String? = nil, notes: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.likelihood = likelihood
        self.impact = impact
        self.owner = owner
        self.mitigation = mitigation
        self.pillars = pillars
        self.policy = policy
        self.notes = notes
        self.source = source
    }
}
