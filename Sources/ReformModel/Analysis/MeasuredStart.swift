/// The day an action's progress is measured from, and why that day: its own start date, else its
/// policy's publication, else the plan's baseline. So that an action with progress but no start
/// date still carries a RAG, and its reason says what it was measured from.
public struct MeasuredStart: Hashable, Sendable {
    /// The day.
    public let day: CalendarDay
    /// Where it comes from, in words for a reason ("the publication of Working Together 2023").
    /// `nil` when it is the action's own start date.
    public let borrowedFrom: String?

    /// The start `action` is measured from, if any can be found.
    public static func of(_ action: Action, in index: ProgrammeIndex, baseline: PlanDate?) -> MeasuredStart? {
        if let start = action.start { return MeasuredStart(day: start.day, borrowedFrom: nil) }
        if let policy = action.policy.flatMap(index.policy), let published = policy.published {
            return MeasuredStart(day: published.day, borrowedFrom: "the publication of \(policy.title) (\(published.shown))")
        }
        if let baseline {
            return MeasuredStart(day: baseline.day, borrowedFrom: "the plan's baseline (\(baseline.shown))")
        }
        return nil
    }

    /// "; measured from the publication of ... as it has no start date", or nothing for its own start date.
    var because: String {
        borrowedFrom.map { "; measured from \($0), as it has no start date" } ?? ""
    }
}
