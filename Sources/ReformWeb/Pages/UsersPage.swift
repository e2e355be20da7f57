import ReformStore

/// `GET /admin/users`: who may sign in, with their role and the owners whose actions they update.
enum UsersPage {
    static let template = """
    <h1>Users</h1>
    <p class="lead">Add and change users with <code>reform users</code> on the server.</p>
    <table>
    <thead><tr><th scope="col">Username</th><th scope="col">Role</th><th scope="col">Updates the actions of</th><th scope="col">State</th><th scope="col">Added</th></tr></thead>
    <tbody>{{#users}}<tr><th scope="row">{{username}}</th><td>{{role}}</td><td>{{owners}}</td><td>{{state}}</td><td>{{createdAt}}</td></tr>{{/users}}</tbody>
    </table>
    """

    /// What is shown of a user, and what `Accept: application/json` gets: never the password hash.
    struct Shown: Codable, Sendable {
        let username: String
        let role: Role
        let owners: [String]
        let disabled: Bool
        let createdAt: String

        init(_ user: UserAccount) {
            username = user.username
            role = user.role
            owners = user.owners
            disabled = user.disabled
            createdAt = user.createdAt
        }

        private enum CodingKeys: String, CodingKey {
            case username, role, owners, disabled, createdAt = "created_at"
        }
    }

    /// The page's values.
    static func values(_ users: [UserAccount]) -> [String: Any] {
        ["users": users.map { user -> [String: Any] in
            ["username": user.username, "role": user.role.rawValue,
             "owners": user.role >= .lead ? "every action" : (user.owners.isEmpty ? "none" : user.owners.joined(separator: "; ")),
             "state": user.disabled ? "disabled" : "active", "createdAt": user.createdAt]
        }]
    }
}
