import ReformModel
import ReformRecord
import ReformStore

/// What a signed-in person may change, decided on the record itself for every request: a form
/// forged for an action that is not theirs is refused like any other.
public enum Permissions {
    /// Whether `user` may record updates on `action`: a lead or admin on any, a contributor on
    /// those whose owner is one of theirs (compared without regard to case or surrounding spaces).
    public static func mayUpdate(_ action: Action, user: UserAccount) -> Bool {
        if user.disabled { return false }
        if user.role >= .lead { return true }
        guard user.role == .contributor, let owner = action.owner else { return false }
        let normalised = owner.trimmingSpaces().lowercased()
        return user.owners.contains { $0.trimmingSpaces().lowercased() == normalised }
    }

    /// Whether `user` may void and correct updates, respond to the committee and run reports.
    public static func isLead(_ user: UserAccount) -> Bool {
        !user.disabled && user.role >= .lead
    }
}
