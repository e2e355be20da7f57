import ReformModel

/// One version of the plan as the record keeps it: the whole `programme.yaml` text, byte for byte,
/// with who published it, when, why, and the revision it was based on.
///
/// Revisions are append-only (the database refuses changes) and form one line: each is based on
/// the one before it, which the database also holds to, so two publishes from the same revision
/// cannot both succeed.
public struct PlanRevision: Hashable, Sendable {
    /// Its number, 1, 2, …; `nil` until the store has assigned it.
    public var number: Int64?
    /// The plan's text, exactly as published.
    public var text: [UInt8]
    /// The SHA-256 of `text`, in hex.
    public var sha256: String
    /// Who published it and when (UTC, ISO 8601).
    public var recordedBy: String
    public var recordedAt: String
    /// Why, in the words of whoever published it (required).
    public var reason: String
    /// The revision it was based on: the latest when it was published; `nil` for the first.
    public var base: Int64?
    /// What changed from its base, in words by id ("A-X rescheduled from December 2025 to March 2027"), as worked out when published.
    public var changes: [PlanChange]

    /// A revision; see each property.
    public init(number: Int64? = nil, text: [UInt8], sha256: String, recordedBy: String, recordedAt: String, reason: String, base: Int64?,
                changes: [PlanChange] = []) {
        self.number = number
        self.text = text
        self.sha256 = sha256
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.reason = reason
        self.base = base
        self.changes = changes
    }

    /// The column names.
    public enum Column: String, CaseIterable {
        case number = "id", text, sha256, recordedBy = "recorded_by", recordedAt = "recorded_at", reason, base, changes
    }
}

/// A revision marked as a baseline ("approved by committee, January 2024"): what reports compare
/// each action's current dates with. Marks are appended; the latest baseline is the one in force.
public struct PlanBaseline: Hashable, Sendable {
    /// Its number, in the order marked; `nil` until the store has assigned it.
    public var id: Int64?
    /// The revision marked.
    public var revision: Int64
    /// Its name, as reports print it.
    public var name: String
    /// Who marked it and when (UTC).
    public var markedBy: String
    public var markedAt: String

    /// A baseline mark.
    public init(id: Int64? = nil, revision: Int64, name: String, markedBy: String, markedAt: String) {
        self.id = id
        self.revision = revision
        self.name = name
        self.markedBy = markedBy
        self.markedAt = markedAt
    }

    /// The column names.
    public enum Column: String, CaseIterable {
        case id, revision, name, markedBy = "marked_by", markedAt = "marked_at"
    }
}
