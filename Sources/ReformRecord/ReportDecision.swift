/// What became of a report run after it was made: issued to the committee, or discarded.
///
/// A run is a draft until decided. Only an issued run is "the last report": what `--since last`,
/// the dashboard and the next committee update count their changes from, so that a trial run never
/// moves that day. Decisions are appended, never changed; a run's latest decision stands.
public struct ReportDecision: Hashable, Sendable, Codable {
    /// What a run became.
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// The one issued to the committee (`reform report --final`, the run form's box, or marked so later).
        case issued
        /// Not to be counted from; kept in the record, marked so.
        case discarded
    }

    /// Its number, in the order recorded; `nil` until the store has assigned it.
    public var id: Int64?
    /// The run decided.
    public var run: Int64
    /// What it became.
    public var outcome: Outcome
    /// Who decided and when (UTC).
    public var decidedBy: String
    public var decidedAt: String
    /// Why, where given (a discard's reason).
    public var reason: String?

    /// A decision.
    public init(id: Int64? = nil, run: Int64, outcome: Outcome, decidedBy: String, decidedAt: String, reason: String? = nil) {
        self.id = id
        self.run = run
        self.outcome = outcome
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
    }

    /// The column names.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, run = "run_id", outcome = "state", decidedBy = "decided_by", decidedAt = "decided_at", reason
    }
}
