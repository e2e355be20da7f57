import ReformModel
import ReformPluginKit

/// The action plan as the rows councils have kept in spreadsheets for years: one row per action,
/// with its baseline and current due dates, its status, progress, RAG in words with its reason,
/// forecast and latest commentary with who and when. What the workbook and the CSV both write.
struct ActionPlanRows {
    /// The columns, in order.
    static let columns = ["Id", "Action", "Pillars", "Policy", "Owner", "Partners", "Baseline due", "Current due", "Status", "Progress",
                          "RAG", "Why", "Forecast", "Latest commentary", "By", "On", "Last updated", "Updates recorded"]

    /// One action's cells, as text but for progress and the number of updates.
    struct Row {
        let action: ActionAssessment
        let cells: [String]
    }

    let rows: [Row]

    init(_ request: ReportRequest) {
        let planned = Dictionary(request.programme.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let baseline = request.plan?.baseline
        rows = request.analysis.actions.map { action in
            let current = action.deadline?.date.shown ?? "none"
            // The baseline's date where a baseline is marked and the action has moved from it; else the date it has always had.
            let original = baseline?.move(of: action.id).map { $0.baselineDue?.shown ?? "none" } ?? current
            let note = action.latestNote
            let partners: String = planned[action.id]?.partners.joined(separator: ", ") ?? ""
            let progress: String = action.progress.map { String($0) } ?? ""
            let forecast: String = action.forecast.projected?.longForm ?? action.forecast.explanation
            var cells: [String] = [action.id, action.title, action.pillars.joined(separator: ", "), action.policy ?? "", action.owner ?? "not assigned"]
            cells += [partners, original, current, action.status.rawValue, progress, action.rag.status.label, action.rag.reason]
            cells += [forecast, note?.text ?? "", note?.by ?? "", note?.day.iso ?? "", action.lastUpdated?.iso ?? "never", String(action.updateCount)]
            return Row(action: action, cells: cells)
        }
    }
}
