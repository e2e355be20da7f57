/// What a person signed in to the web front end may do. Roles are listed from the least to the
/// most trusted; what each may do is `Person.account(_:may:)`'s to say, since an officer's rights
/// are not a contributor's plus some.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Reads every page and downloads reports.
    case viewer
    /// And runs reports, marks a run as issued or discards it, and records the council's
    /// responses to the committee: a scrutiny committee officer or a finance officer. Records no update.
    case officer
    /// And records updates on the actions whose owner is one of theirs (but runs no report).
    case contributor
    /// And records updates on any action, corrects, voids, responds to the committee, runs reports.
    case lead
    /// And manages users.
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
