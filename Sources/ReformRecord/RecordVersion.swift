/// How far the record has got: the newest event, report run, decision on a run, plan revision and round. Anything kept from the record
/// (the web's analysis) is stale when this changes, whichever process wrote.
public struct RecordVersion: Hashable, Sendable {
    /// The number of the newest event, 0 when none.
    public var lastEvent: Int64
    /// The number of the newest report run, 0 when none.
    public var lastReportRun: Int64
    /// The number of the newest decision on a run (issued or discarded), 0 when none.
    public var lastReportDecision: Int64
    /// The number of the latest plan revision, 0 while the plan is the file; with the newest baseline mark, 0 when none.
    public var lastPlanRevision: Int64
    public var lastBaseline: Int64
    /// The newest round, how many rounds are closed, and the newest sign-off decision: what the dashboard's round shows.
    public var lastRound: Int64
    public var roundsClosed: Int64
    public var lastSignOff: Int64

    /// A version.
    public init(lastEvent: Int64, lastReportRun: Int64, lastReportDecision: Int64 = 0, lastPlanRevision: Int64 = 0, lastBaseline: Int64 = 0,
                lastRound: Int64 = 0, roundsClosed: Int64 = 0, lastSignOff: Int64 = 0) {
        self.lastRound = lastRound
        self.roundsClosed = roundsClosed
        self.lastSignOff = lastSignOff
        self.lastEvent = lastEvent
        self.lastReportRun = lastReportRun
        self.lastReportDecision = lastReportDecision
        self.lastPlanRevision = lastPlanRevision
        self.lastBaseline = lastBaseline
    }
}
