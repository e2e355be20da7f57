import ReformApp
import ReformModel
import ReformRecord

/// `GET /rounds/{id}`: one round, each action with its owner and how it stands, whom reminders
/// reach; for a lead, what awaits sign-off (approve or return) and the form that closes it.
struct RoundPage: Sendable {
    struct Row: Sendable {
        let action, title, owner, state, updated, reminded: String
        let overdue, needsUpdate: Bool
    }

    struct Awaiting: Sendable {
        let event, action, title, owner, at, by, note, reason, reasonError: String
        let hasError: Bool
    }

    let number, name, due, opened, closed, summary: String
    let isOpen, signOff, mayRun: Bool
    let rows: [Row]
    let awaiting: [Awaiting]
    let mailServer: String?
    let csrf: String
    let closeReason: String
    let errors: FormErrors?
    let done: String?

    /// The page of `view`; `refused` is a return whose reason was refused, with what was typed.
    init(_ view: ShowRound.View, person: Person, csrf: String, done: String? = nil, errors: FormErrors? = nil, closeReason: String = "",
         refused: (event: Int64, reason: String, message: String)? = nil) {
        let progress = view.progress, round = progress.round, total = progress.total
        number = String(round.id ?? 0)
        name = round.name
        due = Shown.day(round.due)
        opened = "\(Shown.moment(round.openedAt)) by \(round.openedBy)"
        closed = round.closing.map { "\(Shown.moment($0.closedAt)) by \($0.closedBy)" + ($0.reason.map { ": “\($0)”" } ?? "") } ?? ""
        isOpen = round.isOpen
        signOff = round.signOff
        mayRun = person.may(.runRounds)
        summary = "\(total.onTime) of \(total.actions) updated on time, \(total.late) late, \(total.notUpdated) not updated"
            + (total.overdue > 0 ? ", \(total.overdue) overdue" : "")
            + (round.signOff ? "; \(total.awaitingSignOff) awaiting sign-off, \(total.returned) returned" : "") + "."
        rows = progress.items.map { item in
            let reminded = view.reminded[item.owner] ?? []
            return Row(action: item.action, title: item.title, owner: item.owner.isEmpty ? "No owner" : item.owner,
                       state: item.state.wording.prefix(1).uppercased() + item.state.wording.dropFirst()
                           + (item.decision?.verdict == .returned ? ": “\(item.decision?.reason ?? "")”" : ""),
                       updated: item.latest.map { "\(Shown.moment($0.recordedAt)) by \($0.recordedBy)" } ?? "",
                       reminded: reminded.isEmpty ? "Nobody: no account with an email address owns these actions" : reminded.joined(separator: ", "),
                       overdue: item.overdue, needsUpdate: item.state.needsUpdate)
        }
        awaiting = person.may(.runRounds) ? progress.items.filter { $0.state == .awaitingSignOff }.compactMap { item in
            guard let event = item.latest, let id = event.id else { return nil }
            let typed = refused?.event == id ? refused : nil
            return Awaiting(event: String(id), action: item.action, title: item.title, owner: item.owner, at: Shown.moment(event.recordedAt),
                            by: event.recordedBy, note: event.note ?? "", reason: typed?.reason ?? "", reasonError: typed?.message ?? "",
                            hasError: typed != nil)
        } : []
        mailServer = view.mailServer
        self.csrf = csrf
        self.closeReason = closeReason
        self.errors = errors
        self.done = done
    }
}
