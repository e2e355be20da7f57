/// One thing the council will do, with an owner and a deadline: the unit the programme tracks.
public struct Action: Hashable, Sendable, Codable {
    /// Where an action stands.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case notStarted = "not-started"
        case inProgress = "in-progress"
        case complete
        case blocked
        case cancelled

        /// Whether work on the action is finished one way or another.
        public var isClosed: Bool { self == .complete || self == .cancelled }
    }

    /// Whether the action is required by statute or guidance, or only recommended.
    public enum Requirement: String, Hashable, Sendable, Codable, CaseIterable {
        case required
        case recommended
    }

    /// What a programme expects of the council in one financial year (the Families First
    /// Partnership's year-2 expectations, Required or Recommended).
    public struct Expectation: Hashable, Sendable, Codable {
        public var year: FinancialYear
        public var requirement: Requirement

        public init(year: FinancialYear, requirement: Requirement) {
            self.year = year
            self.requirement = requirement
        }
    }

    /// Unique among actions.
    public var id: String
    /// What is to be done.
    public var title: String
    /// The pillars it serves (at least one).
    public var pillars: [String]
    /// The national policy it implements: the first of `policies`, whose deadline it inherits.
    public var policy: String?
    /// Every policy or legal duty it serves, the first being `policy`; the roll-ups by policy
    /// count it under each, once.
    public var policies: [String]
    /// The milestone it feeds.
    public var milestone: String?
    /// Who is accountable, as a role.
    public var owner: String?
    /// Who else is involved.
    public var partners: [String]
    /// When work starts.
    public var start: PlanDate?
    /// When it is due.
    public var due: PlanDate?
    /// Status at the programme's `as_of`.
    public var status: Status
    /// Percent complete, 0 to 100; `nil` where none has been reported (never taken as 0).
    public var progress: Int?
    /// When it was completed.
    public var completed: PlanDate?
    /// Actions that must finish first.
    public var dependsOn: [String]
    /// A RAG set by hand, with its reason; it wins over the computed one.
    public var rag: RAGOverride?
    /// Required or recommended.
    public var requirement: Requirement?
    /// What is expected of it by financial year, where a programme says (Required in 2026/27).
    public var expectations: [Expectation]
    /// Further detail.
    public var notes: String?
    /// Where the facts come from.
    public var source: String?

    /// Creates an action.
    public init(id: String, title: String, pillars: [String], policy: String? = nil, milestone: String? = nil, owner: String? = nil,
                partners: [String] = [], start: PlanDate? = nil, due: PlanDate? = nil, status: Status = .notStarted, progress: Int? = nil,
                completed: PlanDate? = nil, dependsOn: [String] = [], rag: RAGOverride? = nil, requirement: Requirement? = nil,
                notes: String? = nil, source: String? = nil, policies: [String]? = nil, expectations: [Expectation] = []) {
        self.id = id
        self.title = title
        self.pillars = pillars
        self.policy = policy ?? policies?.first
        self.policies = policies ?? policy.map { [$0] } ?? []
        self.expectations = expectations
        self.milestone = milestone
        self.owner = owner
        self.partners = partners
        self.start = start
        self.due = due
        self.status = status
        self.progress = progress
        self.completed = completed
        self.dependsOn = dependsOn
        self.rag = rag
        self.requirement = requirement
        self.notes = notes
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, pillars, policy, policies, milestone, owner, partners, start, due, status, progress, completed
        case dependsOn = "depends_on", rag, requirement, expectations, notes, source
    }
}

extension Action: JSONStreamWritable {
    /// Writes what `encode(to:)` writes, member for member (`CodingKeys` order).
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.id, id)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.pillars, pillars)
        writer.member(CodingKeys.policy, policy)
        writer.member(CodingKeys.policies, policies)
        writer.member(CodingKeys.milestone, milestone)
        writer.member(CodingKeys.owner, owner)
        writer.member(CodingKeys.partners, partners)
        writer.member(CodingKeys.start, start)
        writer.member(CodingKeys.due, due)
        writer.member(CodingKeys.status, word: status)
        writer.member(CodingKeys.progress, progress)
        writer.member(CodingKeys.completed, completed)
        writer.member(CodingKeys.dependsOn, dependsOn)
        writer.member(CodingKeys.rag, rag)
        writer.member(CodingKeys.requirement, word: requirement)
        writer.member(CodingKeys.expectations, expectations)
        writer.member(CodingKeys.notes, notes)
        writer.member(CodingKeys.source, source)
        writer.endObject()
    }
}

extension Action.Expectation: JSONStreamWritable {
    /// Writes what `encode(to:)` writes.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.year, year.label)
        writer.member(CodingKeys.requirement, word: requirement)
        writer.endObject()
    }
}
