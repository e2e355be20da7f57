/// How the plan's policies follow one another: which are superseded, by what (and what that was
/// superseded by in turn), and what carried over; and which are delivered through others. Worked
/// out from the file alone: *Stable Homes, Built on Love* → *Keeping Children Safe, Helping
/// Families Thrive* → the Families First Partnership guide 2025 → its 2026 re-issue.
public struct PolicyLineage: Hashable, Sendable {
    /// A policy that another replaced.
    public struct Superseded: Hashable, Sendable {
        public let id: String
        public let title: String
        /// The policies that replaced it directly.
        public let by: [String]
        /// The chain from it to the policy now in force, by title: "SHBOL → KCSHFT → FFP 2026".
        public let chain: [String]
        /// What carried over, in the successor's words.
        public let carriesOver: [String]
    }

    /// A policy delivered through others.
    public struct Delivery: Hashable, Sendable {
        public let id: String
        public let title: String
        public let through: [String]
    }

    public let superseded: [Superseded]
    public let deliveredThrough: [Delivery]

    /// The lineage of `policies` (a file's, whose supersession has no cycle: the loader refuses one).
    public init(_ policies: [Policy]) {
        let byID = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var successors: [String: [String]] = [:]
        for policy in policies {
            for old in policy.supersedes { successors[old, default: []].append(policy.id) }
        }
        superseded = policies.compactMap { policy in
            guard let by = successors[policy.id] else { return nil }
            // Follow the first successor each time, to the one nothing replaced.
            var chain = [policy.title], current = policy.id, seen: Set<String> = [policy.id]
            while let next = successors[current]?.first, seen.insert(next).inserted {
                chain.append(byID[next]?.title ?? next)
                current = next
            }
            return Superseded(id: policy.id, title: policy.title, by: by, chain: chain, carriesOver: by.compactMap { byID[$0]?.carriesOver })
        }
        deliveredThrough = policies.filter { !$0.deliveredThrough.isEmpty }.map { Delivery(id: $0.id, title: $0.title, through: $0.deliveredThrough) }
    }
}
