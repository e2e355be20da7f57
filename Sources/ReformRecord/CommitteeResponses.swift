import ReformModel

/// The responses recorded in the record, laid over the plan's committees: what every reader of
/// a resolution shows (the monitor, the committee update's request, `--json`).
public enum CommitteeResponses {
    /// A response that cannot be laid on one resolution: recorded before meetings were told apart,
    /// naming an id that several meetings share (or none in the plan now).
    public struct Unplaced: Sendable, Equatable {
        /// The response.
        public let response: CommitteeResponse
        /// The meetings whose resolutions have its id, as `committee/meeting`; empty when none has.
        public let candidates: [String]
    }

    /// `committees` with each resolution's live responses, the latest first, the latest's text and
    /// status standing for the resolution's; and the responses that name no one resolution.
    ///
    /// A void cancels the response it names. A response recorded without its committee and
    /// meeting (before version 0.3) is placed on the one resolution of its id when exactly one
    /// meeting has such a resolution, and is unplaced otherwise: never laid on several.
    public static func applied(_ responses: [CommitteeResponse], to committees: [Committee]) -> (committees: [Committee], unplaced: [Unplaced]) {
        let voided = Set(responses.compactMap(\.voids))
        var byKey: [String: [CommitteeResponse]] = [:]
        var unplaced: [Unplaced] = []
        for response in responses where !response.isVoid && !voided.contains(response.id ?? -1) {
            if let committee = response.committee, let meeting = response.meeting {
                byKey[key(committee, meeting, response.resolution), default: []].append(response)
                continue
            }
            let candidates = committees.flatMap { committee in
                committee.meetings.filter { $0.resolutions.contains { $0.id == response.resolution } }.map { "\(committee.id)/\($0.id)" }
            }
            if candidates.count == 1 {
                byKey["\(candidates[0])/\(response.resolution)", default: []].append(response)
            } else {
                unplaced.append(Unplaced(response: response, candidates: candidates))
            }
        }
        let laid = committees.map { committee -> Committee in
            var committee = committee
            for m in committee.meetings.indices {
                for r in committee.meetings[m].resolutions.indices {
                    let id = committee.meetings[m].resolutions[r].id
                    // Latest first: by when recorded, then by number.
                    let found = (byKey[key(committee.id, committee.meetings[m].id, id)] ?? []).sorted { ($0.recordedAt, $0.id ?? 0) > ($1.recordedAt, $1.id ?? 0) }
                    guard let latest = found.first else { continue }
                    committee.meetings[m].resolutions[r].response = latest.response
                    committee.meetings[m].resolutions[r].status = latest.status
                    committee.meetings[m].resolutions[r].recorded = found.map {
                        RecordedResponse(id: $0.id ?? 0, response: $0.response, status: $0.status, recordedAt: $0.recordedAt, recordedBy: $0.recordedBy)
                    }
                }
            }
            return committee
        }
        return (laid, unplaced)
    }

    private static func key(_ committee: String, _ meeting: String, _ resolution: String) -> String {
        "\(committee)/\(meeting)/\(resolution)"
    }
}
