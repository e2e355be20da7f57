import ArgumentParser
import ReformCore
import ReformModel

/// `reform funding`: the New Burdens position by financial year, policy and pillar.
struct FundingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding",
        abstract: "Show the cost of new duties against confirmed and indicative funding, and what is unfunded or unquantified.",
        discussion: "National commitments (scope: national) are shown for context and never counted in the council's totals."
    )

    @Option(help: ArgumentHelp("Only this financial year, written 2024/25.", valueName: "year"))
    var year: String?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var programme: ProgrammeOptions
    @OptionGroup var history: HistoryOptions

    func validate() throws {
        if let year, FinancialYear(Substring(year)) == nil {
            throw ValidationError("--year: '\(year)' is not a financial year (write 2024/25)")
        }
    }

    func run() throws {
        let loaded = try programme.load()
        let funding = try analysis.analyse(loaded, file: programme.file, history: history).funding
        let only = year.flatMap { FinancialYear(Substring($0)) }
        if analysis.json {
            try JSONOutput.print(only.map { funding.restricted(to: $0) } ?? funding)
            return
        }
        let style = Style.standard
        let currency = loaded.programme.info.currency
        Terminal.write(style.heading("New burdens: \(loaded.programme.info.title)"))
        Terminal.write("As at \(analysis.day.longForm); amounts in \(currency). Unknown amounts are never counted as zero.")
        Terminal.write("")
        Terminal.write(table(title: "YEAR", rows: funding.byYear.filter { only == nil || $0.year == only }.map { ($0.year.label, $0.figures) },
                             total: only == nil ? funding.total : nil))
        if !funding.unquantified.isEmpty {
            let count = funding.unquantified.count
            Terminal.write("Not in these figures: \(count) of \(loaded.programme.burdens.count) burdens have no cost estimate for some or all years (listed below).")
        }
        for (heading, groups) in [("POLICY", funding.byPolicy), ("PILLAR", funding.byPillar)] {
            Terminal.write("")
            let rows = groups.map { group in
                ("\(group.id.isEmpty ? "" : group.id + " ")\(group.title)".truncated(to: 40),
                 only.flatMap { year in group.years.first { $0.year == year }?.figures } ?? group.total)
            }
            Terminal.write(table(title: heading, rows: rows, total: nil))
        }
        Terminal.write("(a burden under several pillars counts under each)")
        Terminal.write("")
        Terminal.write(style.heading("Unquantified burdens"))
        let unquantified = funding.unquantified.filter { item in only.map { item.years.isEmpty || item.years.contains($0) } ?? true }
        for item in unquantified {
            let years = item.years.isEmpty ? "no cost estimate" : item.years.map { "\($0.label) amount unknown" }.joined(separator: ", ")
            let funded = item.fundedBy.isEmpty ? "" : "; funded by \(item.fundedBy.joined(separator: ", "))"
            Terminal.write("  \(item.id)  \(item.title) (\(item.policy ?? "no policy")): \(years)\(funded)")
        }
        if unquantified.isEmpty { Terminal.write("  none") }
        Terminal.write("")
        Terminal.write(style.heading("Local funding with no amount stated"))
        lines(funding.unknownFunding.filter { only == nil || $0.year == only })
        Terminal.write(style.heading("Confirmed funding not attributed to any burden"))
        lines(funding.unattributedConfirmed.filter { only == nil || $0.year == only })
        Terminal.write(style.heading("National commitments (context only, not the council's money)"))
        lines(funding.national)
    }

    private func table(title: String, rows: [(String, FundingFigures)], total: FundingFigures?) -> String {
        var table = TextTable([title, "ONE-OFF", "RECURRENT", "COST", "CONFIRMED", "AT RISK", "NO FUNDING", "UNQUANTIFIED"],
                              alignments: [.left] + Array(repeating: .right, count: 7))
        func cells(_ figures: FundingFigures) -> [String] {
            [figures.oneOffCost, figures.recurrentCost, figures.cost, figures.confirmed, figures.atRisk, figures.noFundingIdentified]
                .map { $0.formatted() } + [figures.unquantifiedItems == 0 ? "-" : "\(figures.unquantifiedItems) item\(figures.unquantifiedItems == 1 ? "" : "s")"]
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
