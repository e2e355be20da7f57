import ReformApp
import ReformModel

/// `GET /deadlines`: every milestone and policy deadline with its state, the actions feeding it
/// and its forecast, and a timeline with a line at today.
enum DeadlinesPage {
    static let template = """
    <h1>Deadlines</h1>
    <p class="lead">Every milestone and policy deadline as at {{asOf}}, soonest first.</p>
    <figure class="timeline">
    <svg width="{{width}}" height="{{height}}" role="img" aria-label="Timeline of the deadlines from {{first}} to {{last}}, with a line at {{asOf}}">
    {{#rows}}<text x="0" y="{{textY}}" class="label">{{label}}</text><line x1="{{start}}" y1="{{lineY}}" x2="{{end}}" y2="{{lineY}}" class="track"></line><circle cx="{{x}}" cy="{{lineY}}" r="6" class="fill-{{colour}}"></circle>{{/rows}}
    <line x1="{{today}}" y1="0" x2="{{today}}" y2="{{todayEnd}}" class="today"></line>
    <text x="{{today}}" y="{{captionY}}" class="caption" text-anchor="{{captionAnchor}}">as at {{asOf}}</text>
    </svg>
    <figcaption>Each deadline on a line from {{first}} to {{last}}; the colour follows the state in the table below.</figcaption>
    </figure>
    <table>
    <thead><tr><th scope="col">Deadline</th><th scope="col">Date</th><th scope="col">Days left</th><th scope="col">State</th><th scope="col">Why</th><th scope="col">Actions feeding it</th><th scope="col">Forecast</th></tr></thead>
    <tbody>
    {{#deadlines}}
    <tr><th scope="row">{{title}}{{#statutory}} <span class="tag">statutory</span>{{/statutory}}</th><td>{{date}}</td><td>{{daysLeft}}</td>
    <td><span class="{{state.class}}">{{state.word}}</span></td><td>{{reason}}</td>
    <td>{{#feeding}}<a href="/actions/{{.}}">{{.}}</a> {{/feeding}}{{^feeding}}none{{/feeding}}</td><td>{{forecast}}</td></tr>
    {{/deadlines}}
    </tbody>
    </table>
    """

    /// The page's values.
    static func values(_ snapshot: ProgrammeSnapshot) -> [String: Any] {
        let analysis = snapshot.analysis
        let deadlines = analysis.deadlines
        let labelWidth = 470, chartWidth = 470, rowHeight = 26
        let days = deadlines.map(\.date.day.dayNumber) + [analysis.asOf.dayNumber]
        let first = days.min() ?? 0, last = max((days.max() ?? 1), first + 1)
        func x(_ day: Int) -> Int { labelWidth + (day - first) * chartWidth / (last - first) }
        let rows = deadlines.enumerated().map { index, deadline -> [String: Any] in
            let colour: String
            switch deadline.state {
            case .met, .onTrack: colour = "green"
            case .atRisk: colour = "amber"
            case .missed: colour = "red"
            case .noActions: colour = "not-rated"
            }
            let label = deadline.title.count > 46 ? String(deadline.title.prefix(44)) + "…" : deadline.title
            return ["label": "\(label) (\(deadline.date.shown))", "textY": index * rowHeight + 17, "lineY": index * rowHeight + 13,
                    "start": labelWidth, "end": labelWidth + chartWidth, "x": x(deadline.date.day.dayNumber), "colour": colour]
        }
        return [
            "asOf": analysis.asOf.longForm, "rows": rows, "width": labelWidth + chartWidth + 10, "height": deadlines.count * rowHeight + 30,
            "today": x(analysis.asOf.dayNumber),
            "captionAnchor": x(analysis.asOf.dayNumber) > labelWidth + chartWidth / 2 ? "end" : "start", "todayEnd": deadlines.count * rowHeight + 4, "captionY": deadlines.count * rowHeight + 22,
            "first": CalendarDay(dayNumber: first).longForm, "last": CalendarDay(dayNumber: last).longForm,
            "deadlines": deadlines.map { deadline -> [String: Any] in
                ["title": deadline.title, "statutory": deadline.statutory, "date": deadline.date.shown, "daysLeft": Views.daysLeft(deadline.daysRemaining),
                 "state": Views.state(deadline.state), "reason": deadline.reason, "feeding": deadline.feedingActions, "forecast": deadline.forecast]
            },
        ]
    }
}
