/// What a person signed in to the web front end may do; each role may do all that the ones
/// before it may.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Reads every page and downloads reports.
    case viewer
    /// And records updates on the actions whose owner is one of theirs.
    case contributor
    /// And records updates on any action, corrects, voids, responds to the committee, runs reports.
    case lead
    /// And manages users.
    case admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
