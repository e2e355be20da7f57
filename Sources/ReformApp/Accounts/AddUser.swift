import Foundation
import ReformStore

/// Adds a person who may sign in to the web front end, as `reform users add` does.
public struct AddUser: Sendable {
    /// Their sign-in name: letters, digits, `.`, `-`, `_` and `@`.
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
        if let problem = Self.usernameProblem(username) { throw AppError(problem, status: .usage) }
        if let problem = Passwords.problem(with: password) { throw AppError(problem, status: .usage) }
        guard let store = try await workspace.openRecord(.write(create: true)) else { throw AppError("error: the record could not be created") }
        let hash = await Passwords.hash(password)
        let user = UserAccount(username: username, passwordHash: hash, role: role, owners: owners, createdAt: Timestamp.utc(Date()))
        do { return try await store.addUser(user) } catch { throw AppError(error) }
    }

    /// Why `username` cannot be used, or `nil`.
    static func usernameProblem(_ username: String) -> String? {
        let allowed = username.unicodeScalars.allSatisfy { scalar in
            CharacterSet.alphanumerics.contains(scalar) || ".-_@".unicodeScalars.contains(scalar)
        }
        guard !username.isEmpty, username.count <= 64, allowed else {
            return "'\(username)' cannot be a username: use 1 to 64 letters, digits, '.', '-', '_' or '@', such as alice.smith"
        }
        return nil
    }
}
