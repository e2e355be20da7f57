/// How many rows of each kind a record holds: what `reform store copy` reports it copied.
public struct RecordCounts: Sendable, Equatable {
    /// Rows by table.
    public let rows: [String: Int]

    /// Counts of rows by table.
    public init(_ rows: [String: Int]) {
        self.rows = rows
    }

    /// "3 events, 1 report run (1 with documents), 0 committee responses, 2 users, 1 session, 0 failed sign-ins".
    public var summary: String {
        func count(_ table: String, _ one: String, _ many: String) -> String {
            let number = rows[table] ?? 0
            return "\(number) \(number == 1 ? one : many)"
        }
        return [count("event", "event", "events"),
                count("report_run", "report run", "report runs") + " (\(rows["report_document"] ?? 0) with documents)",
                count("committee_response", "committee response", "committee responses"), count("user_account", "user", "users"),
                count("web_session", "session", "sessions"), count("failed_sign_in", "failed sign-in", "failed sign-ins")].joined(separator: ", ")
    }
}
