import ReformApp
import ReformModel
import ReformRecord

/// `GET /committee`: the recommendations monitor: each resolution of each committee meeting,
/// with the council's latest response and its status; leads record responses here.
struct CommitteePage: Sendable {
    struct Form: Sendable {
        let action: String
        let csrf: String
        let statuses: [Shown.Option]
        let typed: String
        let error: String?
    }

    struct Resolution: Sendable {
        let anchor, text, response: String
        let respondedBy: String?
        let status, due, contact: String
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

    /// A response that came back refused: its resolution, what was typed, and why.
    struct Refused: Sendable {
        let resolution: String
        let typed: String
        let status: String
    }

    let recorded: String?
    let committees: [Committee]
    let errors: FormErrors?

    /// The monitor of `monitor` (the plan's committees with the latest responses, and every response), for `person`;
    /// `recorded` is the number of the response just recorded, after a redirect; `refused` and `errors` when a response comes back.
    init(_ monitor: (committees: [ReformModel.Committee], responses: [CommitteeResponse]), person: Person, csrf: String, recorded: Int64?,
         refused: Refused? = nil, errors: FormErrors? = nil) {
        var latest: [String: CommitteeResponse] = [:]
        for response in monitor.responses { latest[response.resolution] = response }
        let lead = person.may(.respondToCommittee)
        // Named from the record, never from the query string.
        self.recorded = recorded.flatMap { number in monitor.responses.first { $0.id == number }?.resolution }
        self.errors = errors
        committees = monitor.committees.map { committee in
            Committee(name: committee.name, meetings: committee.meetings.map { meeting in
                Meeting(heading: [meeting.date.map { "Meeting of \($0.shown)" } ?? "Meeting (date not recorded)", meeting.item.map { "item \($0)" }]
                    .compactMap { $0 }.joined(separator: ", "),
                        resolutions: meeting.resolutions.map { resolution in
                            let comingBack = refused?.resolution == resolution.id ? refused : nil
                            let status = comingBack?.status ?? resolution.status.rawValue
                            return Resolution(anchor: resolution.id, text: resolution.text, response: resolution.response ?? "No response recorded",
                                              respondedBy: latest[resolution.id].map { "recorded by \($0.recordedBy), \($0.recordedAt)" },
                                              status: resolution.status.rawValue, due: resolution.due?.shown ?? "", contact: resolution.contact ?? "",
                                              form: lead ? Form(action: "/committee/resolutions/\(resolution.id)/responses", csrf: csrf,
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
