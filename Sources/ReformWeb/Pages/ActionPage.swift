import ReformApp
import ReformModel
import ReformRecord

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
    {{#recorded}}<p class="done" role="status">Update {{recorded}} was recorded.</p>{{/recorded}}
    {{#form}}
    <section aria-labelledby="record">
    <h2 id="record">Record progress</h2>
    {{#conflict}}<div class="message" role="alert"><p>Someone else recorded an update of this action while you were writing yours, so yours was <strong>not</strong> recorded:</p>
    <p>{{conflict}}</p><p>The form below still has what you typed. Check it against theirs and send it again.</p></div>{{/conflict}}
    {{#error}}<p class="message" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/actions/{{id}}/updates" class="update">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="base" value="{{base}}">
    <p><label for="status">Status</label><br><select id="status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></p>
    <p><label for="progress">Progress, in percent</label><br><input id="progress" name="progress" inputmode="numeric" value="{{typed.progress}}" size="6"></p>
    <p><label for="due">Due date (any date form of the plan, such as 31/03/2025 or Spring 2025)</label><br><input id="due" name="due" value="{{typed.due}}"></p>
    <p><label for="note">Note</label><br><textarea id="note" name="note" rows="4" cols="70">{{typed.note}}</textarea></p>
    <p><button type="submit">Record the update</button></p>
    </form>
    </section>
    {{/form}}
    <h2>Recorded updates</h2>
    {{^empty(events)}}
    <table>
    <thead><tr><th scope="col">#</th><th scope="col">For day</th><th scope="col">By</th><th scope="col">What changed</th><th scope="col">Note</th>{{#lead}}<th scope="col">Void or correct</th>{{/lead}}</tr></thead>
    <tbody>{{#events}}<tr{{#voided}} class="voided"{{/voided}}><td>{{id}}</td><td>{{day}}</td><td>{{by}}</td><td>{{summary}}{{#voided}} <strong>{{voided}}</strong>{{/voided}}</td><td class="note">{{note}}</td>
    {{#lead}}<td>{{#voidable}}<form method="post" action="/updates/{{id}}/void" class="void"><input type="hidden" name="csrf" value="{{csrf}}"><label for="reason-{{id}}">Reason</label> <input id="reason-{{id}}" name="reason" required size="18"> <button type="submit">Void</button></form> <a href="/updates/{{id}}/correct">Correct</a>{{/voidable}}</td>{{/lead}}</tr>{{/events}}</tbody>
    </table>
    {{/empty(events)}}
    {{#earlier}}<p>{{earlier}} earlier updates are in the <a href="/log">audit log</a>.</p>{{/earlier}}
    {{#empty(events)}}<p>No updates have been recorded for this action.</p>{{/empty(events)}}
    """

    /// How many of an action's updates its page lists, newest first.
    static let shownEvents = 50

    /// What the update form shows: what was typed, and why it was not recorded, if it was sent.
    struct FormState {
        var status = "", progress = "", due = "", note = ""
        /// Why the update was refused (422).
        var error: String?
        /// The newer update that got there first (409), in words.
        var conflict: String?

        /// What a sent form holds.
        init(_ form: FormBody? = nil) {
            status = form?["status"] ?? ""
            progress = form?["progress"] ?? ""
            due = form?["due"] ?? ""
            note = form?["note"] ?? ""
        }
    }

    /// Everything the page shows of one action.
    struct Input {
        let assessment: ActionAssessment
        let snapshot: ProgrammeSnapshot
        /// The action's events in the order recorded, voids and voided ones included.
        let events: [HistoryEntry]
        /// Who is looking, and whether they may record and void.
        let signedIn: SignedInUser
        let mayUpdate: Bool
        /// The form as sent, when it is drawn again.
        var form = FormState()
        /// The event just recorded, after a redirect.
        var recorded: String?
    }

    /// The page's values.
    static func values(_ input: Input) -> [String: Any] {
        var values = values(input.assessment, input.snapshot)
        let lead = Permissions.isLead(input.signedIn.user)
        values["lead"] = lead
        values["csrf"] = input.signedIn.csrfToken
        if let recorded = input.recorded { values["recorded"] = recorded }
        // The newest first, as many as a person reads on one page; the audit log has them all.
        if input.events.count > shownEvents { values["earlier"] = input.events.count - shownEvents }
        values["events"] = input.events.suffix(shownEvents).reversed().map { entry -> [String: Any] in
            let event = entry.event
            return Views.present(["id": event.id.map(String.init) ?? "", "day": event.day, "by": event.recordedBy, "summary": event.changeSummary,
                                  "note": event.note ?? "", "voided": entry.voidedMark, "voidable": !event.isVoid && entry.voidedBy == nil ? true : nil,
                                  "csrf": input.signedIn.csrfToken])
        }
        if input.mayUpdate {
            let form = input.form
            let statuses = [("", "unchanged")] + Action.Status.allCases.map { ($0.rawValue, $0.rawValue) }
            values["form"] = Views.present([
                "id": input.assessment.id, "csrf": input.signedIn.csrfToken, "base": input.events.last?.event.id.map(String.init) ?? "",
                "statuses": statuses.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == form.status] as [String: Any] },
                "typed": ["progress": form.progress, "due": form.due, "note": form.note],
                "error": form.error, "conflict": form.conflict,
            ])
        }
        return values
    }

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
        var values = row(assessment)
        values["pillars"] = pillars
        values["status"] = assessment.status.rawValue
        values["forecast"] = assessment.forecast.explanation
        if let policy = assessment.policy.flatMap({ id in snapshot.programme.policies.first { $0.id == id }?.title }) { values["policy"] = policy }
        if let note = assessment.latestNote { values["latestNote"] = ["text": note.text, "by": note.by ?? "someone", "day": note.day.longForm] }
        values["dependsOn"] = related(assessment.dependsOn)
        values["dependants"] = related(assessment.dependants)
        return values
    }

    /// An action as a row of a table.
    static func row(_ assessment: ActionAssessment) -> [String: Any] {
        ["id": assessment.id, "title": assessment.title, "owner": assessment.owner ?? "not assigned", "due": assessment.deadline?.date.shown ?? "none",
         "progress": assessment.progress.map { "\($0)%" } ?? "not reported", "rag": Views.rag(assessment.rag.status), "reason": assessment.rag.reason]
    }
}
