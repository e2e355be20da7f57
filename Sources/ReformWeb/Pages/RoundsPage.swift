import ReformApp
import ReformModel
import ReformRecord

/// `GET /rounds`: every round, the newest first, with how far each has got; and for a lead, the
/// form that opens the next one.
struct RoundsPage: Sendable {
    struct Row: Sendable {
        let number, name, due, state, updated, owed, overdue: String
    }

    struct Pillar: Sendable {
        let id, title: String
        let checked: Bool
    }

    /// What a refused form held.
    struct Typed: Sendable {
        var name = "", due = "", pillars: [String] = [], signOff = false
    }

    let rows: [Row]
    let mayRun: Bool
    let mailServer: String?
    let csrf: String
    let typed: Typed
    let pillars: [Pillar]
    let errors: FormErrors?
    let hasOpen: Bool

    init(_ rounds: [RoundProgress], programme: Programme, person: Person, mailServer: String?, csrf: String, typed: Typed = Typed(),
         errors: FormErrors? = nil) {
        rows = rounds.map { progress in
            let total = progress.total
            return Row(number: String(progress.round.id ?? 0), name: progress.round.name, due: Shown.day(progress.round.due),
                       state: progress.round.isOpen ? "Open" : "Closed", updated: "\(total.onTime + total.late + total.awaitingSignOff) of \(total.actions)",
                       owed: String(total.notUpdated + total.returned), overdue: String(total.overdue))
        }
        hasOpen = rounds.contains { $0.round.isOpen }
        mayRun = person.may(.runRounds)
        self.mailServer = mailServer
        self.csrf = csrf
        self.typed = typed
        self.errors = errors
        pillars = programme.pillars.map { Pillar(id: $0.id, title: $0.title, checked: typed.pillars.contains($0.id)) }
    }
}
