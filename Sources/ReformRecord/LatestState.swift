import ReformModel

/// The latest recorded values of one action: each field from the last event (by day, then as
/// recorded) that set it. What "where is everything now?" asks of the history.
public struct LatestState: Hashable, Sendable, Codable {
    /// The action.
    public var action: String
    /// Its latest recorded status, progress and due date, where any event set them.
    public var status: Action.Status?
    public var progress: Int?
    public var due: String?
    /// The day of its latest event.
    public var lastDay: String

    /// Creates a state; the store makes these from its events.
    public init(action: String, status: Action.Status?, progress: Int?, due: String?, lastDay: String) {
        self.action = action
        self.status = status
        self.progress = progress
        self.due = due
        self.lastDay = lastDay
    }

    /// The keys of `history --latest --json` and the query's column names.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case action, status, progress, due, lastDay = "last_day"
    }

}
