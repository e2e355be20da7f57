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
