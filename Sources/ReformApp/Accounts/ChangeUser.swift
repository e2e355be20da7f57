import ReformModel
import ReformRecord
import ReformStore

/// Changes a user, as `reform users disable`, `set-role` and `set-owner` do; disabling ends
/// their sessions at once.
public struct ChangeUser: Sendable {
    /// What to change.
    public enum Change: Sendable {
        /// Stop them signing in, and end their sessions.
        case disable
        /// Let a disabled user sign in again.
        case enable
        /// Give them another role.
        case role(Role)
        /// Replace the action owners whose actions they may update.
        case owners([String])
        /// Give them a new password.
        case password(String)
    }

    /// Whose account.
    public var username: String
    /// The changes, made together in one write.
    public var changes: [Change]

    /// A change to `username`'s account.
    public init(username: String, change: Change) {
        self.init(username: username, changes: [change])
    }

    /// Several changes to `username`'s account at once, as the users page saves a row.
    public init(username: String, changes: [Change]) {
        self.username = username
        self.changes = changes
    }

    /// Makes the changes and returns the account as it now is.
    ///
    /// - Throws: `AppError` (a usage error) when there is no such user, naming the nearest.
    public func run(_ workspace: Workspace) async throws(AppError) -> UserAccount {
        guard let store = try await workspace.openRecord(.write(create: false)) else { throw Self.noSuchUser(username, among: []) }
        return try await AppError.catching {
            guard var user = try await store.user(named: username) else {
                throw Self.noSuchUser(username, among: try await store.users().map(\.username))
            }
            var newPassword = false
            for change in changes {
                switch change {
                case .disable: user.disabled = true
                case .enable: user.disabled = false
                case .role(let role): user.role = role
                case .owners(let owners): user.owners = owners
                case .password(let password):
                    if let problem = Passwords.problem(with: password, username: user.username) { throw AppError(problem, status: .usage, kind: .invalidInput) }
                    user.passwordHash = try await Passwords.hash(password)
                    newPassword = true
                }
            }
            try await store.updateUser(user)
            if newPassword, let id = user.id { try await store.endSessions(userID: id) }
            return user
        }
    }

    static func noSuchUser(_ username: String, among names: [String]) -> AppError {
        let hint = Suggestion.closest(to: username, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        return AppError("no user '\(username)'\(hint); 'reform users list' lists them", status: .usage)
    }
}
