import GRDB

/// The latest recorded values of one action: each field from the last event (by day, then as
/// recorded) that set it. What "where is everything now?" asks of the history.
public struct LatestState: Hashable, Sendable, Codable, FetchableRecord {
    /// The action.
    public var action: String
    /// Its latest recorded status, progress and due date, where any event set them.
    public var status: String?
    public var progress: Int?
    public var due: String?
    /// The day of its latest event.
    public var lastDay: String

    enum CodingKeys: String, CodingKey {
        case action, status, progress, due, lastDay = "last_day"
    }

    /// One query over the (action, day, id) index; the benchmark runs the same SQL in sqlite3.
    public static let sql = """
        SELECT a.action AS action,
          (SELECT status_new FROM event e WHERE e.action = a.action AND status_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS status,
          (SELECT progress_new FROM event e WHERE e.action = a.action AND progress_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS progress,
          (SELECT due_new FROM event e WHERE e.action = a.action AND due_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS due,
          (SELECT max(day) FROM event e WHERE e.action = a.action) AS last_day
        FROM (SELECT DISTINCT action FROM event) a ORDER BY a.action
        """
}
