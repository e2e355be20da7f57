import ReformApp
import ReformModel
import ReformRecord

/// `GET /plan`: the plan's revisions, newest first, with who changed what and why, the baselines
/// marked, and each action whose date has moved from the latest baseline.
struct PlanPage: Sendable {
    struct Revision: Sendable {
        let number: String
        let at: String
        let by: String
        let reason: String
        let changes: [String]
        let baselines: [String]
    }

    struct Moved: Sendable {
        let id, title, baseline, current, move: String
    }

    let revisions: [Revision]
    let current: String?
    let baselineName: String?
    let moved: [Moved]
    let mayChange: Bool
    let saved: String?
    /// For those who may change the plan: each burden, to cost.
    let burdens: [BurdenLink]

    struct BurdenLink: Sendable {
        let id, title, costs: String
    }

    init(_ entries: [ListPlanRevisions.Entry], snapshot: ProgrammeSnapshot, person: Person, saved: Int64?) {
        revisions = entries.map { entry in
            Revision(number: String(entry.revision.number ?? 0), at: Shown.moment(entry.revision.recordedAt), by: entry.revision.recordedBy,
                     reason: entry.revision.reason, changes: entry.revision.changes.map(\.words), baselines: entry.baselines)
        }
        current = snapshot.revision.map(String.init)
        baselineName = snapshot.schedule?.name
        moved = (snapshot.schedule?.moved ?? []).map { move in
            Moved(id: move.action, title: move.title, baseline: move.baselineDue?.shown ?? "no date", current: move.currentDue?.shown ?? "no date",
                  move: move.lastMove.map { "\(Shown.moment($0.at)) by \($0.by): \($0.reason)" } ?? "with its milestone or policy")
        }
        mayChange = person.may(.changePlan)
        self.saved = saved.map(String.init)
        burdens = mayChange ? snapshot.programme.burdens.map { burden in
            let known = burden.costs.filter(\.amount.isKnown).count
            return BurdenLink(id: burden.id, title: burden.title,
                              costs: known == 0 ? "not costed" : known == burden.costs.count ? "costed" : "partly costed")
        } : []
    }
}
