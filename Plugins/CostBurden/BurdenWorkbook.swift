import ReformModel
import ReformPluginKit
import Workbook

/// The New Burdens workbook a finance team takes into the medium-term financial plan as it is:
/// *Summary* by financial year with a Total, *Burdens* one row per burden per year, *Funding*
/// each line by year, and *Notes and sources*. Every total is a live formula (its value, as a
/// spreadsheet computes it, is the report's figure to the penny); an amount not known is an empty
/// cell with "not costed" beside it, never 0.
enum BurdenWorkbook {
    static func render(_ request: ReportRequest) throws -> [UInt8] {
        let info = request.programme.info
        let title = "New burdens: \(info.title)"
        let book = try Workbook(title: title, subject: "\(info.organisation), as at \(request.asOf.longForm)")
        summary(book.sheet("Summary"), request, title: title)
        burdens(book.sheet("Burdens"), request, title: title)
        funding(book.sheet("Funding"), request, title: title)
        notes(book.sheet("Notes and sources"), request, title: title)
        return try book.bytes()
    }

    /// The rows of the summary, each with its figure and how its Total (and each year) is worked out.
    private enum Row: CaseIterable {
        case oneOff, recurrent, cost, confirmed, indicative, unfunded, atRisk, noFunding, notCosted

        var label: String {
            switch self {
            case .oneOff: return "One-off cost"
            case .recurrent: return "Recurrent cost"
            case .cost: return "Total cost"
            case .confirmed: return "Confirmed funding"
            case .indicative: return "Indicative funding"
            case .unfunded: return "Unfunded (cost less confirmed funding)"
            case .atRisk: return "At risk (unfunded, indicative funding expected)"
            case .noFunding: return "No funding identified"
            case .notCosted: return "Burdens not costed (count)"
            }
        }

        /// Its value in `figures`, for the value stored beside a formula.
        func value(_ figures: FundingFigures) -> Double {
            let money: Money
            switch self {
            case .oneOff: money = figures.oneOffCost
            case .recurrent: money = figures.recurrentCost
            case .cost: money = figures.cost
            case .confirmed: money = figures.confirmed
            case .indicative: money = figures.indicative
            case .unfunded: money = figures.unfunded
            case .atRisk: money = figures.atRisk
            case .noFunding: money = figures.noFundingIdentified
            case .notCosted: return Double(figures.unquantifiedItems)
            }
            return Double(money.pence) / 100
        }

        /// The formula of a derived row in `column` (rows by their place below the header), else `nil` for a figure typed from the analysis.
        func formula(column: Int, at rows: [Row: Int]) -> String? {
            func cell(_ row: Row) -> String { Workbook.cell(rows[row]!, column) }
            switch self {
            case .cost: return "=\(cell(.oneOff))+\(cell(.recurrent))"
            case .unfunded: return "=\(cell(.cost))-\(cell(.confirmed))"
            case .atRisk: return "=MIN(\(cell(.unfunded)),\(cell(.indicative)))"
            case .noFunding: return "=\(cell(.unfunded))-\(cell(.atRisk))"
            default: return nil
            }
        }
    }

    private static func summary(_ sheet: Sheet, _ request: ReportRequest, title: String) {
        let funding = request.analysis.funding
        let years = funding.byYear
        let totalColumn = years.count + 1
        sheet.text(0, 0, "£, by UK financial year", .header)
        for (index, year) in years.enumerated() { sheet.text(0, index + 1, year.year.label, .headerNumber) }
        sheet.text(0, totalColumn, "Total", .headerNumber)
        let rows = Dictionary(uniqueKeysWithValues: Row.allCases.enumerated().map { ($0.element, $0.offset + 1) })
        for row in Row.allCases {
            let line = rows[row]!
            sheet.text(line, 0, row.label, row == .cost || row == .unfunded ? .labelTotal : .label)
            let style: Workbook.Style = row == .notCosted ? .integer : .money
            for (index, year) in years.enumerated() {
                let column = index + 1
                if let formula = row.formula(column: column, at: rows) {
                    sheet.formula(line, column, formula, value: row.value(year.figures), style)
                } else if row == .notCosted {
                    sheet.number(line, column, row.value(year.figures))
                } else {
                    sheet.number(line, column, row.value(year.figures), .money)
                }
            }
            // The Total: additive rows summed across the years; derived rows worked out from the totals, as the report does.
            let formula = row.formula(column: totalColumn, at: rows)
                ?? "=SUM(\(Workbook.cell(line, 1)):\(Workbook.cell(line, max(1, years.count))))"
            sheet.formula(line, totalColumn, formula, value: row.value(funding.total), style == .integer ? .integer : .moneyTotal)
        }
        var line = Row.allCases.count + 2
        sheet.text(line, 0, "Burdens not yet costed", .label)
        line += 1
        if funding.unquantified.isEmpty {
            sheet.text(line, 0, "None: every burden has a cost estimate.")
        } else {
            for item in funding.unquantified {
                sheet.text(line, 0, "\(item.id): \(item.title)", .wrapped)
                sheet.text(line, 1, item.years.isEmpty ? "not costed for any year" : "not costed for " + item.years.map(\.label).joined(separator: ", "), .note)
                line += 1
            }
        }
        sheet.widths([44] + Array(repeating: 14, count: years.count + 1))
        sheet.freezeHeader(rows: 1, columns: 1)
        sheet.printSetup(title: title, asOf: request.asOf.longForm)
    }

