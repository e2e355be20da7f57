import Foundation
import ReformModel
import ReformRecord

/// The emails of a round, ready for the outbox: one per person, listing the actions of theirs the
/// round is about. A person is anyone whose account is enabled, has an email address, and names
/// the action's owner among its owners.
struct RoundMail {
    let letter: ReminderLetter
    let accounts: [UserAccount]
    let analysis: ProgrammeAnalysis
    let now: Int64

    /// The accounts reminders for `owner`'s actions go to.
    static func recipients(of owner: String, among accounts: [UserAccount]) -> [UserAccount] {
        let wanted = owner.trimmingSpaces().lowercased()
        guard !wanted.isEmpty else { return [] }
        return accounts.filter { account in
            !account.disabled && account.email != nil && account.owners.contains { $0.trimmingSpaces().lowercased() == wanted }
        }
    }

    /// A message of `kind` for `day` to each person owning one of `items`, naming theirs.
    func messages(_ kind: ReminderKind, round: UpdateRound, items: [RoundProgress.Item], day: CalendarDay) -> [OutboxMessage] {
        var lines: [String: (UserAccount, [ReminderLetter.Line])] = [:]
        for item in items {
            for account in Self.recipients(of: item.owner, among: accounts) {
                lines[account.username.lowercased(), default: (account, [])].1.append(line(item.action, title: item.title))
            }
        }
        return lines.keys.sorted().map { key in
            let (account, lines) = lines[key]!
            return message(kind, round: round, to: account, lines: lines, day: day, event: nil)
        }
    }

    /// The message telling `account` that their update of `action` was returned.
    func returned(round: UpdateRound, to account: UserAccount, action: String, title: String, event: Int64, by lead: String, reason: String,
                  day: CalendarDay) -> OutboxMessage {
        message(.returned, round: round, to: account, lines: [line(action, title: title)], day: day, event: event, returnedBy: lead, reason: reason)
    }

    private func line(_ action: String, title: String) -> ReminderLetter.Line {
        let assessment = analysis.action(action)
        return ReminderLetter.Line(id: action, title: assessment?.title ?? title, rag: assessment?.rag.status.label ?? "Not rated",
                                   due: assessment?.deadline?.date.shown)
    }

    private func message(_ kind: ReminderKind, round: UpdateRound, to account: UserAccount, lines: [ReminderLetter.Line], day: CalendarDay,
                         event: Int64?, returnedBy: String? = nil, reason: String? = nil) -> OutboxMessage {
        let address = account.email ?? ""
        let words = letter.message(kind, round: round, lines: lines, returnedBy: returnedBy, reason: reason)
        return OutboxMessage(key: OutboxMessage.key(round: round.id, recipient: account.username, kind: kind, day: day.iso, event: event),
                             round: round.id, recipient: account.username, address: address, kind: kind, day: day.iso,
                             subject: words.subject, text: words.text, html: words.html, queuedAt: now, nextAttemptAt: now)
    }
}
