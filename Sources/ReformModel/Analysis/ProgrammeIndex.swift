/// Items of a programme looked up by id; built once per analysis, and by the loader's checks.
///
/// It holds each item's position rather than a copy, so indexing a programme of 100,000
/// actions copies none of them.
public struct ProgrammeIndex: Sendable {
    /// The programme indexed.
    public let programme: Programme
    /// Each action's position in `programme.actions`, by id (the first, where ids repeat).
    public let actionPositions: [String: Int]
    private let milestonePositions: [String: Int]
    private let policyPositions: [String: Int]

    /// Indexes a programme (the first item wins where ids repeat, which validation forbids).
    public init(_ programme: Programme) {
        self.programme = programme
        actionPositions = Self.firstPositions(of: programme.actions.lazy.map(\.id))
        milestonePositions = Self.firstPositions(of: programme.milestones.lazy.map(\.id))
        policyPositions = Self.firstPositions(of: programme.policies.lazy.map(\.id))
    }

    /// Indexes a programme whose actions' positions are known already (the loader finds them while
    /// it decodes): `actionPositions` must be those of `programme.actions`, the first where ids repeat.
    public init(_ programme: Programme, actionPositions: [String: Int]) {
        self.programme = programme
        self.actionPositions = actionPositions
        milestonePositions = Self.firstPositions(of: programme.milestones.lazy.map(\.id))
        policyPositions = Self.firstPositions(of: programme.policies.lazy.map(\.id))
    }

    /// The action with `id`.
    public func action(_ id: String) -> Action? {
        actionPositions[id].map { programme.actions[$0] }
    }

    /// The milestone with `id`.
    public func milestone(_ id: String) -> Milestone? {
        milestonePositions[id].map { programme.milestones[$0] }
    }

    /// The policy with `id`.
    public func policy(_ id: String) -> Policy? {
        policyPositions[id].map { programme.policies[$0] }
    }

    private static func firstPositions(of ids: some Collection<String>) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where positions[id] == nil {
            positions[id] = position
        }
        return positions
    }
}