    private static func burdens(_ sheet: Sheet, _ request: ReportRequest, title: String) {
        let headers = ["Burden", "Title", "Policy", "Year", "One-off cost", "Recurrent cost", "Total cost", "Confirmed funding", "Unfunded", "Note"]
        for (column, header) in headers.enumerated() { sheet.text(0, column, header, (4...8).contains(column) ? .headerNumber : .header) }
        let groups = Dictionary(request.analysis.funding.byBurden.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let carried = request.analysis.funding.carriedForward
        var line = 1
        var sums = [Money](repeating: .zero, count: 5)
        for burden in request.programme.burdens {
            let unknownYears = Set(burden.costs.filter { !$0.amount.isKnown }.map(\.year))
            let carriedYears = Set(carried.filter { $0.burden == burden.id }.flatMap(\.costs).map(\.year))
            // The years the burden has a cost entry for, or a recurrent cost carried into; a burden with none is one row, not costed.
            let years = Set(burden.costs.map(\.year)).union(carriedYears).sorted()
            let shown = years.isEmpty ? [nil] : years.map { Optional($0) }
            for year in shown {
                sheet.lines(line, Sheet.linesNeeded(["", burden.title], widths: [10, 30]))
                sheet.text(line, 0, burden.id)
                sheet.text(line, 1, burden.title, .wrapped)
                sheet.text(line, 2, burden.policy ?? "")
                sheet.text(line, 3, year?.label ?? "any year")
                let figures = year.flatMap { year in groups[burden.id]?.years.first { $0.year == year }?.figures }
                let notCosted = year == nil || unknownYears.contains(year!) && (figures?.quantifiedItems ?? 0) == 0
                if notCosted {
                    for column in 4...8 { sheet.blank(line, column, .money) }
                    sheet.text(line, 9, year == nil ? "not costed: no estimate for any year" : "not costed", .note)
                } else if let figures {
                    for (index, money) in [figures.oneOffCost, figures.recurrentCost, figures.cost, figures.confirmed, figures.unfunded].enumerated() {
                        sums[index] += money
                    }
                    sheet.money(line, 4, figures.oneOffCost)
                    sheet.money(line, 5, figures.recurrentCost)
                    sheet.formula(line, 6, "=\(Workbook.cell(line, 4))+\(Workbook.cell(line, 5))", value: Double(figures.cost.pence) / 100, .money)
                    sheet.money(line, 7, figures.confirmed)
                    sheet.formula(line, 8, "=\(Workbook.cell(line, 6))-\(Workbook.cell(line, 7))", value: Double(figures.unfunded.pence) / 100, .money)
                    var notes: [String] = []
                    if let year, unknownYears.contains(year) { notes.append("part not costed") }
                    if let year, carriedYears.contains(year) { notes.append("recurrent cost carried forward (assumed: no later figure is given)") }
                    sheet.text(line, 9, notes.joined(separator: "; "), .note)
                }
                line += 1
            }
        }
        let last = line - 1
        sheet.text(line, 0, "Total", .labelTotal)
        for column in 1...3 { sheet.blank(line, column, .labelTotal) }
        for column in 4...8 {
            sheet.formula(line, column, "=SUM(\(Workbook.cell(1, column)):\(Workbook.cell(max(1, last), column)))", value: Double(sums[column - 4].pence) / 100,
                          .moneyTotal)
        }
        sheet.widths([10, 30, 8, 9, 13, 13, 13, 14, 13, 28])
        sheet.freezeHeader()
        sheet.autofilter(row: 0, lastRow: last, lastColumn: headers.count - 1)
        sheet.printSetup(title: title, asOf: request.asOf.longForm)
    }

    private static func funding(_ sheet: Sheet, _ request: ReportRequest, title: String) {
        let headers = ["Funding", "Title", "Payer", "Status", "Scope", "Ring-fenced", "Year", "Amount", "Note"]
        for (column, header) in headers.enumerated() { sheet.text(0, column, header, .header) }
        var line = 1
        var local = Money.zero
        for funding in request.programme.funding {
            let entries: [(year: String, amount: Amount?)] = funding.amounts.isEmpty
                ? [("total", funding.total)] : funding.amounts.map { ($0.year.label, Optional($0.amount)) }
            for entry in entries {
                sheet.text(line, 0, funding.id)
                sheet.text(line, 1, funding.title, .wrapped)
                sheet.text(line, 2, funding.payer ?? "")
                sheet.text(line, 3, funding.status.rawValue)
                sheet.text(line, 4, funding.scope.rawValue)
                sheet.text(line, 5, funding.ringFenced.map { $0 ? "yes" : "no" } ?? "not stated")
                sheet.text(line, 6, entry.year)
                if let money = entry.amount?.money {
                    if funding.scope != .national { local += money }
                    sheet.money(line, 7, money)
                    sheet.text(line, 8, funding.scope == .national ? "national: context, not the Council's money" : "", .note)
                } else {
                    sheet.blank(line, 7, .money)
                    sheet.text(line, 8, "amount not stated", .note)
                }
                line += 1
            }
        }
        let last = line - 1
        sheet.text(line, 0, "Total of local lines with an amount", .labelTotal)
        sheet.formula(line, 7, "=SUMIF(\(Workbook.cell(1, 4)):\(Workbook.cell(max(1, last), 4)),\"<>national\",\(Workbook.cell(1, 7)):\(Workbook.cell(max(1, last), 7)))",
                      value: Double(local.pence) / 100, .moneyTotal)
        sheet.widths([14, 48, 22, 12, 10, 12, 10, 16, 40])
        sheet.freezeHeader()
        sheet.autofilter(row: 0, lastRow: last, lastColumn: headers.count - 1)
        sheet.printSetup(title: title, asOf: request.asOf.longForm)
    }

    private static func notes(_ sheet: Sheet, _ request: ReportRequest, title: String) {
        let info = request.programme.info
        var line = 0
        func fact(_ label: String, _ value: String) {
            sheet.text(line, 0, label, .label)
            sheet.text(line, 1, value, .wrapped)
            line += 1
        }
        fact("Programme", info.title)
        fact("Council", info.organisation)
        fact("As at", request.asOf.longForm)
        fact("The plan", request.plan.map { "revision \($0.revision) of the plan kept in the record" } ?? "the programme file (the record holds no revision of the plan)")
        fact("Made", request.generatedAt)
        fact("Amounts", "In \(info.currency). An amount not known is an empty cell marked 'not costed', never 0. Totals are formulas.")
        fact("Summary", "Each year's figures are the core's funding analysis; Total sums the years, and its derived rows (total cost, unfunded, at risk, no funding identified) are worked out from the totals.")
        line += 1
        sheet.text(line, 0, "Assumptions", .header)
        sheet.text(line, 1, "", .header)
        line += 1
        let carried = request.analysis.funding.carriedForward.map(\.assumption)
        for assumption in carried.isEmpty ? ["None: every recurrent cost shown is stated for its year."] : carried {
            sheet.text(line, 1, assumption, .wrapped)
            line += 1
        }
        line += 1
        sheet.text(line, 0, "Sources", .header)
        sheet.text(line, 1, "", .header)
        line += 1
        for source in request.programme.sources {
            sheet.text(line, 0, source.id)
            sheet.text(line, 1, source.title + (source.url.map { " (\($0))" } ?? ""), .wrapped)
            line += 1
        }
        sheet.widths([22, 100])
        sheet.printSetup(title: title, asOf: request.asOf.longForm)
    }
}
