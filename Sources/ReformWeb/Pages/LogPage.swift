import ReformApp
import ReformRecord

/// `GET /log`: the audit trail: every recorded event in the order recorded, who and when, each
/// field's old and new value, voids marked.
enum LogPage {
    static let template = """
    <h1>Audit log</h1>
    <p class="lead">Everything recorded, newest first. Nothing is ever deleted: a correction voids an update and records it again.</p>
    <table>
    <thead><tr><th scope="col">#</th><th scope="col">Recorded</th><th scope="col">By</th><th scope="col">Action</th><th scope="col">For day</th><th scope="col">What changed</th><th scope="col">Note</th></tr></thead>
    <tbody>
    {{#events}}<tr{{#voided}} class="voided"{{/voided}}><td>{{id}}</td><td>{{recordedAt}}</td><td>{{by}}</td><td><a href="/actions/{{action}}">{{action}}</a></td><td>{{day}}</td><td>{{summary}}{{#voided}} <strong>{{voided}}</strong>{{/voided}}</td><td class="note">{{note}}</td></tr>{{/events}}
    </tbody>
    </table>
    {{^events}}<p>Nothing has been recorded yet.</p>{{/events}}
    {{#paging}}<nav class="pages" aria-label="Pages of the audit log"><p>Page {{number}} of {{count}} ({{total}} events).
    {{#previous}}<a href="/log?page={{previous}}" rel="prev">Newer events</a>{{/previous}} {{#next}}<a href="/log?page={{next}}" rel="next">Older events</a>{{/next}}</p></nav>{{/paging}}
    <h2>Committee responses</h2>
    {{^empty(responses)}}
    <table>
    <thead><tr><th scope="col">#</th><th scope="col">Recorded</th><th scope="col">By</th><th scope="col">Resolution</th><th scope="col">Status</th><th scope="col">Response</th></tr></thead>
    <tbody>{{#responses}}<tr><td>{{id}}</td><td>{{recordedAt}}</td><td>{{by}}</td><td><a href="/committee#{{resolution}}">{{resolution}}</a></td><td>{{status}}</td><td class="note">{{response}}</td></tr>{{/responses}}</tbody>
    </table>
    {{/empty(responses)}}
    {{#empty(responses)}}<p>No responses have been recorded.</p>{{/empty(responses)}}
    """

    /// How many events a page of the log lists.
    static let pageSize = 100

    /// The page's values from one page of the log's entries (newest first).
    static func values(_ page: Paged<HistoryEntry>, responses: [CommitteeResponse]) -> [String: Any] {
        let paging: [String: Any]? = page.count > 1
            ? Views.present(["number": page.number, "count": page.count, "total": page.total,
                             "previous": page.hasPrevious ? page.number - 1 : nil, "next": page.hasNext ? page.number + 1 : nil])
            : nil
        return Views.present(["responses": responses.reversed().map { response -> [String: Any] in
            ["id": response.id.map(String.init) ?? "", "recordedAt": response.recordedAt, "by": response.recordedBy, "resolution": response.resolution,
             "status": response.status.rawValue, "response": response.response]
        },
         "paging": paging,
         "events": page.items.map { entry -> [String: Any] in
            let event = entry.event
            return Views.present(["id": event.id.map(String.init) ?? "", "recordedAt": event.recordedAt, "by": event.recordedBy, "action": event.action,
                                  "day": event.day, "summary": event.changeSummary, "note": event.note ?? "", "voided": entry.voidedMark])
        }])
    }
}
