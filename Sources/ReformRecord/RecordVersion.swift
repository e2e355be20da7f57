/// How far the record has got: the newest event, report run, decision on a run and plan revision. Anything kept from the record
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

    /// A version.
    public init(lastEvent: Int64, lastReportRun: Int64, lastReportDecision: Int64 = 0, lastPlanRevision: Int64 = 0, lastBaseline: Int64 = 0) {
        self.lastEvent = lastEvent
        self.lastReportRun = lastReportRun
        self.lastReportDecision = lastReportDecision
        self.lastPlanRevision = lastPlanRevision
        self.lastBaseline = lastBaseline
    }
}
