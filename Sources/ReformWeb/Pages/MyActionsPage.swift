import ReformApp
import ReformRecord

/// `GET /my`: the open actions the signed-in person may update, those with no update for 30 days
/// first, so that an action owner sees at once what needs their attention.
struct MyActionsPage: Sendable {
    struct Item: Sendable {
        let id, title, owner, due, progress, reason: String
        let rag: Shown.Status
        let last: String
        let stale: Bool
        /// "Update due by 20 November 2026 (Before the January committee)", and whether overdue.
        let round: String?
        let overdue: Bool
    }

    struct Group: Sendable {
        let owner: String
        let anchor: String
        let items: [Item]
    }

    let intro: String
    let groups: [Group]

    /// What a round asks of an action, in words.
    static func ask(_ ask: MyActions.RoundAsk) -> String {
        let round = "round \(ask.number), \(ask.name)"
        switch ask.state {
        case .notUpdated: return (ask.overdue ? "Overdue: update was due by \(ask.due.longForm)" : "Update due by \(ask.due.longForm)") + " (\(round))"
        case .returned: return "Returned: \(ask.returnedBecause ?? "no reason given"). Update again by \(ask.due.longForm) (\(round))"
        case .awaitingSignOff: return "Updated for \(round); awaiting a lead’s sign-off"
        case .updated, .approved: return "Updated for \(round)"
        }
    }

    init(_ groups: [MyActions.Group], user: UserAccount) {
        switch user.role {
        case .viewer: intro = "Viewers read the plan; they do not record updates. Ask an administrator if you own actions."
        case .officer: intro = "Officers run reports and record the committee's responses; they do not record updates. Ask an administrator if you own actions."
        case .contributor:
            intro = "The open actions of \(user.owners.isEmpty ? "no owner yet (ask an administrator to set yours)" : user.owners.joined(separator: "; ")), "
                + "those without an update for \(MyActions.staleAfterDays) days first."
        case .lead, .admin:
            intro = "Every open action, by owner: the owner whose action has gone longest without an update first, and their actions "
                + "without an update for \(MyActions.staleAfterDays) days first."
        }
        self.groups = groups.enumerated().map { index, group in
            Group(owner: group.owner.isEmpty ? "No owner named in the plan" : group.owner, anchor: "owner-\(index + 1)", items: group.items.map { item in
                let row = Shown.ActionRow(item.assessment)
                return Item(id: row.id, title: row.title, owner: row.owner, due: row.due, progress: row.progress, reason: row.reason, rag: row.rag,
                            last: item.lastUpdate.map { $0.longForm + (item.stale ? " (over \(MyActions.staleAfterDays) days ago)" : "") } ?? "never",
                            stale: item.stale, round: item.round.map(Self.ask), overdue: item.round?.overdue == true)
            })
        }
    }
}
