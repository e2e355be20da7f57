import ReformApp
import ReformModel

/// `GET /`: where everyone starts: RAG by pillar, the statutory deadlines with days left, the
/// funding gap, and what changed since the last committee report.
enum DashboardPage {
    static let template = """
    <h1>{{title}}</h1>
    <p class="lead">{{organisation}}: the position as at {{asOf}}, with {{updates}}.</p>

    <section aria-labelledby="pillars">
    <h2 id="pillars">Progress by pillar</h2>
    <table>
    <caption>Actions in each pillar by RAG status; the overall RAG is the worst among open, rated actions.</caption>
    <thead><tr><th scope="col">Pillar</th><th scope="col">Overall</th><th scope="col" class="num">Red</th><th scope="col" class="num">Amber</th><th scope="col" class="num">Green</th><th scope="col" class="num">Complete</th><th scope="col" class="num">Not rated</th><th scope="col">Spread</th></tr></thead>
    <tbody>
    {{#pillars}}
    <tr><th scope="row"><a href="/pillars/{{id}}">{{title}}</a></th><td><span class="{{overall.class}}">{{overall.word}}</span></td>
    <td class="num">{{red}}</td><td class="num">{{amber}}</td><td class="num">{{green}}</td><td class="num">{{complete}}</td><td class="num">{{notRated}}</td>
    <td><svg class="bar" width="160" height="14" role="img" aria-label="{{red}} red, {{amber}} amber, {{green}} green, {{complete}} complete, {{notRated}} not rated">{{#segments}}<rect x="{{x}}" y="0" width="{{width}}" height="14" class="fill-{{status}}"></rect>{{/segments}}</svg></td></tr>
    {{/pillars}}
    </tbody>
    </table>
    </section>

    <section aria-labelledby="statutory">
    <h2 id="statutory">Statutory deadlines</h2>
    <table>
    <thead><tr><th scope="col">Deadline</th><th scope="col">Date</th><th scope="col">Days left</th><th scope="col">State</th><th scope="col">Why</th></tr></thead>
    <tbody>
    {{#deadlines}}
    <tr><th scope="row">{{title}}</th><td>{{date}}</td><td>{{daysLeft}}</td><td><span class="{{state.class}}">{{state.word}}</span></td><td>{{reason}}</td></tr>
    {{/deadlines}}
    </tbody>
    </table>
    <p><a href="/deadlines">Every deadline, with the timeline</a></p>
    </section>

    <section aria-labelledby="gap">
    <h2 id="gap">The funding gap (New Burdens)</h2>
    <dl class="figures">
    <div><dt>Quantified cost of new duties</dt><dd>{{funding.cost}}</dd></div>
    <div><dt>Confirmed funding against it</dt><dd>{{funding.confirmed}}</dd></div>
    <div><dt>Unfunded</dt><dd>{{funding.unfunded}}</dd></div>
    <div><dt>Burdens not yet costed</dt><dd>{{funding.unquantified}}</dd></div>
    </dl>
    <p><a href="/funding">Funding by year, and the burdens not yet costed</a></p>
    </section>

    <section aria-labelledby="changes">
    <h2 id="changes">What has changed since the last committee report</h2>
    {{#lastReport}}<p>Since the committee update as at {{lastReport}}:</p>{{/lastReport}}
    {{^lastReport}}<p>No committee update written to a file has been recorded yet, so there is nothing to compare with.</p>{{/lastReport}}
    {{^empty(changes)}}<ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul>{{/empty(changes)}}
    {{#lastReport}}{{^changes}}<p>Nothing has changed since then.</p>{{/changes}}{{/lastReport}}
    </section>
    """

    /// The dashboard's values from a snapshot.
    static func values(_ snapshot: ProgrammeSnapshot) -> [String: Any] {
        let analysis = snapshot.analysis
        let total = analysis.funding.total
        return Views.present([
            "title": snapshot.programme.info.title,
            "organisation": snapshot.programme.info.organisation,
            "asOf": analysis.asOf.longForm,
            "updates": analysis.updatesApplied == 1 ? "1 recorded update" : "\(analysis.updatesApplied) recorded updates",
            "pillars": analysis.pillars.map(pillar),
            "deadlines": analysis.deadlines.filter(\.statutory).map { deadline in
                ["title": deadline.title, "date": deadline.date.shown, "daysLeft": Views.daysLeft(deadline.daysRemaining),
                 "state": Views.state(deadline.state), "reason": deadline.reason] as [String: Any]
            },
            "funding": [
                "cost": Views.money(total.money(total.cost)), "confirmed": Views.money(total.money(total.confirmed)),
                "unfunded": Views.money(total.money(total.unfunded)), "unquantified": "\(analysis.funding.unquantified.count)",
            ],
            "lastReport": snapshot.lastCommitteeReport.flatMap { CalendarDay(iso: Substring($0.asOf))?.longForm },
            "changes": snapshot.changesSinceLastReport.changes.map(\.summary),
        ])
    }

    /// A pillar's row: its counts and a bar of them.
    static func pillar(_ rollUp: RAGRollUp) -> [String: Any] {
        let order: [RAGStatus] = [.red, .amber, .green, .complete, .notRated]
        let total = max(1, order.reduce(0) { $0 + (rollUp.counts[$1] ?? 0) })
        var x = 0
        var segments: [[String: Any]] = []
        for status in order {
            let count = rollUp.counts[status] ?? 0
            guard count > 0 else { continue }
            let width = count * 160 / total
            segments.append(["x": x, "width": width, "status": status.rawValue])
            x += width
        }
        return ["id": rollUp.id, "title": rollUp.title, "overall": Views.rag(rollUp.overall), "red": rollUp.counts[.red] ?? 0,
                "amber": rollUp.counts[.amber] ?? 0, "green": rollUp.counts[.green] ?? 0, "complete": rollUp.counts[.complete] ?? 0,
                "notRated": rollUp.counts[.notRated] ?? 0, "segments": segments]
    }
}
