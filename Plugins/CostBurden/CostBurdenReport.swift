import ReformModel
import ReformPluginKit
import ReportDocument

/// The finance officer's New Burdens summary: costs of new duties by financial year, policy and
/// pillar against confirmed and indicative funding; what is unfunded or not yet quantified; and,
/// per burden, the net additional cost to put to the department.
struct CostBurdenReport: ReportPlugin {
    static let manifest = PluginManifest(
        id: "cost-burden",
        name: "Cost-burden summary",
        version: "1.0.0",
        description: "New burdens by financial year, policy and pillar against confirmed and indicative funding, with the New Burdens view per burden.",
        formats: [
            .init(id: "markdown", mediaType: "text/markdown", extension: "md"),
            .init(id: "csv", mediaType: "text/csv", extension: "csv"),
            .init(id: "html", mediaType: "text/html", extension: "html"),
            .init(id: "xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx"),
        ],
        options: [
            .init(name: "years", description: "The medium-term years, 2024/25-2026/27 or 2024/25,2025/26 (default: the three from the as-of year)."),
        ],
        // The programme's burdens, funding and policies and the funding analysis, which are always there: none of the large parts.
        reads: []
    )

    static func render(_ request: ReportRequest) throws -> [UInt8] {
        switch request.format {
        case "csv": return BurdenCSV.render(request)
        case "markdown": return Array(MarkdownRenderer.render(try document(request)).utf8)
        case "html": return Array(HTMLRenderer.render(try document(request, chart: true)).utf8)
        case "xlsx": return try BurdenWorkbook.render(request)
        default: throw ReportRenderError("format '\(request.format)' is not one this plugin writes")
        }
    }

    static func document(_ request: ReportRequest, chart: Bool = false) throws -> ReportDocument {
        let years = try FundingSchedule.years(request)
        let funding = request.analysis.funding
        // The medium-term years, as the New Burdens doctrine looks at them; every year's figures stay in the CSV.
        let byYear = funding.byYear.filter { years.contains($0.year) }
        let currency = request.programme.info.currency
        var blocks: [ReportDocument.Block] = [
            .heading(level: 1, text: "New burdens: \(request.programme.info.title)"),
            .paragraph("\(request.programme.info.organisation). As at \(request.asOf.longForm); amounts in \(currency). Unknown amounts are never counted as zero: burdens without an estimate are listed as unquantified. National funding is shown for context and is not the Council's money."),
            .heading(level: 2, text: "By financial year, \(years.first!.label) to \(years.last!.label)"),
            .table(figuresTable(first: "Year", rows: byYear.map { ($0.year.label, $0.figures) } + [("Total, every year", funding.total)])),
        ]
        if chart {
            let bars = byYear.map { row in
                (label: row.year.label, values: [row.figures.cost, row.figures.confirmed, row.figures.indicative].map { row.figures.money($0) })
            }
            let series = [(name: "Quantified cost", colour: "#7a0000"), (name: "Confirmed funding", colour: "#2e8b57"), (name: "Indicative funding", colour: "#e6a100")]
            blocks.append(.chart(.init(
                title: "Cost against confirmed and indicative funding by year",
                description: byYear.map { row in
                    let figures = row.figures
                    guard figures.isCosted else { return "\(row.year.label): not costed" }
                    return "\(row.year.label): cost \(figures.cost.formatted()), confirmed \(figures.confirmed.formatted()), indicative \(figures.indicative.formatted())"
                }.joined(separator: "; "),
                svg: SVGChart.moneyBars(years: bars, series: series, title: "Cost against confirmed and indicative funding by year"),
                data: .money(years: bars, series: series))))
        }
        blocks += [
            .heading(level: 2, text: "By policy", newPage: true),
            .table(figuresTable(first: "Policy", rows: funding.byPolicy.map { ("\($0.id.isEmpty ? "" : $0.id + " ")\($0.title)", $0.total) })),
            .heading(level: 2, text: "By pillar"),
            .paragraph("A burden under several pillars counts under each, so pillar figures do not add up to the total."),
            .table(figuresTable(first: "Pillar", rows: funding.byPillar.map { ("\($0.id) \($0.title)", $0.total) })),
            .heading(level: 2, text: "New Burdens view: net additional cost by burden", newPage: true),
            .paragraph("For each burden, the cost to put to the department: its cost less confirmed funding, by year, one-off and recurrent."),
            .table(newBurdensTable(request)),
            .heading(level: 2, text: "Unquantified burdens"),
        ]
        blocks.append(funding.unquantified.isEmpty ? .paragraph("Every burden has a cost estimate.") : .table(.init(
            headers: ["Burden", "Policy", "Not quantified for", "Funded by"],
            rows: funding.unquantified.map { item in
                [.init("\(item.id): \(item.title)"), .init(item.policy ?? "None"),
                 .init(item.years.isEmpty ? "Any year (no cost estimate)" : item.years.map(\.label).joined(separator: ", ")),
                 .init(item.fundedBy.isEmpty ? "No funding named" : item.fundedBy.joined(separator: ", "))]
            })))
        blocks += FundingSchedule.schedule(request, years: years)
        blocks.append(FundingSchedule.coverage(request, years: years))
        if let notes = FundingSchedule.notes(request) {
            blocks += [.heading(level: 2, text: "Notes and costing assumptions"), notes]
        }
        blocks += consolidation(request)
        blocks.append(.heading(level: 2, text: "Funding not in the tables above"))
        blocks.append(fundingLines("Confirmed funding not attributed to any burden", funding.unattributedConfirmed, empty: "All confirmed funding is attributed."))
        blocks.append(fundingLines("Indicative funding not attributed to any burden", funding.unattributedIndicative, empty: "All indicative funding is attributed."))
        blocks.append(.heading(level: 2, text: "Assumed: recurrent costs carried forward"))
        blocks.append(funding.carriedForward.isEmpty ? .paragraph("None: every recurrent cost shown is stated for its year.")
                                                     : .list(funding.carriedForward.map(\.assumption)))
        blocks.append(fundingLines("Local funding whose amount is not stated", funding.unknownFunding, empty: "Every local funding line states its amount."))
        blocks.append(fundingLines("National commitments (context only, not the Council's money)", funding.national, empty: "None recorded."))
        return ReportDocument(title: "New burdens: \(request.programme.info.title), as at \(request.asOf.longForm)", blocks: blocks)
    }

