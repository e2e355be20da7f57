import ReformModel

/// An update as a person asks for it, before it is checked: every field is text, as typed.
public struct UpdateRequest: Sendable {
    /// The action's id.
    public var action: String
    /// The new status, if changing.
    public var status: String?
    /// The new progress (0 to 100), if reported.
    public var progress: String?
    /// A note.
    public var note: String?
    /// A new due date, in any date form of the file format.
    public var due: String?
    /// Who is recording it.
    public var by: String
    /// When it happened (`2025-01-15` or `2025-01-15T10:30`); default now.
    public var at: String?
    /// Whether moving a complete action back is intended; for one update, it also reopens a
    /// complete action (to in-progress unless a status is given).
    public var reopen: Bool
    /// When it was recorded, where a copy of the record says (an import of an export); default now.
    public var recordedAt: String?

    /// Creates a request.
    public init(action: String, status: String? = nil, progress: String? = nil, note: String? = nil, due: String? = nil,
                by: String, at: String? = nil, reopen: Bool = false, recordedAt: String? = nil) {
        self.action = action
        self.status = status
        self.progress = progress
        self.note = note
        self.due = due
        self.by = by
        self.at = at
        self.reopen = reopen
        self.recordedAt = recordedAt
    }
}
