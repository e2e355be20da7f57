/// A large part of the request that a plugin can say it never reads, so that reading the
/// request skips it unparsed.
///
/// A request for a programme of 100,000 actions is over 100 MB of JSON, most of it the actions
/// and their assessments; a report on funding needs none of that. A Swift plugin lists what it
/// does not read in `ReportPlugin.unusedParts`; the kit then hands it a request in which those
/// parts are empty lists. The request sent is always the whole one: this only changes what the
/// plugin takes the time to read.
public struct RequestPart: Hashable, Sendable {
    /// The keys leading to the part, from the top of the request.
    public let path: [String]

    /// A part by its path; the value there must be a list.
    public init(_ path: String...) {
        self.path = path
    }

    /// `programme.actions`: every action as written in the file.
    public static let actions = RequestPart("programme", "actions")
    /// `programme.milestones`.
    public static let milestones = RequestPart("programme", "milestones")
    /// `analysis.actions`: each action's RAG, deadline and forecast.
    public static let actionAssessments = RequestPart("analysis", "actions")
    /// `analysis.deadlines`: each deadline's state and critical path.
    public static let deadlines = RequestPart("analysis", "deadlines")
    /// `analysis.pillars`: the RAG roll-up of each pillar.
    public static let pillarRollUps = RequestPart("analysis", "pillars")
    /// `analysis.policies`: the RAG roll-up of each policy.
    public static let policyRollUps = RequestPart("analysis", "policies")
    /// `analysis.milestones`: the RAG roll-up of each milestone.
    public static let milestoneRollUps = RequestPart("analysis", "milestones")
}
