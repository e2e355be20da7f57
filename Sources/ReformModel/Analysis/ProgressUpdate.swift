/// One recorded change to an action after the file's baseline: what the history store holds.
///
/// The programme file is the plan as at `programme.as_of`; updates are what happened since.
/// Analysis applies the updates recorded up to the day it is asked about.
public struct ProgressUpdate: Hashable, Sendable, Codable {
    /// The action changed.
    public var actionID: String
    /// The day the change took effect.
    public var day: CalendarDay
    /// The new status, if it changed.
    public var status: Action.Status?
    /// The new progress, if reported.
    public var progress: Int?
    /// A new due date, if the action was rescheduled.
    public var due: PlanDate?
    /// What was said about it.
    public var note: String?
    /// Who recorded it.
    public var by: String?

    /// Creates an update.
    public init(actionID: String, day: CalendarDay, status: Action.Status? = nil, progress: Int? = nil, due: PlanDate? = nil,
                note: String? = nil, by: String? = nil) {
        self.actionID = actionID
        self.day = day
        self.status = status
        self.progress = progress
        self.due = due
        self.note = note
        self.by = by
    }

    private enum CodingKeys: String, CodingKey {
        case actionID = "action", day, status, progress, due, note, by
    }
}
