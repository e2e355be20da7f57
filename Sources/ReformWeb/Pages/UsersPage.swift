import ReformModel
import ReformApp
import ReformRecord

/// `GET /admin/users`: who may sign in, with their role and the owners whose actions they update;
/// an admin adds and changes users here.
struct UsersPage: Sendable {
    struct Option: Sendable {
        let value: String
        let selected: Bool
    }

    /// An action owner of the plan, as a checkbox.
    struct Owner: Sendable {
        let value: String
        let id: String
        let checked: Bool
    }

    struct User: Sendable {
        let username, role, owners, state, createdAt, csrf, email: String
        let disabled: Bool
        let roles: [Option]
        let choices: [Owner]
        /// Owners the account has that the plan no longer names: kept unless unticked.
        let stale: [Owner]
    }

    struct Typed: Sendable {
        var username = "", owners: [String] = [], role = "viewer", email = ""
    }

    /// What is shown of a user, and what `Accept: application/json` gets: never the password hash.
    struct Shown: Codable, Sendable {
        let username: String
        let role: Role
        let owners: [String]
        let disabled: Bool
        let createdAt: String
        /// Where their reminders go: this page is an admin's alone.
        let email: String?

        init(_ user: UserAccount) {
            username = user.username
            role = user.role
            owners = user.owners
            disabled = user.disabled
            createdAt = user.createdAt
            email = user.email
        }

        private enum CodingKeys: String, CodingKey {
            case username, role, owners, disabled, createdAt = "created_at", email
        }
    }

    /// What the page says was just done, after a redirect: one of fixed sentences naming a user
    /// found in the record by number, never text from the query string.
    enum Done: String, CaseIterable {
        case added, saved, unchanged

        /// The users page saying this of `user`.
        func location(of user: UserAccount) -> String {
            "/admin/users?\(rawValue)=\(user.id ?? 0)"
        }

        /// The sentence for the query's `?added=N` or `?saved=N`; `nil` for anything else.
        static func sentence(parameter: (String) -> String?, users: [UserAccount]) -> String? {
            guard let done = allCases.first(where: { parameter($0.rawValue) != nil }),
                  let number = parameter(done.rawValue).flatMap({ Int64($0) }),
                  let user = users.first(where: { $0.id == number }) else { return nil }
            switch done {
            case .added: return "Added \(user.username)."
            case .saved: return "Saved \(user.username)."
            case .unchanged: return "Nothing was changed for \(user.username)."
            }
        }
    }

    let csrf: String
    let done: String?
    let users: [User]
    let newRoles: [Option]
    let typed: Typed
    let newOwners: [Owner]
    let errors: FormErrors?

    /// The page of `users`, each row's owners offered as the plan's `owners` to tick.
    init(_ users: [UserAccount], owners: [String], csrf: String, done: String? = nil, typed: Typed = Typed(), errors: FormErrors? = nil) {
        self.csrf = csrf
        self.done = done
        self.typed = typed
        self.errors = errors
        func boxes(_ chosen: [String], _ prefix: String) -> [Owner] {
            owners.enumerated().map { index, owner in
                Owner(value: owner, id: "\(prefix)-owner-\(index)", checked: chosen.contains { $0.lowercased() == owner.lowercased() })
            }
        }
        newOwners = boxes(typed.owners, "new")
        newRoles = Role.allCases.map { Option(value: $0.rawValue, selected: $0.rawValue == typed.role) }
        self.users = users.map { user in
            User(username: user.username, role: user.role.rawValue,
                 owners: user.role >= .lead ? "every action" : (user.owners.isEmpty ? "none" : user.owners.joined(separator: "; ")),
                 state: user.disabled ? "disabled" : "active", createdAt: user.createdAt, csrf: csrf, email: user.email ?? "",
                 disabled: user.disabled, roles: Role.allCases.map { Option(value: $0.rawValue, selected: $0 == user.role) },
                 choices: boxes(user.owners, user.username),
                 stale: user.owners.filter { owner in !owners.contains { $0.lowercased() == owner.lowercased() } }.enumerated()
                    .map { Owner(value: $1, id: "\(user.username)-stale-\($0)", checked: true) })
        }
    }


}
