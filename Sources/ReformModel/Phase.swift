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