    /// Grants as they are paid: each line that absorbed earlier ones, with its determination, and
    /// for each line absorbed the year and the amount traced inside it, which still counts against
    /// the burdens that line funds. Shown only where the plan records a consolidation.
    private static func consolidation(_ request: ReportRequest) -> [ReportDocument.Block] {
        let lines = Dictionary(request.programme.funding.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let consolidating = request.programme.funding.filter { !$0.consolidates.isEmpty }
        guard !consolidating.isEmpty else { return [] }
        let funds = Dictionary(grouping: request.programme.burdens.flatMap { burden in burden.fundedBy.map { ($0.funding, burden.id) } }, by: \.0)
        return [
            .heading(level: 2, text: "Grants consolidated"),
            .paragraph("Money from an earlier grant paid inside a consolidated one still counts against the burden it funds, and is not counted again as the consolidated grant's."),
            .table(.init(headers: ["Grant", "Determination", "Absorbed", "Year", "Traced amount", "Funds"], rows: consolidating.flatMap { line in
                line.consolidates.map { absorbed in
                    let earlier = lines[absorbed.funding]
                    let traced = earlier?.amounts.first { $0.year == absorbed.year }?.amount
                    return [.init("\(line.id): \(line.title)"), .init(line.determination ?? "Not recorded"),
                            .init("\(absorbed.funding): \(earlier?.title ?? absorbed.funding)"), .init(absorbed.year.label),
                            .init(traced.map { $0.money?.formatted() ?? "not known" } ?? "not stated"),
                            .init(funds[absorbed.funding].map { $0.map(\.1).joined(separator: ", ") } ?? "No burden")]
                }
            }, numeric: [4])),
        ]
    }

    private static func figuresTable(first: String, rows: [(String, FundingFigures)]) -> ReportDocument.Table {
        .init(headers: [first, "One-off cost", "Recurrent cost", "Cost", "Confirmed", "At risk (indicative)", "No funding identified", "Unquantified"],
              rows: rows.map { label, figures in
                  [.init(label)] + [figures.oneOffCost, figures.recurrentCost, figures.cost, figures.confirmed, figures.atRisk, figures.noFundingIdentified]
                      .map { .init(figures.money($0)?.formatted() ?? "Not costed") } + [.init(figures.unquantifiedItems == 0 ? "None" : "\(figures.unquantifiedItems)")]
              }, numeric: [1, 2, 3, 4, 5, 6, 7])
    }

    private static func newBurdensTable(_ request: ReportRequest) -> ReportDocument.Table {
        let burdens = Dictionary(request.programme.burdens.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [[ReportDocument.Cell]] = []
        for group in request.analysis.funding.byBurden {
            guard let burden = burdens[group.id] else { continue }
            if burden.costs.isEmpty {
                rows.append([.init("\(burden.id): \(burden.title)"), "Any", "Unquantified", "Unquantified", "Unquantified"])
                continue
            }
            for cost in burden.costs.sorted(by: { $0.year < $1.year }) {
                let figures = group.years.first { $0.year == cost.year }?.figures ?? FundingFigures()
                let known = cost.amount.isKnown
                rows.append([.init("\(burden.id): \(burden.title)"), .init(cost.year.label),
                             .init(known ? figures.oneOffCost.formatted() : (cost.recurrent ? "-" : "Unquantified")),
                             .init(known ? figures.recurrentCost.formatted() : (cost.recurrent ? "Unquantified" : "-")),
                             .init(known ? figures.unfunded.formatted() : "Unquantified")])
            }
        }
        return .init(headers: ["Burden", "Year", "One-off", "Recurrent", "Net additional cost"], rows: rows, numeric: [2, 3, 4])
    }

    private static func fundingLines(_ caption: String, _ lines: [FundingAnalysis.FundingLine], empty: String) -> ReportDocument.Block {
        guard !lines.isEmpty else { return .paragraph(caption + ": " + empty.prefix(1).lowercased() + empty.dropFirst()) }
        return .table(.init(caption: caption, headers: ["Funding", "Status", "Year", "Amount"], rows: lines.map { line in
            [.init("\(line.id): \(line.title)"), .init(line.status.rawValue), .init(line.year?.label ?? "Total"), .init(line.amount.money?.formatted() ?? "Not stated")]
        }, numeric: [3]))
    }
}

@_cdecl("reform_plugin_v1")
public func reformPluginV1() -> UnsafeRawPointer {
    ReportPluginExport.table(for: CostBurdenReport.self)
}
