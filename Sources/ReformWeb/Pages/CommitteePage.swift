import ReformApp
import ReformModel

/// `GET /committee`: the recommendations monitor: each resolution of each committee meeting,
/// with the council's response and its status.
enum CommitteePage {
    static let template = """
    <h1>Recommendations monitor</h1>
    {{#committees}}
    <section>
    <h2>{{name}}</h2>
    {{#meetings}}
    <h3>{{heading}}</h3>
    <table>
    <thead><tr><th scope="col">Resolution</th><th scope="col">Response</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col">Contact</th></tr></thead>
    <tbody>{{#resolutions}}<tr><th scope="row">{{text}}</th><td>{{response}}</td><td>{{status}}</td><td>{{due}}</td><td>{{contact}}</td></tr>{{/resolutions}}</tbody>
    </table>
    {{^resolutions}}<p>No resolutions recorded for this meeting.</p>{{/resolutions}}
    {{/meetings}}
    </section>
    {{/committees}}
    {{^committees}}<p>The programme records no committees.</p>{{/committees}}
    """

    /// The page's values.
    static func values(_ snapshot: ProgrammeSnapshot) -> [String: Any] {
        ["committees": snapshot.programme.committees.map { committee -> [String: Any] in
            ["name": committee.name, "meetings": committee.meetings.map { meeting -> [String: Any] in
                ["heading": [meeting.date.map { "Meeting of \($0.shown)" } ?? "Meeting (date not recorded)", meeting.item.map { "item \($0)" }]
                    .compactMap { $0 }.joined(separator: ", "),
                 "resolutions": meeting.resolutions.map { resolution -> [String: Any] in
                     ["text": resolution.text, "response": resolution.response ?? "No response recorded", "status": resolution.status.rawValue,
                      "due": resolution.due?.shown ?? "", "contact": resolution.contact ?? ""]
                 }]
            }]
        }]
    }
}
