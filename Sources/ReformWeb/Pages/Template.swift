/// Every template of the web front end, one file each in `Templates/`, embedded at build time:
/// a template named here and missing there stops the server starting (and fails a test), never an empty page.
enum Template: String, CaseIterable, Sendable {
    case layout, errorSummary = "error-summary", error, login, accessibility
    case dashboard, pillar, action, my, deadlines, funding, risks, committee, log, reports, users, correct
    case plan, planRevision = "plan-revision", actionEdit = "action-edit", burdenEdit = "burden-edit"
    case rounds, round, outbox

    /// Its file in `Templates/`.
    var fileName: String { rawValue + ".mustache" }
}
