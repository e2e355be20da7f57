import ReformApp
import ReformModel
import ReformRecord

/// `GET /committee`: the recommendations monitor: each resolution of each committee meeting,
/// with the council's latest response and its status; leads record responses here.
enum CommitteePage {
    static let template = """
    <h1>Recommendations monitor</h1>
    {{#recorded}}<p class="done" role="status">The response to {{recorded}} was recorded.</p>{{/recorded}}
    {{#committees}}
    <section>
    <h2>{{name}}</h2>
    {{#meetings}}
    <h3>{{heading}}</h3>
    <table>
    <thead><tr><th scope="col">Resolution</th><th scope="col">Response</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col">Contact</th></tr></thead>
    <tbody>{{#resolutions}}<tr id="{{id}}"><th scope="row">{{text}}</th><td class="note">{{response}}{{#respondedBy}}<br><span class="id">{{respondedBy}}</span>{{/respondedBy}}</td><td>{{status}}</td><td>{{due}}</td><td>{{contact}}</td></tr>
    {{#lead}}<tr><td colspan="5"><form method="post" action="/committee/resolutions/{{id}}/responses" class="respond">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="response-{{id}}">Response to this resolution</label><br><textarea id="response-{{id}}" name="response" rows="2" cols="70" required></textarea>
    <label for="status-{{id}}">Status</label> <select id="status-{{id}}" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select>
    <button type="submit">Record the response</button></form></td></tr>{{/lead}}{{/resolutions}}</tbody>
    </table>
    {{#empty(resolutions)}}<p>No resolutions recorded for this meeting.</p>{{/empty(resolutions)}}
    {{/meetings}}
    </section>
    {{/committees}}
    {{#empty(committees)}}<p>The programme records no committees.</p>{{/empty(committees)}}
    """

    /// The page's values; `recorded` is the number of the response just recorded, after a redirect.
    static func values(_ committees: [Committee], responses: [CommitteeResponse], signedIn: SignedInUser, recorded: Int64?) -> [String: Any] {
        var latest: [String: CommitteeResponse] = [:]
        for response in responses { latest[response.resolution] = response }
        let lead = Permissions.isLead(signedIn.user)
        // Named from the record, never from the query string.
        let recordedResolution = recorded.flatMap { number in responses.first { $0.id == number }?.resolution }
        return Views.present(["recorded": recordedResolution, "committees": committees.map { committee -> [String: Any] in
            ["name": committee.name, "meetings": committee.meetings.map { meeting -> [String: Any] in
                ["heading": [meeting.date.map { "Meeting of \($0.shown)" } ?? "Meeting (date not recorded)", meeting.item.map { "item \($0)" }]
                    .compactMap { $0 }.joined(separator: ", "),
                 "resolutions": meeting.resolutions.map { resolution -> [String: Any] in
                     Views.present(["id": resolution.id, "text": resolution.text, "response": resolution.response ?? "No response recorded",
                                    "respondedBy": latest[resolution.id].map { "recorded by \($0.recordedBy), \($0.recordedAt)" },
                                    "status": resolution.status.rawValue, "due": resolution.due?.shown ?? "", "contact": resolution.contact ?? "",
                                    "lead": lead ? true : nil, "csrf": signedIn.csrfToken,
                                    "statuses": Resolution.Status.allCases.map { ["value": $0.rawValue, "selected": $0 == resolution.status] as [String: Any] }])
                 }]
            }]
        }])
    }
}
