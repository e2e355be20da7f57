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
    /// The responses recorded since the plan was written, the latest first; the latest's text and
    /// status are `response` and `status`. Empty in the plan file itself.
    public var recorded: [RecordedResponse] = []

    /// Creates a resolution.
    public init(id: String, text: String, due: PlanDate? = nil, response: String? = nil, status: Status = .open, contact: String? = nil) {
        self.id = id
        self.text = text
        self.due = due
        self.response = response
        self.status = status
        self.contact = contact
    }

    private enum CodingKeys: String, CodingKey {
        case id, text, due, response, status, contact, recorded = "recorded_responses"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), text: try c.decode(String.self, forKey: .text),
                  due: try c.decodeIfPresent(PlanDate.self, forKey: .due), response: try c.decodeIfPresent(String.self, forKey: .response),
                  status: try c.decodeIfPresent(Status.self, forKey: .status) ?? .open, contact: try c.decodeIfPresent(String.self, forKey: .contact))
        recorded = try c.decodeIfPresent([RecordedResponse].self, forKey: .recorded) ?? []
    }
}
