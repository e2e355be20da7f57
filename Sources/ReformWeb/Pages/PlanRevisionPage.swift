import ReformApp
import ReformModel

/// `GET /plan/revisions/{n}`: one revision: who published it, when and why, what changed from
/// the one before (in words, and as lines of the YAML), and its whole text.
struct PlanRevisionPage: Sendable {
    let number, at, by, reason: String
    let previous: String?
    let changes: [String]
    let diff: String
    let text: String

    init(_ comparison: ComparePlanRevisions.Comparison) {
        let revision = comparison.to
        number = String(revision.number ?? 0)
        at = Shown.moment(revision.recordedAt)
        by = revision.recordedBy
        reason = revision.reason
        previous = comparison.from?.number.map(String.init)
        changes = comparison.changes.map(\.words)
        diff = comparison.diff
        text = String(decoding: revision.text, as: UTF8.self)
    }
}
