/// A large part of the request, which a plugin may leave out of what it reads.
///
/// A request for a programme of 100,000 actions is over 100 MB of JSON, most of it the actions
/// and their assessments; a report on funding needs none of that. A plugin's manifest lists the
/// large parts it `reads` (by `name`); the host then writes every other one as an empty list, and
/// computes none of the analysis that only they need. A manifest without `reads` gets them all.
/// (A Swift plugin may also list `unusedParts`, which its kit skips unparsed when reading.)
public struct RequestPart: Hashable, Sendable {
    /// The keys leading to the part, from the top of the request.
    public let path: [String]
    /// Its name in a manifest's `reads`.
    public let name: String

    /// A part by its name and path; the value there must be a list.
    public init(_ name: String, _ path: String...) {
        self.name = name
        self.path = path
    }

    /// Every large part, as a manifest's `reads` names them.
    public static let all: [RequestPart] = [.actions, .milestones, .actionAssessments, .deadlines, .pillarRollUps, .policyRollUps, .milestoneRollUps]

    /// The parts `names` names; `nil` for a name that is none of them.
    public static func named(_ name: String) -> RequestPart? { all.first { $0.name == name } }

    /// `programme.actions`: every action as written in the file.
    public static let actions = RequestPart("actions", "programme", "actions")
    /// `programme.milestones`.
    public static let milestones = RequestPart("milestones", "programme", "milestones")
    /// `analysis.actions`: each action's RAG, deadline and forecast.
    public static let actionAssessments = RequestPart("action_assessments", "analysis", "actions")
    /// `analysis.deadlines`: each deadline's state and critical path.
    public static let deadlines = RequestPart("deadlines", "analysis", "deadlines")
    /// `analysis.pillars`: the RAG roll-up of each pillar.
    public static let pillarRollUps = RequestPart("pillar_roll_ups", "analysis", "pillars")
    /// `analysis.policies`: the RAG roll-up of each policy.
    public static let policyRollUps = RequestPart("policy_roll_ups", "analysis", "policies")
    /// `analysis.milestones`: the RAG roll-up of each milestone.
    public static let milestoneRollUps = RequestPart("milestone_roll_ups", "analysis", "milestones")
}
