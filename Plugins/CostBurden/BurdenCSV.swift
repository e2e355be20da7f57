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
        var out = "\u{FEFF}" + CSV.row(columns)
        for burden in request.programme.burdens {
            let common = [burden.id, burden.title, burden.policy ?? "", burden.policy.flatMap { policies[$0] } ?? "", burden.pillars.joined(separator: " "),
                          burden.kind?.rawValue ?? ""]
            let fundedBy = burden.fundedBy.map(\.funding).joined(separator: " ")
            if burden.costs.isEmpty {
                out += CSV.row((common + ["", "no", ""] + Array(repeating: "", count: 8) + [fundedBy, ""]).map { CSV.field($0) })
                continue
            }
            let carried = carriedByBurden[burden.id, default: []].flatMap(\.costs)
            for cost in (burden.costs + carried).sorted(by: { $0.year < $1.year }) {
                let figures = groups[burden.id]?.years.first { $0.year == cost.year }?.figures ?? FundingFigures()
                let money: [String] = cost.amount.isKnown
                    ? [figures.oneOffCost, figures.recurrentCost, figures.cost, figures.confirmed, figures.indicative, figures.unfunded,
                       figures.atRisk, figures.noFundingIdentified].map(\.decimalString)
                    : Array(repeating: "", count: 8)
                let fields = common + [cost.year.label, cost.amount.isKnown ? "yes" : "no", cost.recurrent ? "yes" : "no"] + money + [fundedBy, cost.basis.map { carried.contains(cost) ? "\($0) (assumed: no later figure is given)" : $0 } ?? ""]
                out += CSV.row(fields.map { CSV.field($0) })
            }
        }
        return Array(out.utf8)
    }
}
