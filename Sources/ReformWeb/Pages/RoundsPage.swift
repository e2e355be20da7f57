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

/// `GET /admin/outbox`: every email queued, sent and given up on, the newest first.
struct OutboxPage: Sendable {
    struct Row: Sendable {
        let id, to, kind, day, subject, state, attempts, error: String
        let failed: Bool
    }

    let rows: [Row]
    let failed: Int
    let mailServer: String?

    init(_ messages: [OutboxMessage], mailServer: String?) {
        rows = messages.map { message in
            Row(id: String(message.id ?? 0), to: "\(message.recipient) <\(message.address)>", kind: message.kind.wording, day: Shown.day(message.day),
                subject: message.subject,
                state: message.state == .sent ? "Sent \(Shown.moment(OutboxJSON.time(message.sentAt ?? 0)))"
                    : message.state == .failed ? "Failed: given up on" : "Waiting",
                attempts: String(message.attempts), error: message.lastError ?? "", failed: message.state == .failed)
        }
        failed = messages.filter { $0.state == .failed }.count
        self.mailServer = mailServer
    }
}
