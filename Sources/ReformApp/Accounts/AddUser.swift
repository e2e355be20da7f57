import Foundation
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

    /// A user to add.
    public init(username: String, role: Role, owners: [String] = [], password: String) {
        self.username = username
        self.role = role
        self.owners = owners
        self.password = password
    }

    /// Adds the user to the workspace's record, creating the record if there is none yet.
    ///
    /// - Throws: `AppError` for a bad username or password, a name already taken, or a record that cannot be written.
    public func run(_ workspace: Workspace) async throws(AppError) -> UserAccount {
        if let problem = Usernames.problem(username) { throw AppError(problem, status: .usage, kind: .invalidInput) }
        if let problem = Passwords.problem(with: password, username: username) { throw AppError(problem, status: .usage, kind: .invalidInput) }
        guard let store = try await workspace.openRecord(.write(create: true)) else { throw AppError("error: the record could not be created") }
        let existing: UserAccount?
        do { existing = try await store.user(named: username) } catch { throw AppError(error) }
        if let existing {
            throw AppError("there is already a user '\(existing.username)' (usernames are the same whatever their case); choose another name",
                           status: .usage, kind: .invalidInput)
        }
        let hash = try await Passwords.hash(password)
        let user = UserAccount(username: username, passwordHash: hash, role: role, owners: owners, createdAt: Timestamp.utc(Date()))
        do { return try await store.addUser(user) } catch { throw AppError(error) }
    }
}
