/// Counts of actions by RAG for a group (a pillar, policy or milestone), with an overall RAG.
///
/// The overall rule is "the worst RAG among its open, rated actions": one red action makes a
/// pillar red. It is stated in every report so that nobody has to guess it.
public struct RAGRollUp: Hashable, Sendable, Codable {
    /// The rule the overall RAG follows, in words.
    public static let rule: String = "overall RAG is the worst RAG among open, rated actions; complete when every action is complete"

    /// What a roll-up groups.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case pillar, policy, milestone
    }

    /// What is grouped.
    public let kind: Kind
    /// The group's id.
    public let id: String
    /// The group's title.
    public let title: String
    /// Actions by RAG status.
    public let counts: [RAGStatus: Int]
    /// The overall RAG.
    public let overall: RAGStatus
    /// The actions in the group, in file order.
    public let actions: [String]

    /// Rolls up `assessments` into one group.
    public init(kind: Kind, id: String, title: String, assessments: [ActionAssessment]) {
        self.init(kind: kind, id: id, title: title, members: Array(assessments.indices), of: assessments)
    }

    /// Rolls up the assessments at `members` (positions in `assessments`), copying none of them.
    init(kind: Kind, id: String, title: String, members: [Int], of assessments: [ActionAssessment]) {
        self.kind = kind
        self.id = id
        self.title = title
        var counts: [RAGStatus: Int] = [:]
        for status in RAGStatus.allCases { counts[status] = 0 }
        var worst: RAGStatus?
        var allComplete = !members.isEmpty
        for position in members {
            let status = assessments[position].rag.status
            counts[status, default: 0] += 1
            if status.isColour, worst.map({ status.severity > $0.severity }) ?? true { worst = status }
            if status != .complete { allComplete = false }
        }
        self.counts = counts
        self.actions = members.map { assessments[$0].id }
        overall = worst ?? (allComplete ? .complete : .notRated)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, id, title, counts, overall, actions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        let raw = try container.decode([String: Int].self, forKey: .counts)
        counts = Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in RAGStatus(rawValue: key).map { ($0, value) } })
        overall = try container.decode(RAGStatus.self, forKey: .overall)
        actions = try container.decode([String].self, forKey: .actions)
    }

    /// The counts keyed by the statuses' names, as JSON has them.
    private var countsByName: [String: Int] {
        Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(countsByName, forKey: .counts)
        try container.encode(overall, forKey: .overall)
        try container.encode(actions, forKey: .actions)
    }

    /// Roll-ups by pillar, by policy and by milestone, each in file order.
    public static func all(_ assessments: [ActionAssessment], programme: Programme) -> (pillars: [RAGRollUp], policies: [RAGRollUp], milestones: [RAGRollUp]) {
        // Grouped in one pass, by position, so a programme with thousands of milestones is not scanned once per milestone.
        var byPillar: [String: [Int]] = [:], byPolicy: [String: [Int]] = [:], byMilestone: [String: [Int]] = [:]
        for position in assessments.indices {
            for pillar in assessments[position].pillars { byPillar[pillar, default: []].append(position) }
            // Under each policy it serves, once.
            for policy in Set(assessments[position].policies) { byPolicy[policy, default: []].append(position) }
            if let milestone = assessments[position].milestone { byMilestone[milestone, default: []].append(position) }
        }
        let pillars = programme.pillars.map {
            RAGRollUp(kind: .pillar, id: $0.id, title: $0.title, members: byPillar[$0.id] ?? [], of: assessments)
        }
        let policies = programme.policies.map {
            RAGRollUp(kind: .policy, id: $0.id, title: $0.title, members: byPolicy[$0.id] ?? [], of: assessments)
        }
        let milestones = programme.milestones.compactMap { milestone -> RAGRollUp? in
            guard let members = byMilestone[milestone.id] else { return nil }
            return RAGRollUp(kind: .milestone, id: milestone.id, title: milestone.title, members: members, of: assessments)
        }
        return (pillars, policies, milestones)
    }
}

extension RAGRollUp: JSONStreamWritable {
    /// Writes what `encode(to:)` writes: the counts keyed by status, in sorted order.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.kind, word: kind)
        writer.member(CodingKeys.id, id)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.counts, countsByName)
        writer.member(CodingKeys.overall, word: overall)
        writer.member(CodingKeys.actions, actions)
        writer.endObject()
    }
}
