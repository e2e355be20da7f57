/// One deadline (a milestone's due date or a policy's deadline) and whether the plan will meet it.
public struct DeadlineAssessment: Hashable, Sendable, Codable {
    /// Where the deadline comes from.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case milestone
        case policy
        /// A legal duty's commencement, where its day is known.
        case duty
    }

    /// Whether the deadline is, or will be, met.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        /// Every action that feeds it was completed by the deadline.
        case met
        /// Open actions feed it and nothing suggests they will be late.
        case onTrack = "on-track"
        /// Something suggests lateness: a red, amber or unrated action, a forecast past the deadline, an action due after it.
        case atRisk = "at-risk"
        /// It has passed with work unfinished, or work finished after it.
        case missed
        /// No action in the plan feeds it (for a national milestone, the DfE's own commitment, this is normal).
        case noActions = "no-actions"
    }

    /// Milestone or policy.
    public let kind: Kind
    /// The milestone's or policy's id.
    public let id: String
    /// Its title.
    public let title: String
    /// The deadline.
    public let date: PlanDate
    /// Whether it is statutory.
    public let statutory: Bool
    /// Whether it is a national (DfE) commitment.
    public let national: Bool
    /// Days from the as-of day to the deadline (negative once passed).
    public let daysRemaining: Int
    /// Met, on track, at risk, missed, or no actions.
    public let state: State
    /// Why, in words.
    public let reason: String
    /// The actions that feed it: linked by milestone or policy, and everything they depend on.
    public let feedingActions: [String]
    /// Those still open.
    public let openActions: [String]
    /// The longest chain of open dependent actions, first to last.
    public let criticalPath: [String]
    /// When the critical path is projected to finish.
    public let projectedFinish: CalendarDay?
    /// Days between the projected finish and the deadline (negative means late).
    public let slackDays: Int?
    /// The latest projected completion of its open actions, and on what basis.
    public let forecast: String
    /// Open feeding actions due after the deadline.
    public let dueAfterDeadline: [String]

    private enum CodingKeys: String, CodingKey {
        case kind, id, title, date, statutory, national, daysRemaining = "days_remaining", state, reason
        case feedingActions = "feeding_actions", openActions = "open_actions", criticalPath = "critical_path"
        case projectedFinish = "projected_finish", slackDays = "slack_days", forecast, dueAfterDeadline = "due_after_deadline"
    }
}

extension DeadlineAssessment: JSONStreamWritable {
    /// Writes what `encode(to:)` writes, member for member (`CodingKeys` order).
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member(CodingKeys.kind, word: kind)
        writer.member(CodingKeys.id, id)
        writer.member(CodingKeys.title, title)
        writer.member(CodingKeys.date, date)
        writer.member(CodingKeys.statutory, statutory)
        writer.member(CodingKeys.national, national)
        writer.member(CodingKeys.daysRemaining, daysRemaining)
        writer.member(CodingKeys.state, word: state)
        writer.member(CodingKeys.reason, reason)
        writer.member(CodingKeys.feedingActions, feedingActions)
        writer.member(CodingKeys.openActions, openActions)
        writer.member(CodingKeys.criticalPath, criticalPath)
        writer.member(CodingKeys.projectedFinish, projectedFinish)
        writer.member(CodingKeys.slackDays, slackDays)
        writer.member(CodingKeys.forecast, forecast)
        writer.member(CodingKeys.dueAfterDeadline, dueAfterDeadline)
        writer.endObject()
    }
}
