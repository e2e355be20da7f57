import ReformApp
import ReformRecord

/// `GET /updates/{event}/correct`: a lead puts a recorded update right: the update is voided and
/// recorded again for its day with the fields changed, and the reason kept with both.
enum CorrectPage {
    static let template = """
    <h1>Correct update {{id}}</h1>
    <p class="lead">Of <a href="/actions/{{action}}">{{action}}</a>, for {{day}}, recorded by {{by}}: {{summary}}</p>
    <p>Nothing is deleted: the update is voided and recorded again with what you change here; fields left as they are keep what it said.</p>
    {{#error}}<p class="message" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/updates/{{id}}/correct" class="correct">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <p><label for="status">Status</label><br><select id="status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></p>
    <p><label for="progress">Progress, in percent</label><br><input id="progress" name="progress" inputmode="numeric" value="{{progress}}" size="6"></p>
    <p><label for="due">Due date</label><br><input id="due" name="due" value="{{due}}"></p>
    <p><label for="note">Note</label><br><textarea id="note" name="note" rows="4" cols="70">{{note}}</textarea></p>
    <p><label for="reason">Why it is corrected</label><br><input id="reason" name="reason" required size="60" value="{{reason}}"></p>
    <p><button type="submit">Correct the update</button></p>
    </form>
    """

    /// The page's values: the event's own values, or what was typed when the form comes back.
    static func values(_ event: RecordedEvent, signedIn: SignedInUser, form: FormBody?, error: String?) -> [String: Any] {
        let status = form?["status"] ?? event.statusNew?.rawValue ?? ""
        let statuses = [("", "unchanged")] + ["not-started", "in-progress", "complete", "blocked", "cancelled"].map { ($0, $0) }
        return Views.present([
            "id": event.id.map(String.init) ?? "", "action": event.action, "day": event.day, "by": event.recordedBy, "summary": event.changeSummary,
            "csrf": signedIn.csrfToken, "error": error,
            "statuses": statuses.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == status] as [String: Any] },
            "progress": form?["progress"] ?? event.progressNew.map(String.init) ?? "", "due": form?["due"] ?? event.dueNew ?? "",
            "note": form?["note"] ?? event.note ?? "", "reason": form?["reason"] ?? "",
        ])
    }
}
