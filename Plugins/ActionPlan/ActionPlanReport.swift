import ReformModel
import ReformPluginKit
import Workbook

/// The reform action plan as a spreadsheet, the form programme officers have kept theirs in:
/// a workbook (one row per action, RAG coloured with the word always there, filters, a frozen
/// header, a sheet per pillar if asked, and the milestones and deadlines) or a CSV of the same rows.
struct ActionPlanReport: ReportPlugin {
    static let manifest = PluginManifest(
        id: "action-plan",
        name: "Action plan workbook",
        version: "1.0.0",
        description: "The action plan as a spreadsheet: every action with its baseline and current due dates, status, progress, RAG and why, forecast and latest commentary.",
        formats: [
            .init(id: "xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx"),
            .init(id: "csv", mediaType: "text/csv", extension: "csv"),
        ],
        options: [
            .init(name: "by", description: "pillar: a sheet per pillar (an action under each pillar it serves) after the whole plan.", default: "plan"),
        ],
        reads: [.actions, .actionAssessments, .deadlines]
    )

    static func render(_ request: ReportRequest) throws -> [UInt8] {
        guard ["plan", "pillar"].contains(request.options["by"] ?? "plan") else {
            throw ReportRenderError("option by must be plan or pillar, not '\(request.options["by"] ?? "")'")
        }
        let rows = ActionPlanRows(request)
        switch request.format {
        case "csv":
            var out = "\u{FEFF}" + CSV.row(ActionPlanRows.columns)
            for row in rows.rows { out += CSV.row(row.cells.map { CSV.field($0) }) }
            return Array(out.utf8)
        case "xlsx":
            return try workbook(request, rows)
        default:
            throw ReportRenderError("format '\(request.format)' is not one this plugin writes")
        }
    }

    private static func workbook(_ request: ReportRequest, _ rows: ActionPlanRows) throws -> [UInt8] {
        let info = request.programme.info
        let title = "Action plan: \(info.title)"
        let book = try Workbook(title: title, subject: "\(info.organisation), as at \(request.asOf.longForm)")
        actions(book.sheet("Action plan"), rows.rows, title: title, request)
        if request.options["by"] == "pillar" {
            for pillar in request.programme.pillars {
                actions(book.sheet("\(pillar.id) \(pillar.title)"), rows.rows.filter { $0.action.pillars.contains(pillar.id) }, title: "\(title): \(pillar.title)", request)
            }
        }
        deadlines(book.sheet("Milestones and deadlines"), request, title: title)
        return try book.bytes()
    }

    /// The columns' widths, in characters.
    static let widths: [Double] = [22, 40, 12, 9, 24, 20, 13, 13, 11, 9, 10, 40, 28, 40, 16, 11, 12, 9]

    private static func actions(_ sheet: Sheet, _ rows: [ActionPlanRows.Row], title: String, _ request: ReportRequest) {
        for (column, header) in ActionPlanRows.columns.enumerated() { sheet.text(0, column, header, .header) }
        sheet.lines(0, Sheet.linesNeeded(ActionPlanRows.columns, widths: widths))
        for (index, row) in rows.enumerated() {
            let line = index + 1
            sheet.lines(line, Sheet.linesNeeded(row.cells, widths: widths))
            for (column, cell) in row.cells.enumerated() {
                switch column {
                case 9 where !cell.isEmpty: sheet.number(line, column, Double(cell) ?? 0, .percent)
                case 17: sheet.number(line, column, Double(cell) ?? 0)
                case 1, 2, 4, 5, 11, 12, 13: sheet.text(line, column, cell, .wrapped)
                default: sheet.text(line, column, cell)
                }
            }
        }
        let last = max(1, rows.count)
        // The RAG column coloured by its word; the word is always in the cell, for print and for those who cannot tell the colours apart.
        sheet.highlight(column: 10, rows: 1, last, containing: RAGStatus.red.label, .red)
        sheet.highlight(column: 10, rows: 1, last, containing: RAGStatus.amber.label, .amber)
        sheet.highlight(column: 10, rows: 1, last, containing: RAGStatus.green.label, .green)
        sheet.widths(widths)
        sheet.freezeHeader(rows: 1, columns: 2)
        sheet.autofilter(row: 0, lastRow: rows.count, lastColumn: ActionPlanRows.columns.count - 1)
        // The whole register on one page's width is A3's work, as councils print action plans.
        sheet.printSetup(title: title, asOf: request.asOf.longForm, paper: .a3)
    }

    private static func deadlines(_ sheet: Sheet, _ request: ReportRequest, title: String) {
        let headers = ["Milestone or deadline", "Date", "Statutory", "State", "Why", "Actions feeding it", "Forecast", "Slack (days)"]
        for (column, header) in headers.enumerated() { sheet.text(0, column, header, .header) }
        let widths: [Double] = [40, 16, 10, 12, 40, 28, 40, 12]
        for (index, deadline) in request.analysis.deadlines.enumerated() {
            let line = index + 1
            sheet.lines(line, Sheet.linesNeeded([deadline.title, "", "", "", deadline.reason, deadline.feedingActions.joined(separator: ", "), deadline.forecast], widths: widths))
            sheet.text(line, 0, deadline.title, .wrapped)
            sheet.text(line, 1, deadline.date.shown)
            sheet.text(line, 2, deadline.statutory ? "yes" : "no")
            sheet.text(line, 3, deadline.state.rawValue.replacingOccurrences(of: "-", with: " "))
            sheet.text(line, 4, deadline.reason, .wrapped)
            sheet.text(line, 5, deadline.feedingActions.joined(separator: ", "), .wrapped)
            sheet.text(line, 6, deadline.forecast, .wrapped)
            if let slack = deadline.slackDays { sheet.number(line, 7, Double(slack)) } else { sheet.text(line, 7, "unknown") }
        }
        sheet.widths(widths)
        sheet.freezeHeader()
        sheet.autofilter(row: 0, lastRow: request.analysis.deadlines.count, lastColumn: headers.count - 1)
        sheet.printSetup(title: title, asOf: request.asOf.longForm)
    }
}

@_cdecl("reform_plugin_v1")
public func reformPluginV1() -> UnsafeRawPointer {
    ReportPluginExport.table(for: ActionPlanReport.self)
}
