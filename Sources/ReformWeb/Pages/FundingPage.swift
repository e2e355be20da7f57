import ReformApp
import ReformModel

/// `GET /funding`: the New Burdens position by financial year with its chart, the totals, and
/// the burdens not yet costed: unknown is never shown as £0.
enum FundingPage {
    static let template = """
    <h1>Funding and new burdens</h1>
    <p class="lead">The cost of new duties against the funding for them, by UK financial year, as at {{asOf}}. Amounts nobody has estimated are “not costed”, never £0.</p>
    {{^charted}}<p>No cost has been estimated for any year yet, so there is no chart: every burden is listed below as not costed.</p>{{/charted}}
    {{#charted}}<figure>
    <svg width="{{chartWidth}}" height="{{chartHeight}}" role="img" aria-label="Quantified cost and confirmed funding by year">
    {{#bars}}<text x="0" y="{{labelY}}" class="label">{{year}}</text>
    <rect x="80" y="{{costY}}" width="{{costWidth}}" height="12" class="fill-cost"></rect><text x="{{costTextX}}" y="{{costTextY}}" class="value">cost {{cost}}</text>
    <rect x="80" y="{{fundY}}" width="{{fundWidth}}" height="12" class="fill-funding"></rect><text x="{{fundTextX}}" y="{{fundTextY}}" class="value">confirmed {{confirmed}}</text>{{/bars}}
    </svg>
    <figcaption>Quantified cost (dark) and confirmed funding (light) in each year. Burdens not yet costed are not in the bars: they are listed below.</figcaption>
    </figure>{{/charted}}
    <table>
    <thead><tr><th scope="col">Year</th><th scope="col" class="num">One-off cost</th><th scope="col" class="num">Recurrent cost</th><th scope="col" class="num">Total cost</th><th scope="col" class="num">Confirmed</th><th scope="col" class="num">Indicative</th><th scope="col" class="num">Unfunded</th><th scope="col" class="num">Not costed</th></tr></thead>
    <tbody>
    {{#years}}<tr><th scope="row">{{year}}</th><td class="num">{{oneOff}}</td><td class="num">{{recurrent}}</td><td class="num">{{cost}}</td><td class="num">{{confirmed}}</td><td class="num">{{indicative}}</td><td class="num">{{unfunded}}</td><td class="num">{{unquantified}}</td></tr>{{/years}}
    </tbody>
    <tfoot>{{#total}}<tr><th scope="row">Total</th><td class="num">{{oneOff}}</td><td class="num">{{recurrent}}</td><td class="num">{{cost}}</td><td class="num">{{confirmed}}</td><td class="num">{{indicative}}</td><td class="num">{{unfunded}}</td><td class="num">{{unquantified}}</td></tr>{{/total}}</tfoot>
    </table>
    <h2>Burdens not yet costed</h2>
    {{^empty(unquantified)}}<ul>{{#unquantified}}<li>{{title}} ({{years}}){{#fundedBy}}; funding named: {{fundedBy}}{{/fundedBy}}</li>{{/unquantified}}</ul>{{/empty(unquantified)}}
    {{^unquantified}}<p>Every burden has a cost estimate.</p>{{/unquantified}}
    <h2>National money (context, not the council's)</h2>
    {{^empty(national)}}<ul>{{#national}}<li>{{title}}: {{amount}}{{#year}} in {{year}}{{/year}}</li>{{/national}}</ul>{{/empty(national)}}
    {{^national}}<p>None recorded.</p>{{/national}}
    """

    /// The page's values.
    static func values(_ snapshot: ProgrammeSnapshot) -> [String: Any] {
        let funding = snapshot.analysis.funding
        func row(_ label: String, _ figures: FundingFigures) -> [String: Any] {
            ["year": label, "oneOff": Views.money(figures.money(figures.oneOffCost)), "recurrent": Views.money(figures.money(figures.recurrentCost)),
             "cost": Views.money(figures.money(figures.cost)), "confirmed": Views.money(figures.money(figures.confirmed)),
             "indicative": Views.money(figures.money(figures.indicative)), "unfunded": Views.money(figures.money(figures.unfunded)),
             "unquantified": figures.unquantifiedItems]
        }
        let largest = max(1, funding.byYear.map { max($0.figures.cost.pence, $0.figures.confirmed.pence) }.max() ?? 1)
        let bars = funding.byYear.enumerated().map { index, year -> [String: Any] in
            let top = index * 44
            let costWidth = Int(year.figures.cost.pence * 400 / largest), fundWidth = Int(year.figures.confirmed.pence * 400 / largest)
            return ["year": year.year.label, "labelY": top + 22, "costY": top + 6, "fundY": top + 22,
                    "costWidth": costWidth, "fundWidth": fundWidth, "costTextX": 86 + costWidth, "costTextY": top + 16,
                    "fundTextX": 86 + fundWidth, "fundTextY": top + 32,
                    "cost": Views.money(year.figures.money(year.figures.cost)), "confirmed": Views.money(year.figures.money(year.figures.confirmed))]
        }
        return [
            "asOf": snapshot.analysis.asOf.longForm, "bars": bars, "charted": funding.byYear.contains { $0.figures.quantifiedItems > 0 }, "chartWidth": 760, "chartHeight": max(44, funding.byYear.count * 44 + 4),
            "years": funding.byYear.map { row($0.year.label, $0.figures) }, "total": row("Total", funding.total),
            "unquantified": funding.unquantified.map { item -> [String: Any] in
                Views.present(["title": item.title, "years": item.years.isEmpty ? "no year given" : item.years.map(\.label).joined(separator: ", "),
                               "fundedBy": item.fundedBy.isEmpty ? nil : item.fundedBy.joined(separator: ", ")])
            },
            "national": funding.national.map { line -> [String: Any] in
                Views.present(["title": line.title, "amount": line.amount.money.map { $0.formatted() } ?? "amount not known", "year": line.year?.label])
            },
        ]
    }
}
