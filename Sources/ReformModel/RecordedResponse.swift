/// A response to a committee resolution as recorded after the plan was written (by a lead, on the
/// recommendations monitor or with `reform respond`): what every reader of the resolution shows,
/// the latest first, with when and by whom. Committee papers print the day, not the name.
public struct RecordedResponse: Hashable, Sendable, Codable {
    /// Its number in the record.
    public var id: Int64
    /// The response, as written.
    public var response: String
    /// Where it put the resolution.
    public var status: Resolution.Status
    /// When (UTC, ISO 8601) and by whom it was recorded.
    public var recordedAt: String
    public var recordedBy: String

    /// A recorded response.
    public init(id: Int64, response: String, status: Resolution.Status, recordedAt: String, recordedBy: String) {
        self.id = id
        self.response = response
        self.status = status
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }

    private enum CodingKeys: String, CodingKey {
        case id, response, status, recordedAt = "recorded_at", recordedBy = "recorded_by"
    }
}
