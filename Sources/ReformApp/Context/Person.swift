import ReformModel
import ReformRecord

/// Who is acting: someone at the command line, named by `--by` (the record's files are theirs,
/// so they may do anything), or someone signed in to the web front end, who may do what their
/// account's role allows.
public enum Person: Sendable {
    case commandLine(name: String)
    case signedIn(UserAccount)

    /// The name a record keeps of what they did.
    public var name: String {
        switch self {
        case .commandLine(let name): return name
        case .signedIn(let user): return user.username
        }
    }

    /// Whether they may do `right`: the one policy every use case, route and navigation link asks.
    public func may(_ right: Right) -> Bool {
        guard case .signedIn(let user) = self else { return true }
        return Self.account(user, may: right)
    }

    /// Whether `user` may do `right`. A disabled account may do nothing.
    public static func account(_ user: UserAccount, may right: Right) -> Bool {
        guard !user.disabled else { return false }
        switch right {
        case .read: return true
        case .recordUpdates(let action):
            if user.role >= .lead { return true }
            guard user.role == .contributor, let owner = action.owner else { return false }
            let normalised = owner.trimmingSpaces().lowercased()
            return user.owners.contains { $0.trimmingSpaces().lowercased() == normalised }
        case .updateSomething: return user.role >= .contributor
        case .amendUpdate(let event, let action, let recordingDay):
            if user.role >= .lead { return true }
            // An owner puts right their own slip the day they made it; after that it is a lead's to void or correct.
            guard let action, account(user, may: .recordUpdates(action)), !event.isVoid else { return false }
            return event.recordedBy.lowercased() == user.username.lowercased() && event.recordedAt.hasPrefix(recordingDay.iso)
        case .runReports, .respondToCommittee: return user.role >= .lead || user.role == .officer
        case .voidAndCorrect, .changePlan, .runRounds: return user.role >= .lead
        case .manageUsers: return user.role == .admin
        }
    }
}

/// What a person may be allowed to do.
public enum Right: Sendable {
    /// Read every page and download reports.
    case read
    /// Record updates on this action.
    case recordUpdates(Action)
    /// Record updates on some action (what My actions is for).
    case updateSomething
    /// Run reports.
    case runReports
    /// Void and correct any update.
    case voidAndCorrect
    /// Void or correct this update of this action (`nil` when no longer in the plan), on
    /// `recordingDay` (UTC, as `recorded_at` is): any update for a lead; for its owner, their own,
    /// on the day they recorded it.
    case amendUpdate(RecordedEvent, Action?, recordingDay: CalendarDay)
    /// Record the council's responses to committee resolutions.
    case respondToCommittee
    /// Add users and change them.
    case manageUsers
    /// Change the plan: publish a revision, edit, add or retire an action, cost a burden, mark a baseline.
    case changePlan
    /// Open and close update rounds, and approve or return updates awaiting sign-off (a lead's
    /// own updates need no sign-off).
    case runRounds

    /// The roles that have this right (for a contributor, on their own actions), least trusted first.
    public var holders: [Role] {
        switch self {
        case .read: return Role.allCases
        case .recordUpdates, .updateSomething, .amendUpdate: return [.contributor, .lead, .admin]
        case .runReports, .respondToCommittee: return [.officer, .lead, .admin]
        case .voidAndCorrect, .changePlan, .runRounds: return [.lead, .admin]
        case .manageUsers: return [.admin]
        }
    }

    /// The roles that have it, in words: "officer, lead or admin".
    public var holdersWording: String {
        let names = holders.map(\.rawValue)
        return names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
