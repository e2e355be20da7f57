/// A committee resolution and the council's response: one row of the recommendations monitor.
public struct Resolution: Hashable, Sendable, Codable {
    /// Where the council stands on the resolution.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case open
        case inProgress = "in-progress"
        case complete
    }

    /// Unique among the meeting's resolutions.
    public var id: String
    /// What the committee resolved.
    public var text: String
    /// When a response is due.
    public var due: PlanDate?
    /// The council's response so far.
    public var response: String?
    /// Where it stands.
    public var status: Status
    /// Who to contact about it.
    public var contact: String?

    /// Creates a resolution.
    public init(id: String, text: String, due: PlanDate? = nil, response: String? = nil, status: Status = .open, contact: String? = nil) {
        self.id = id
        self.text = text
        self.due = due
        self.response = response
        self.status = status
        self.contact = contact
    }
}
