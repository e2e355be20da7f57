/// What a reminder is about.
public enum ReminderKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// The round has opened: these are your actions, update them by the due date.
    case opening
    /// The due date is a few days away and you have not updated.
    case beforeDue = "before_due"
    /// Updates are due today.
    case dueDay = "due_day"
    /// The due date has passed (sent weekly while the round is open).
    case overdue
    /// A lead returned your update, with the reason.
    case returned

    /// In words, as the outbox page and `reform outbox` show it.
    public var wording: String {
        switch self {
        case .opening: return "round opened"
        case .beforeDue: return "due soon"
        case .dueDay: return "due today"
        case .overdue: return "overdue"
        case .returned: return "update returned"
        }
    }
}

/// An email in the outbox: written in the same transaction as what caused it, then sent by a
/// server in the background (or `reform remind --send`). Its `key` is unique in the record, so a
/// message is queued at most once for each (round, person, kind, day) however many servers try.
/// Its content is never changed; only its sending state is.
public struct OutboxMessage: Hashable, Sendable {
    /// How it stands.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case waiting, sent, failed
    }

    /// Its number; `nil` until the store has assigned it.
    public var id: Int64?
    /// What makes it the one message of its kind: `round:person:kind:day`, and the update for a return.
    public var key: String
    public var round: Int64?
    /// The username of the person it is for, and their address when it was queued.
    public var recipient: String
    public var address: String
    public var kind: ReminderKind
    /// The day it is for (ISO 8601).
    public var day: String
    public var subject: String
    public var text: String
    public var html: String
    /// Seconds since 1970: when queued, how many tries so far, when next to try.
    public var queuedAt: Int64
    public var attempts: Int
    public var nextAttemptAt: Int64
    /// Until when a server trying to send it holds it, so that no other server sends it meanwhile.
    public var claimedUntil: Int64?
    public var sentAt: Int64?
    /// When it was given up on, after a day of failures, and the last failure.
    public var failedAt: Int64?
    public var lastError: String?

    public init(id: Int64? = nil, key: String, round: Int64?, recipient: String, address: String, kind: ReminderKind, day: String,
                subject: String, text: String, html: String, queuedAt: Int64, attempts: Int = 0, nextAttemptAt: Int64,
                claimedUntil: Int64? = nil, sentAt: Int64? = nil, failedAt: Int64? = nil, lastError: String? = nil) {
        self.id = id
        self.key = key
        self.round = round
        self.recipient = recipient
        self.address = address
        self.kind = kind
        self.day = day
        self.subject = subject
        self.text = text
        self.html = html
        self.queuedAt = queuedAt
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.claimedUntil = claimedUntil
        self.sentAt = sentAt
        self.failedAt = failedAt
        self.lastError = lastError
    }

    /// Whether it was sent, given up on, or is still to be sent.
    public var state: State { sentAt != nil ? .sent : failedAt != nil ? .failed : .waiting }

    /// The key of the one message of `kind` for `recipient` in `round` on `day` (and about `event`, for a return).
    public static func key(round: Int64?, recipient: String, kind: ReminderKind, day: String, event: Int64? = nil) -> String {
        [round.map(String.init) ?? "-", recipient.lowercased(), kind.rawValue, day, event.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }

    /// The column names.
    public enum Column: String, CaseIterable {
        case id, key, round = "round_id", recipient, address, kind, day, subject, text, html, queuedAt = "queued_at", attempts,
             nextAttemptAt = "next_attempt_at", claimedUntil = "claimed_until", sentAt = "sent_at", failedAt = "failed_at", lastError = "last_error"
    }
}
