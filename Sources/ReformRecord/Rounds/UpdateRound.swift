/// A round of updates: the programme lead asks every owner of the actions in it for an update by
/// a day, before a committee meeting. Which actions it asks about is fixed when it is opened, so
/// that the plan changing later does not change who was asked. Rounds are append-only: closing
/// one is a `RoundClosing` beside it.
public struct UpdateRound: Hashable, Sendable {
    /// Its number, 1, 2, …; `nil` until the store has assigned it.
    public var id: Int64?
    /// Its name ("Before the January 2027 committee").
    public var name: String
    /// The day updates are due by (ISO 8601).
    public var due: String
    /// The pillars it covers; empty for all.
    public var pillars: [String]
    /// The ids of the open actions it asks about, as they were when it opened.
    public var actions: [String]
    /// Whether a contributor's update in it waits for a lead's sign-off before a report shows it.
    public var signOff: Bool
    /// Who opened it, and when (UTC, ISO 8601).
    public var openedBy: String
    public var openedAt: String
    /// The number of the newest event when it opened (0 for none): its updates are numbered after
    /// this, so they are read by the event table's own key rather than by scanning for a time.
    public var afterEvent: Int64
    /// How it was closed; `nil` while it is open.
    public var closing: RoundClosing?

    /// A round; see each property.
    public init(id: Int64? = nil, name: String, due: String, pillars: [String], actions: [String], signOff: Bool, openedBy: String,
                openedAt: String, afterEvent: Int64 = 0, closing: RoundClosing? = nil) {
        self.afterEvent = afterEvent
        self.id = id
        self.name = name
        self.due = due
        self.pillars = pillars
        self.actions = actions
        self.signOff = signOff
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.closing = closing
    }

    /// Whether it is still open.
    public var isOpen: Bool { closing == nil }

    /// The column names.
    public enum Column: String, CaseIterable {
        case id, name, due, pillars, actions, signOff = "sign_off", openedBy = "opened_by", openedAt = "opened_at", afterEvent = "after_event"
    }
}

/// A round's closing: by whom, when, and why when it was closed before its due date.
public struct RoundClosing: Hashable, Sendable {
    public var round: Int64
    public var closedBy: String
    public var closedAt: String
    public var reason: String?

    public init(round: Int64, closedBy: String, closedAt: String, reason: String?) {
        self.round = round
        self.closedBy = closedBy
        self.closedAt = closedAt
        self.reason = reason
    }

    /// The column names.
    public enum Column: String, CaseIterable {
        case round = "round_id", closedBy = "closed_by", closedAt = "closed_at", reason
    }
}
