import ReformApp
import ReformModel

/// `GET /actions/{id}`: one action: its RAG and why, its deadline and forecast, what it waits
/// for and what waits for it, and every recorded update with its note.
enum ActionPage {
    static let template = """
    <p class="crumbs">{{#pillars}}<a href="/pillars/{{id}}">{{title}}</a> {{/pillars}}</p>
    <h1>{{title}}</h1>
    <dl class="facts">
    <div><dt>Id</dt><dd>{{id}}</dd></div>
    <div><dt>RAG</dt><dd><span class="{{rag.class}}">{{rag.word}}</span> {{reason}}</dd></div>
    <div><dt>Status</dt><dd>{{status}}</dd></div>
    <div><dt>Progress</dt><dd>{{progress}}</dd></div>
    <div><dt>Owner</dt><dd>{{owner}}</dd></div>
    <div><dt>Due</dt><dd>{{due}}</dd></div>
    <div><dt>Forecast</dt><dd>{{forecast}}</dd></div>
    {{#policy}}<div><dt>Policy</dt><dd>{{policy}}</dd></div>{{/policy}}
    {{#latestNote}}<div><dt>Latest note</dt><dd>“{{text}}” ({{by}}, {{day}})</dd></div>{{/latestNote}}
    </dl>
    <h2>Depends on</h2>
    {{^empty(dependsOn)}}<ul>{{#dependsOn}}<li><a href="/actions/{{id}}">{{title}}</a> <span class="{{rag.class}}">{{rag.word}}</span></li>{{/dependsOn}}</ul>{{/empty(dependsOn)}}
    {{^dependsOn}}<p>Nothing.</p>{{/dependsOn}}
    <h2>Waited for by</h2>
    {{^empty(dependants)}}<ul>{{#dependants}}<li><a href="/actions/{{id}}">{{title}}</a> <span class="{{rag.class}}">{{rag.word}}</span></li>{{/dependants}}</ul>{{/empty(dependants)}}
    {{^dependants}}<p>Nothing.</p>{{/dependants}}
    <h2>Recorded updates</h2>
    {{^empty(updates)}}
    <table>
    <thead><tr><th scope="col">Day</th><th scope="col">By</th><th scope="col">Status</th><th scope="col" class="num">Progress</th><th scope="col">Due</th><th scope="col">Note</th></tr></thead>
    <tbody>{{#updates}}<tr><td>{{day}}</td><td>{{by}}</td><td>{{status}}</td><td class="num">{{progress}}</td><td>{{due}}</td><td class="note">{{note}}</td></tr>{{/updates}}</tbody>
    </table>
    {{/empty(updates)}}
    {{^updates}}<p>No updates have been recorded for this action.</p>{{/updates}}
    """

    /// The page's values for one action.
    static func values(_ assessment: ActionAssessment, _ snapshot: ProgrammeSnapshot) -> [String: Any] {
        let analysis = snapshot.analysis
        let pillars = snapshot.programme.pillars.filter { assessment.pillars.contains($0.id) }.map { ["id": $0.id, "title": $0.title] }
        func related(_ ids: [String]) -> [[String: Any]] {
            ids.map { id in
                let other = analysis.action(id)
                return ["id": id, "title": other?.title ?? id, "rag": Views.rag(other?.rag.status ?? .notRated)]
            }
        }
        let updates = snapshot.updates.filter { $0.actionID == assessment.id }.reversed().map { update -> [String: Any] in
            ["day": update.day.longForm, "by": update.by ?? "", "status": update.status?.rawValue ?? "", "progress": update.progress.map { "\($0)%" } ?? "",
             "due": update.due?.shown ?? "", "note": update.note ?? ""]
        }
        var values = row(assessment)
        values["pillars"] = pillars
        values["status"] = assessment.status.rawValue
        values["forecast"] = assessment.forecast.explanation
        if let policy = assessment.policy.flatMap({ id in snapshot.programme.policies.first { $0.id == id }?.title }) { values["policy"] = policy }
        if let note = assessment.latestNote { values["latestNote"] = ["text": note.text, "by": note.by ?? "someone", "day": note.day.longForm] }
        values["dependsOn"] = related(assessment.dependsOn)
        values["dependants"] = related(assessment.dependants)
        values["updates"] = Array(updates)
        return values
    }

    /// An action as a row of a table.
    static func row(_ assessment: ActionAssessment) -> [String: Any] {
        ["id": assessment.id, "title": assessment.title, "owner": assessment.owner ?? "not assigned", "due": assessment.deadline?.date.shown ?? "none",
         "progress": assessment.progress.map { "\($0)%" } ?? "not reported", "rag": Views.rag(assessment.rag.status), "reason": assessment.rag.reason]
    }
}
