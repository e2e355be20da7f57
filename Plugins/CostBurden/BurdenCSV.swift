import ReformModel
import ReformPluginKit

/// The cost-burden CSV: one row per burden per financial year with a cost entry or a recurrent
/// cost carried forward into it (its basis says so), and one row with an empty year for a burden
/// with no estimate at all. UTF-8 with a byte order mark and CRLF line
/// ends, so Excel opens it cleanly; money as plain decimals (`1250.50`), empty where unknown,
/// never 0; text that a spreadsheet would run as a formula is neutralised.
enum BurdenCSV {
    /// The columns, in order. Stable: added to at the end, never renamed.
    static let columns = [
        "burden_id", "burden_title", "policy_id", "policy_title", "pillars", "kind", "year", "quantified", "recurrent",
        "one_off_cost", "recurrent_cost", "cost", "confirmed_funding", "indicative_funding", "unfunded", "at_risk", "no_funding_identified",
        "funded_by", "basis",
    ]

    static func render(_ request: ReportRequest) -> [UInt8] {
        let policies = Dictionary(request.programme.policies.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(request.analysis.funding.byBurden.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let carriedByBurden = Dictionary(grouping: request.analysis.funding.carriedForward, by: \.burden)
        var labels: [FinancialYear: String] = [:]
        var csv = CSVWriter(capacity: request.programme.burdens.count * 4 * 200)
        csv.row(columns)
        for burden in request.programme.burdens {
            let pillars = burden.pillars.joined(separator: " ")
            let fundedBy = burden.fundedBy.map(\.funding).joined(separator: " ")
            func common() {
                for text in [burden.id, burden.title, burden.policy ?? "", burden.policy.flatMap { policies[$0] } ?? "", pillars, burden.kind?.rawValue ?? ""] {
                    csv.field(text)
                }
            }
            if burden.costs.isEmpty {
                common()
                csv.emptyFields(1)
                csv.field("no")
                csv.emptyFields(9)
                csv.field(fundedBy)
                csv.emptyFields(1)
                csv.endRow()
                continue
            }
            let carried = carriedByBurden[burden.id, default: []].flatMap(\.costs)
            let years = groups[burden.id]?.years ?? []
            for cost in (burden.costs + carried).sorted(by: { $0.year < $1.year }) {
                common()
                csv.field(labels[cost.year] ?? { labels[cost.year] = cost.year.label; return cost.year.label }())
                csv.field(cost.amount.isKnown ? "yes" : "no")
                csv.field(cost.recurrent ? "yes" : "no")
                if cost.amount.isKnown {
                    let figures = years.first { $0.year == cost.year }?.figures ?? FundingFigures()
                    for money in [figures.oneOffCost, figures.recurrentCost, figures.cost, figures.confirmed, figures.indicative, figures.unfunded,
                                  figures.atRisk, figures.noFundingIdentified] {
                        csv.field(money)
                    }
                } else {
                    csv.emptyFields(8)
                }
                csv.field(fundedBy)
                csv.field(cost.basis.map { carried.contains(cost) ? "\($0) (assumed: no later figure is given)" : $0 } ?? "")
                csv.endRow()
            }
        }
        return csv.bytes
    }
}
