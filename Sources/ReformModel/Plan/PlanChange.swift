/// One change between two versions of a plan: what kind, to which item, and the sentence a
/// revision log and the committee read ("A-X rescheduled from December 2025 to March 2027").
///
/// The kind and subject are kept beside the words so that a reader can ask "which revision last
/// moved A-X?" without parsing sentences.
public struct PlanChange: Hashable, Sendable, Codable {
    /// What happened to the item.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case added, removed, cancelled, reinstated, rescheduled, startMoved = "start-moved", reassigned, reparented = "re-parented", retitled
        case milestoneAdded = "milestone-added", milestoneRemoved = "milestone-removed", milestoneMoved = "milestone-moved"
        case burdenAdded = "burden-added", costed
    }

    /// What happened.
    public var kind: Kind
    /// The id of the action, milestone or burden it happened to.
    public var subject: String
    /// The sentence, beginning with the id.
    public var words: String

    /// A change; see each property.
    public init(_ kind: Kind, _ subject: String, _ words: String) {
        self.kind = kind
        self.subject = subject
        self.words = words
    }
}
