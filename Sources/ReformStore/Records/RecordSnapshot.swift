/// The whole record at one moment, every row with its number: what `reform store copy` moves
/// between stores and a PostgreSQL backup writes, so that nothing is lost or renumbered.
public struct RecordSnapshot: Sendable {
    /// Every event, in the order recorded.
    public var events: [RecordedEvent]
    /// Every report run, in the order recorded.
    public var reportRuns: [ReportRun]
    /// The documents kept with runs, by run number.
    public var documents: [Int64: KeptDocument]
    /// Every committee response, in the order recorded.
    public var committeeResponses: [CommitteeResponse]
    /// Every account, in the order made.
    public var users: [UserAccount]
    /// The sessions not yet ended.
    public var sessions: [WebSession]
    /// The failed sign-ins, in the order recorded.
    public var failedSignIns: [FailedSignIn]

    /// A snapshot of these rows.
    public init(events: [RecordedEvent], reportRuns: [ReportRun], documents: [Int64: KeptDocument], committeeResponses: [CommitteeResponse],
                users: [UserAccount], sessions: [WebSession], failedSignIns: [FailedSignIn]) {
        self.events = events
        self.reportRuns = reportRuns
        self.documents = documents
        self.committeeResponses = committeeResponses
        self.users = users
        self.sessions = sessions
        self.failedSignIns = failedSignIns
    }

    /// How many rows of each kind, as `reform store copy` reports them.
    public var summary: String {
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        return [count(events.count, "event", "events"),
                count(reportRuns.count, "report run", "report runs") + " (\(documents.count) with documents)",
                count(committeeResponses.count, "committee response", "committee responses"), count(users.count, "user", "users"),
                count(sessions.count, "session", "sessions"), count(failedSignIns.count, "failed sign-in", "failed sign-ins")].joined(separator: ", ")
    }
}
