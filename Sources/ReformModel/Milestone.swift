/// A dated commitment: the DfE's own (`national`) or the council's.
public struct Milestone: Hashable, Sendable, Codable {
    /// Unique among milestones.
    public var id: String
    /// What is to happen.
    public var title: String
    /// When it is due.
    public var due: PlanDate?
    /// The policy it belongs to.
    public var policy: String?
    /// The pillars it serves.
    public var pillars: [String]
    /// Whether it is a statutory deadline.
    public var statutory: Bool
    /// Whether it is a national (DfE) commitment rather than the council's.
    public var national: Bool
    /// Who delivers it (a role).
    public var owner: String?
    /// Further detail.
    public var notes: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates a milestone.
    public init(id: String, title: String, due: PlanDate? = nil, policy: String? = nil, pillars: [String] = [], statutory: Bool = false,
                national: Bool = false, owner: String? = nil, notes: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.policy = policy
        self.pillars = pillars
        self.statutory = statutory
        self.national = national
        self.owner = owner
        self.notes = notes
        self.source = source
    }
}
