import ReformApp
import ReformModel

/// `GET /`: where everyone starts: RAG by pillar, the statutory deadlines with days left, the
/// funding gap, and what changed since the last committee report.
struct DashboardPage: Sendable {
    struct Pillar: Sendable {
        /// A part of the pillar's bar.
        struct Segment: Sendable {
            let x: Int
            let width: Int
            let status: String
        }

        let id: String
        let title: String
        let overall: Shown.Status
        let red, amber, green, complete, notRated: Int
        let segments: [Segment]

        init(_ rollUp: RAGRollUp) {
            let order: [RAGStatus] = [.red, .amber, .green, .complete, .notRated]
            let total = max(1, order.reduce(0) { $0 + (rollUp.counts[$1] ?? 0) })
            var x = 0
            var segments: [Segment] = []
            for status in order {
                let count = rollUp.counts[status] ?? 0
                guard count > 0 else { continue }
                let width = count * 160 / total
                segments.append(Segment(x: x, width: width, status: status.rawValue))
                x += width
            }
            id = rollUp.id
            title = rollUp.title
            overall = Shown.rag(rollUp.overall)
            (red, amber, green, complete, notRated) = (rollUp.counts[.red] ?? 0, rollUp.counts[.amber] ?? 0, rollUp.counts[.green] ?? 0,
                                                       rollUp.counts[.complete] ?? 0, rollUp.counts[.notRated] ?? 0)
            self.segments = segments
        }
    }

    struct Deadline: Sendable {
        let title: String
        let date: String
        let daysLeft: String
        let state: Shown.Status
        let reason: String
    }

    struct Funding: Sendable {
        let cost, confirmed, unfunded, unquantified: String
    }

    let title: String
    let organisation: String
    let asOf: String
    let updates: String
    let pillars: [Pillar]
    let deadlines: [Deadline]
    let funding: Funding
    let lastReport: String?
    let changes: [String]
    /// The plan's changes since the last committee report, each with its revision, who and why.
    let planChanges: [String]
    /// The open round of updates, in words, if one is open.
    let round: Round?

    struct Round: Sendable {
        let number, name, due, progress: String
    }

    /// The dashboard of `status` (every action and pillar today), `deadlines`, `funding`, and the
    /// snapshot's changes since the last committee report.
    init(status: ProgrammeStatus, deadlines: DeadlineList, funding: FundingPosition, snapshot: ProgrammeSnapshot, openRound: RoundProgress? = nil) {
        round = openRound.map { progress in
            let total = progress.total
            return Round(number: String(progress.round.id ?? 0), name: progress.round.name, due: Shown.day(progress.round.due),
                         progress: "\(total.onTime + total.late + total.awaitingSignOff) of \(total.actions) actions updated, \(total.overdue) overdue"
                             + (progress.round.signOff ? ", \(total.awaitingSignOff) awaiting sign-off" : ""))
        }
        let total = funding.funding.total
        title = status.programme.info.title
        organisation = status.programme.info.organisation
        asOf = status.asOf.longForm
        updates = status.updatesApplied == 1 ? "1 recorded update" : "\(status.updatesApplied) recorded updates"
        pillars = status.pillars.map(Pillar.init)
        self.deadlines = deadlines.deadlines.filter(\.statutory).map { deadline in
            Deadline(title: deadline.title, date: deadline.date.shown, daysLeft: Shown.daysLeft(deadline.daysRemaining), state: Shown.state(deadline.state),
                     reason: deadline.reason)
        }
        self.funding = Funding(cost: Shown.money(total.money(total.cost)), confirmed: Shown.money(total.money(total.confirmed)),
                               unfunded: Shown.money(total.money(total.unfunded)), unquantified: "\(funding.funding.unquantified.count)")
        lastReport = snapshot.lastCommitteeReport.flatMap { CalendarDay(iso: Substring($0.asOf))?.longForm }
        changes = snapshot.changesSinceLastReport.changes.map(\.summary)
        planChanges = snapshot.planChangesSinceLastReport.flatMap { revision in
            revision.changes.map { "\($0.words) (revision \(revision.number), \(revision.by): \(revision.reason))" }
        }
    }
}
