/// The actions that feed each deadline: those linked to its milestone or policy, and everything
/// they depend on, directly or through others. Found by position, so no id is hashed twice.
///
/// The analysis judges deadlines with it, and the loader's checks use the same grouping to
/// find actions due after their deadline and to bound the analysis's size.
public struct FeedingActions: Sendable {
    /// The positions of the actions each action depends on (ids that name no action left out).
    public let dependencies: [[Int]]
    /// The positions of the actions linked to each milestone, and to each policy.
    public let byMilestone: [String: [Int]], byPolicy: [String: [Int]]
    /// For each position, the last walk that reached it: a set of positions emptied by counting one up.
    private var reached: [Int]
    private var walk = 0

    /// Indexes `items` (the programme's actions, or their assessments, in file order), whose positions by id are `positions`.
    init<Item: DeadlineFeeder>(_ items: [Item], positions: [String: Int]) {
        var byMilestone: [String: [Int]] = [:], byPolicy: [String: [Int]] = [:]
        for position in items.indices {
            if let milestone = items[position].milestone { byMilestone[milestone, default: []].append(position) }
            // Each policy once: an action names one, mostly, which needs no set to be distinct.
            let policies = items[position].policies
            for policy in policies.count < 2 ? policies : Array(Set(policies)) { byPolicy[policy, default: []].append(position) }
        }
        self.byMilestone = byMilestone
        self.byPolicy = byPolicy
        self.dependencies = items.indices.map { position in
            items[position].dependsOn.isEmpty ? [] : items[position].dependsOn.compactMap { positions[$0] }
        }
        self.reached = Array(repeating: 0, count: items.count)
    }

    /// Groups a programme's actions, whose positions by id are `index.actionPositions`.
    public init(_ index: ProgrammeIndex) {
        self.init(index.programme.actions, positions: index.actionPositions)
    }

    /// The actions at `direct`, then everything they depend on, each once, in discovery order.
    public mutating func withDependencies(_ direct: [Int]) -> [Int] {
        walk += 1
        var ordered: [Int] = []
        var stack = Array(direct.reversed())
        while let position = stack.popLast() {
            guard reached[position] != walk else { continue }
            reached[position] = walk
            ordered.append(position)
            stack.append(contentsOf: dependencies[position].reversed())
        }
        return ordered
    }
}

/// What `FeedingActions` reads of an action or its assessment.
protocol DeadlineFeeder {
    var milestone: String? { get }
    var policies: [String] { get }
    var dependsOn: [String] { get }
}

extension Action: DeadlineFeeder {}
extension ActionAssessment: DeadlineFeeder {}
