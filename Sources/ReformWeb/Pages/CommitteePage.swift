import ReformApp
import ReformModel
import ReformRecord

/// `GET /committee`: the recommendations monitor: each resolution of each committee meeting,
/// with the council's responses (the latest standing) and its status; leads record a response
/// on a resolution, named by its committee, meeting and id, and void one recorded in error.
struct CommitteePage: Sendable {
    struct Form: Sendable {
        let action: String
        let csrf: String
        let statuses: [Shown.Option]
        let typed: String
        let error: String?
    }

    /// A recorded response, with the form that voids it for a lead.
    struct Recorded: Sendable {
        let id, response, status, day: String
        let voidAction: String?
        let csrf: String
    }

    struct Resolution: Sendable {
        let anchor, text, response: String
        let status, due, contact: String
        let recorded: [Recorded]
        let form: Form?
    }

    struct Meeting: Sendable {
        let heading: String
        let resolutions: [Resolution]
    }

    struct Committee: Sendable {
        let name: String
        let meetings: [Meeting]
    }

    /// A response recorded before meetings were told apart, that could be one of several resolutions.
    struct Unplaced: Sendable {
        let id, resolution, response, candidates, voidAction, csrf: String
    }

    /// A response that came back refused: its resolution's anchor, what was typed, and why.
    struct Refused: Sendable {
        let anchor: String
        let typed: String
        let status: String
    }

    let recorded: String?
    let committees: [Committee]
    let unplaced: [Unplaced]
    let errors: FormErrors?

    /// The anchor and path part of a resolution: `committee/meeting/id`.
    static func key(_ committee: ReformModel.Committee, _ meeting: ReformModel.Meeting, _ resolution: ReformModel.Resolution) -> String {
        "\(committee.id)/\(meeting.id)/\(resolution.id)"
    }

    /// The monitor of `monitor`, for `person`; `recorded` is the number of the response just
    /// recorded, after a redirect; `refused` and `errors` when a response comes back.
    init(_ monitor: CommitteeMonitor.Outcome, person: Person, csrf: String, recorded: Int64?, refused: Refused? = nil, errors: FormErrors? = nil) {
        let lead = person.may(.respondToCommittee)
        // Named from the record, never from the query string.
        self.recorded = recorded.flatMap { number in monitor.responses.first { $0.id == number && !$0.isVoid }.map { "resolution \($0.resolution)" } }
        self.errors = errors
        unplaced = lead ? monitor.unplaced.map { item in
            Unplaced(id: String(item.response.id ?? 0), resolution: item.response.resolution, response: item.response.response,
                     candidates: item.candidates.isEmpty ? "no meeting of the plan now" : item.candidates.joined(separator: ", "),
                     voidAction: "/committee/responses/\(item.response.id ?? 0)/void", csrf: csrf)
        } : []
        committees = monitor.committees.map { committee in
            Committee(name: committee.name, meetings: committee.meetings.map { meeting in
                Meeting(heading: [meeting.date.map { "Meeting of \($0.shown)" } ?? "Meeting (date not recorded)", meeting.item.map { "item \($0)" }]
                    .compactMap { $0 }.joined(separator: ", "),
                        resolutions: meeting.resolutions.map { resolution in
                            let key = Self.key(committee, meeting, resolution)
                            let anchor = key.replacingOccurrences(of: "/", with: "-")
                            let comingBack = refused?.anchor == anchor ? refused : nil
                            let status = comingBack?.status ?? resolution.status.rawValue
                            return Resolution(anchor: anchor, text: resolution.text, response: resolution.response ?? "No response recorded",
                                              status: resolution.status.rawValue, due: resolution.due?.shown ?? "", contact: resolution.contact ?? "",
                                              recorded: resolution.recorded.map { response in
                                                  Recorded(id: String(response.id), response: response.response, status: response.status.rawValue,
                                                           day: String(response.recordedAt.prefix(10)) + ", " + response.recordedBy,
                                                           voidAction: lead ? "/committee/responses/\(response.id)/void" : nil, csrf: csrf)
                                              },
                                              form: lead ? Form(action: "/committee/\(key.split(separator: "/").dropLast().joined(separator: "/"))/resolutions/\(resolution.id)/responses",
                                                                csrf: csrf,
                                                                statuses: ReformModel.Resolution.Status.allCases.map {
                                                                    Shown.Option(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == status)
                                                                },
                                                                typed: comingBack?.typed ?? "", error: comingBack == nil ? nil : errors?.summary.first?.message)
                                                : nil)
                        })
            })
        }
    }
}
