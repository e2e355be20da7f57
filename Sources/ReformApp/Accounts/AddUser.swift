import ReformRecord
import ReformStore

/// Adds a person who may sign in to the web front end, as `reform users add` does.
public struct AddUser: Sendable {
    /// Their sign-in name: ASCII letters, digits, `.`, `-` and `_`.
    public var username: String
    /// What they may do.
    public var role: Role
    /// The action owners whose actions they may update, for a contributor.
    public var owners: [String]
    /// Their password, kept only as a bcrypt hash.
    public var password: String
    /// Where their reminders are sent; `nil` for none.
    public var email: String?
    /// The hash's bcrypt cost: 12 in use; tests that are not about hashing lower it.
    public var passwordCost: UInt8 = SessionRules.bcryptCost
    /// The plan whose action owners `owners` must be; when `nil` (no plan file yet), owners are taken as typed.
    public var programme: (any ProgrammeSource)?

    /// A user to add.
    public init(username: String, role: Role, owners: [String] = [], password: String, email: String? = nil) {
        self.email = email
        self.username = username
        self.role = role
        self.owners = owners
        self.password = password
    }

    /// Adds the user to `record` as `person` at `moment`, making the record if there is none yet.
    ///
    /// - Throws: `AppError` for a bad username or password, a name already taken, someone who may
    ///   not manage users, or a record that cannot be written.
    public func run(record: Record, moment: Moment, person: Person) async throws(AppError) -> UserAccount {
        guard person.may(.manageUsers) else { throw AppError.forbidden(.manageUsers) }
        if let problem = Usernames.problem(username) { throw AppError.invalid(problem, .username, status: .usage) }
        if let problem = Passwords.problem(with: password, username: username) { throw AppError.invalid(problem, .password, status: .usage) }
        let email = try EmailAddresses.checked(email)
        let existing = try await record.read(ifNone: nil) { store throws(StoreError) in try await store.user(named: username) }
        if let existing {
            throw AppError.invalid("there is already a user '\(existing.username)' (usernames are the same whatever their case); choose another name",
                                   .username, status: .usage)
        }
        var owners = self.owners
        if let programme { owners = try PlanOwners.matched(owners, in: try await programme.plan().programme) }
        let hash = try await Passwords.hash(password, cost: passwordCost)
        let user = UserAccount(username: username, passwordHash: hash, role: role, owners: owners, createdAt: moment.stamp, email: email)
        return try await record.write { store throws(StoreError) in try await store.addUser(user) }
    }
}
