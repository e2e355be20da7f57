import ReformModel

/// The council's response to a committee resolution, recorded by a lead; the latest recorded for
/// a resolution is the one the recommendations monitor shows, over the plan file's.
public struct CommitteeResponse: Hashable, Sendable, Codable {
    /// Its number, in the order recorded; `nil` until the store has assigned it.
    public var id: Int64?
    /// The resolution's id in the plan.
    public var resolution: String
    /// The response, as written.
    public var response: String
    /// Where the resolution stands.
    public var status: Resolution.Status
    /// Who recorded it and when (UTC).
    public var recordedBy: String
    public var recordedAt: String

    /// A response.
    public init(id: Int64? = nil, resolution: String, response: String, status: Resolution.Status, recordedBy: String, recordedAt: String) {
        self.id = id
        self.resolution = resolution
        self.response = response
        self.status = status
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, resolution, response, status, recordedBy = "recorded_by", recordedAt = "recorded_at"
    }
}
