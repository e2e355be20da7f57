/// A committee that oversees the programme, such as a scrutiny committee.
public struct Committee: Hashable, Sendable, Codable {
    /// Unique among committees.
    public var id: String
    /// The committee's name.
    public var name: String
    /// Its meetings that considered the programme.
    public var meetings: [Meeting]
    /// Where the facts come from.
    public var source: String?

    /// Creates a committee.
    public init(id: String, name: String, meetings: [Meeting] = [], source: String? = nil) {
        self.id = id
        self.name = name
        self.meetings = meetings
        self.source = source
    }
}

/// One meeting of a committee and what it resolved.
public struct Meeting: Hashable, Sendable, Codable {
    /// Unique among the committee's meetings.
    public var id: String
    /// When it met.
    public var date: PlanDate?
    /// The agenda item.
    public var item: String?
    /// Whose report it considered.
    public var reportOf: String?
    /// What it resolved.
    public var resolutions: [Resolution]
    /// Where the facts come from.
    public var source: String?

    /// Creates a meeting.
    public init(id: String, date: PlanDate? = nil, item: String? = nil, reportOf: String? = nil, resolutions: [Resolution] = [], source: String? = nil) {
        self.id = id
        self.date = date
        self.item = item
        self.reportOf = reportOf
        self.resolutions = resolutions
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case id, date, item, reportOf = "report_of", resolutions, source
    }
}

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
