import ReformApp
import ReformModel

/// The New Burdens position as `reform funding` prints it on a terminal.
struct FundingText {
    let position: FundingPosition
    let style: Style

    /// Writes the tables and lists to standard output.
    func write() {
        let funding = position.funding
        let programme = position.opened.programme
        Terminal.write(style.heading("New burdens: \(programme.info.title)"))
        Terminal.write("As at \(position.opened.analysis.asOf.longForm); amounts in \(programme.info.currency). Unknown amounts are never counted as zero.")
        Terminal.write("")
        Terminal.write(table(title: "YEAR", rows: funding.byYear.map { ($0.year.label, $0.figures) }, total: position.year == nil ? funding.total : nil))
        if !funding.carriedForward.isEmpty {
            Terminal.write("Recurrent costs include \(Plural.count(funding.carriedForward.count, "cost")) carried forward into years with no figure of their own (an assumption, listed below).")
        }
        if !funding.unquantified.isEmpty {
            Terminal.write("Not in these figures: \(funding.unquantified.count) of \(programme.burdens.count) burdens have no cost estimate for some or all years (listed below).")
        }
        for (heading, groups) in [("POLICY", funding.byPolicy), ("PILLAR", funding.byPillar)] {
            Terminal.write("")
            let rows = groups.map { group in ("\(group.id.isEmpty ? "" : group.id + " ")\(group.title)".truncated(to: 40), group.total) }
            Terminal.write(table(title: heading, rows: rows, total: nil))
        }
        Terminal.write("(a burden under several pillars counts under each)")
        Terminal.write("")
        Terminal.write(style.heading("Unquantified burdens"))
        for item in funding.unquantified {
            let years = item.years.isEmpty ? "no cost estimate" : item.years.map { "\($0.label) amount unknown" }.joined(separator: ", ")
            let funded = item.fundedBy.isEmpty ? "" : "; funded by \(item.fundedBy.joined(separator: ", "))"
            Terminal.write("  \(item.id)  \(item.title) (\(item.policy ?? "no policy")): \(years)\(funded)")
        }
        if funding.unquantified.isEmpty { Terminal.write("  none") }
        Terminal.write("")
        Terminal.write(style.heading("Local funding with no amount stated"))
        lines(funding.unknownFunding)
        Terminal.write(style.heading("Confirmed funding not attributed to any burden"))
        lines(funding.unattributedConfirmed)
        Terminal.write(style.heading("Indicative funding not attributed to any burden"))
        lines(funding.unattributedIndicative)
        Terminal.write(style.heading("Assumed: recurrent costs carried forward"))
        for carried in funding.carriedForward { Terminal.write("  \(carried.burden)  \(carried.assumption)") }
        if funding.carriedForward.isEmpty { Terminal.write("  none") }
        Terminal.write("")
        Terminal.write(style.heading("National commitments (context only, not the council's money)"))
        lines(funding.national)
    }

    private func table(title: String, rows: [(String, FundingFigures)], total: FundingFigures?) -> String {
        var table = TextTable([title, "ONE-OFF", "RECURRENT", "COST", "CONFIRMED", "AT RISK", "NO FUNDING", "UNQUANTIFIED"],
                              alignments: [.left] + Array(repeating: .right, count: 7))
        func cells(_ figures: FundingFigures) -> [String] {
            [figures.oneOffCost, figures.recurrentCost, figures.cost, figures.confirmed, figures.atRisk, figures.noFundingIdentified]
                .map { figures.money($0)?.formatted() ?? "not costed" } + [figures.unquantifiedItems == 0 ? "-" : Plural.count(figures.unquantifiedItems, "burden")]
        }
        for (label, figures) in rows { table.add([label] + cells(figures)) }
        if let total { table.add(["Total"] + cells(total)) }
        return table.render()
    }

    private func lines(_ lines: [FundingAnalysis.FundingLine]) {
        for line in lines {
            let when = line.year.map { $0.label } ?? "total"
            let amount = line.amount.money?.formatted() ?? "amount unknown"
            Terminal.write("  \(line.id)  \(line.title.truncated(to: 70)): \(when) \(amount) (\(line.status.rawValue))")
        }
        if lines.isEmpty { Terminal.write("  none") }
        Terminal.write("")
    }
}
