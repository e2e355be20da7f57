import ReformModel

/// `reform plan diff --json`: the two revisions compared and what changed between them, in words by id.
public struct PlanComparisonJSON: Codable, Sendable {
    /// The earlier revision (`null` when the later is the first) and the later.
    public let from: Int64?
    public let to: Int64?
    public let changes: [PlanChange]
}
