/// How far the record has got: the newest event, report run and decision on a run. Anything kept from the record
/// (the web's analysis) is stale when this changes, whichever process wrote.
public struct RecordVersion: Hashable, Sendable {
    /// The number of the newest event, 0 when none.
    public var lastEvent: Int64
    /// The number of the newest report run, 0 when none.
    public var lastReportRun: Int64
    /// The number of the newest decision on a run (issued or discarded), 0 when none.
    public var lastReportDecision: Int64

    /// A version.
    public init(lastEvent: Int64, lastReportRun: Int64, lastReportDecision: Int64 = 0) {
        self.lastEvent = lastEvent
        self.lastReportRun = lastReportRun
        self.lastReportDecision = lastReportDecision
    }
}
