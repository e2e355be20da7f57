/// An update recorded by a contributor in a round with sign-off: it waits for a lead to approve
/// or return it, and no report shows it until approved. Written with the update, in its transaction.
public struct SignOffRequest: Hashable, Sendable {
    /// The update (an event's number).
    public var event: Int64
    /// The round it was recorded in.
    public var round: Int64

    public init(event: Int64, round: Int64) {
        self.event = event
        self.round = round
    }

    /// The column names.
    public enum Column: String, CaseIterable {
        case event = "event_id", round = "round_id"
    }
}

/// A lead's decision on an update awaiting sign-off: appended once, never changed.
public struct SignOffDecision: Hashable, Sendable {
    /// What the lead decided.
    public enum Verdict: String, Hashable, Sendable, CaseIterable {
        /// The update may be reported.
        case approved
        /// The update goes back to its contributor, with the reason, for a new one.
        case returned
    }

    /// Its number; `nil` until the store has assigned it.
    public var id: Int64?
    public var event: Int64
    public var round: Int64
    public var verdict: Verdict
    public var decidedBy: String
    /// When (UTC, ISO 8601).
    public var decidedAt: String
    /// Why it was returned (required then); `nil` for an approval without comment.
    public var reason: String?

    public init(id: Int64? = nil, event: Int64, round: Int64, verdict: Verdict, decidedBy: String, decidedAt: String, reason: String?) {
        self.id = id
        self.event = event
        self.round = round
        self.verdict = verdict
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
    }

    /// The column names.
    public enum Column: String, CaseIterable {
        case id, event = "event_id", round = "round_id", verdict = "decision", decidedBy = "decided_by", decidedAt = "decided_at", reason
    }
}
