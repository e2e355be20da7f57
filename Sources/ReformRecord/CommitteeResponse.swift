import ReformModel

/// The council's response to a committee resolution, recorded by a lead, or the void of one; the
/// latest live response recorded for a resolution is the one every reader shows (the monitor, the
/// committee update, `--json`), over the plan file's.
///
/// A resolution is named by its committee, its meeting and its id: ids are unique only within a
/// meeting. Responses recorded before version 0.3 named the id alone (`committee` and `meeting`
/// are `nil`); `CommitteeResponses` attributes each to the one resolution of that id where there
/// is one, and flags it where there are several.
public struct CommitteeResponse: Hashable, Sendable, Codable {
    /// Its number, in the order recorded; `nil` until the store has assigned it.
    public var id: Int64?
    /// The resolution's id within its meeting.
    public var resolution: String
    /// The response, as written (for a void, the response voided).
    public var response: String
    /// Where the resolution stands.
    public var status: Resolution.Status
    /// Who recorded it and when (UTC).
    public var recordedBy: String
    public var recordedAt: String
    /// The committee and meeting of the resolution; `nil` in responses recorded before they were kept.
    public var committee: String?
    public var meeting: String?
    /// For a void: the response it cancels, and why.
    public var voids: Int64?
    public var reason: String?

    /// A response.
    public init(id: Int64? = nil, committee: String? = nil, meeting: String? = nil, resolution: String, response: String, status: Resolution.Status,
                recordedBy: String, recordedAt: String, voids: Int64? = nil, reason: String? = nil) {
        self.id = id
        self.committee = committee
        self.meeting = meeting
        self.resolution = resolution
        self.response = response
        self.status = status
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.voids = voids
        self.reason = reason
    }

    /// Whether it cancels another response rather than responding.
    public var isVoid: Bool { voids != nil }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, resolution, response, status, recordedBy = "recorded_by", recordedAt = "recorded_at", committee, meeting, voids, reason
    }
}
