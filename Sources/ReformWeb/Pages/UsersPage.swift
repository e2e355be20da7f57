import Foundation
import ReformRecord

/// `GET /admin/users`: who may sign in, with their role and the owners whose actions they update.
enum UsersPage {
    static let template = """
    <h1>Users</h1>
    <p class="lead">Who may sign in, and what each may do. <code>reform users</code> on the server does the same.</p>
    {{#done}}<p class="done" role="status">{{done}}</p>{{/done}}
    {{#error}}<p class="message" role="alert">{{error}}</p>{{/error}}
    <table>
    <thead><tr><th scope="col">Username</th><th scope="col">Role</th><th scope="col">Updates the actions of</th><th scope="col">State</th><th scope="col">Added</th><th scope="col">Change</th></tr></thead>
    <tbody>{{#users}}<tr><th scope="row">{{username}}</th><td>{{role}}</td><td>{{owners}}</td><td>{{state}}</td><td>{{createdAt}}</td>
    <td><form method="post" action="/admin/users/{{username}}" class="change"><input type="hidden" name="csrf" value="{{csrf}}">
    <label for="role-{{username}}">Role</label> <select id="role-{{username}}" name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/roles}}</select>
    <label for="owners-{{username}}">Owners (one a line)</label> <textarea id="owners-{{username}}" name="owners" rows="2" cols="30">{{ownerLines}}</textarea>
    <label for="state-{{username}}">State</label> <select id="state-{{username}}" name="state"><option value="active"{{^disabled}} selected{{/disabled}}>active</option><option value="disabled"{{#disabled}} selected{{/disabled}}>disabled</option></select>
    <button type="submit">Save</button></form></td></tr>{{/users}}</tbody>
    </table>
    <h2>Add a user</h2>
    <form method="post" action="/admin/users" class="add">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <p><label for="username">Username</label><br><input id="username" name="username" required value="{{typed.username}}"></p>
    <p><label for="role">Role</label><br><select id="role" name="role">{{#newRoles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/newRoles}}</select></p>
    <p><label for="owners">Action owners whose actions a contributor updates (one a line, as the plan writes them)</label><br><textarea id="owners" name="owners" rows="3" cols="60">{{typed.owners}}</textarea></p>
    <p><label for="password">Password (at least 12 characters)</label><br><input id="password" name="password" type="password" autocomplete="new-password" required></p>
    <p><button type="submit">Add the user</button></p>
    </form>
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

    /// What the page says was just done, after a redirect: one of fixed sentences naming a user
    /// found in the record by number, never text from the query string.
    struct Done {
        /// What was done.
        enum Kind: String, CaseIterable {
            case added, saved

            /// The users page saying this of `user`.
            func location(of user: UserAccount) -> String {
                "/admin/users?\(rawValue)=\(user.id ?? 0)"
            }
        }

        let kind: Kind
        let username: String

        /// What was done, read from `?added=N` or `?saved=N` (`parameter` gives a query parameter's
        /// value by name); `nil` for anything else.
        init?(parameter: (String) -> String?, users: [UserAccount]) {
            guard let kind = Kind.allCases.first(where: { parameter($0.rawValue) != nil }),
                  let number = parameter(kind.rawValue).flatMap({ Int64($0) }),
                  let user = users.first(where: { $0.id == number }) else { return nil }
            self.kind = kind
            self.username = user.username
        }

        /// "Added alice." or "Saved alice."
        var sentence: String {
            (kind == .added ? "Added " : "Saved ") + username + "."
        }
    }

    /// The page's values; `form` and `error` when an add or a change comes back refused.
    static func values(_ users: [UserAccount], csrf: String, form: FormBody? = nil, done: String? = nil, error: String? = nil) -> [String: Any] {
        Views.present([
            "csrf": csrf, "done": done, "error": error,
            "typed": ["username": form?["username"] ?? "", "owners": form?["owners"] ?? ""],
            "newRoles": Role.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == (form?["role"] ?? "viewer")] as [String: Any] },
            "users": users.map { user -> [String: Any] in
                ["username": user.username, "role": user.role.rawValue,
                 "owners": user.role >= .lead ? "every action" : (user.owners.isEmpty ? "none" : user.owners.joined(separator: "; ")),
                 "ownerLines": user.owners.joined(separator: "\n"), "disabled": user.disabled,
                 "state": user.disabled ? "disabled" : "active", "createdAt": user.createdAt, "csrf": csrf,
                 "roles": Role.allCases.map { ["value": $0.rawValue, "selected": $0 == user.role] as [String: Any] }]
            },
        ])
    }

    /// The owners typed one a line (or separated by semicolons), blank lines dropped.
    static func owners(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
