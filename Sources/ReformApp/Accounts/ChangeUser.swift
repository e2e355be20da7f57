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
        /// Send their reminders here; `nil` or empty for none.
        case email(String?)
    }

    /// Whose account.
    public var username: String
    /// The changes, made together in one write.
    public var changes: [Change]
    /// The plan whose action owners new owners must be; when `nil`, owners are taken as typed.
    public var programme: (any ProgrammeSource)?

    /// A change to `username`'s account.
    public init(username: String, change: Change) {
        self.init(username: username, changes: [change])
    }

    /// Several changes to `username`'s account at once, as the users page saves a row.
    public init(username: String, changes: [Change]) {
        self.username = username
        self.changes = changes
    }

    /// Makes the changes as `person` and returns the account as it now is.
    ///
    /// - Throws: `AppError` when there is no such user (naming the nearest), when the change would
    ///   leave no admin who can sign in, when a signed-in admin would take away their own admin role
    ///   or disable themselves, or when the person may not manage users.
    public func run(record: Record, person: Person) async throws(AppError) -> UserAccount {
        try await apply(record: record, person: person).account
    }

    /// Makes the changes as `person`: the account as it now is, and whether anything changed (a
    /// row saved as it was writes nothing).
    public func apply(record: Record, person: Person) async throws(AppError) -> (account: UserAccount, changed: Bool) {
        guard person.may(.manageUsers) else { throw AppError.forbidden(.manageUsers) }
        let (found, everyone) = try await record.read(ifNone: (nil, [])) { store throws(StoreError) in
            (try await store.user(named: username), try await store.users())
        }
        guard var user = found else { throw Self.noSuchUser(username, among: everyone.map(\.username)) }
        let before = user
        var newPassword = false
        for change in changes {
            switch change {
            case .disable: user.disabled = true
            case .enable: user.disabled = false
            case .role(let role): user.role = role
            case .owners(let owners):
                if let programme { user.owners = try PlanOwners.matched(owners, in: try await programme.plan().programme, keeping: before.owners) } else { user.owners = owners }
            case .password(let password):
                if let problem = Passwords.problem(with: password, username: user.username) { throw AppError.invalid(problem, .password, status: .usage) }
                user.passwordHash = try await Passwords.hash(password)
                newPassword = true
            case .email(let address):
                user.email = try EmailAddresses.checked(address)
            }
        }
        let stopsBeingAdmin = before.role == .admin && !before.disabled && (user.role != .admin || user.disabled)
        if stopsBeingAdmin, case .signedIn(let account) = person, account.id == user.id {
            throw AppError.invalid("you cannot take away your own admin role or disable yourself; ask another admin", user.role != .admin ? .role : .state,
                                   status: .usage)
        }
        if stopsBeingAdmin, !everyone.contains(where: { $0.id != user.id && $0.role == .admin && !$0.disabled }) {
            throw AppError.invalid("\(user.username) is the only admin who can sign in; make another admin first, so that someone can still manage users",
                                   user.role != .admin ? .role : .state, status: .usage)
        }
        // Saving a row unchanged changes nothing: no write, and the account as it was.
        guard user != before else { return (user, false) }
        let changed = user
        try await record.write { store throws(StoreError) in
            try await store.updateUser(changed)
            if newPassword, let id = changed.id { try await store.endSessions(userID: id) }
        }
        return (user, true)
    }

    static func noSuchUser(_ username: String, among names: [String]) -> AppError {
        let hint = Suggestion.closest(to: username, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        return AppError("no user '\(username)'\(hint); 'reform users list' lists them", status: .usage, kind: .notFound, field: .username)
    }
}
