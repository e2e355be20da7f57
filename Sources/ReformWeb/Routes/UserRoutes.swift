import Foundation
import Hummingbird
import ReformApp
import ReformRecord
import ReformStore

/// `POST /admin/users` and `POST /admin/users/{name}`: an admin adds a user, or changes one's
/// role, owners or state, with the same checks as `reform users`.
struct UserRoutes: Sendable {
    let pages: PageRenderer
    let live: LiveProgramme
    let store: RecordStore
    let workspace: Workspace
    let sessions: Sessions

    func register(on router: Router<WebContext>) {
        router.post("/admin/users") { request, context in try await self.add(request, context) }
        router.post("/admin/users/:name") { request, context in try await self.change(request, context) }
    }

    private func adminForm(_ request: Request, _ context: WebContext) async throws -> (SignedInUser, FormBody) {
        let (signedIn, form) = try await Access.signedInForm(request, context)
        guard signedIn.user.role == .admin else { throw WebFailure.forbidden(needed: "admin", detail: nil) }
        return (signedIn, form)
    }

    private func refused(_ error: AppError, _ form: FormBody, _ signedIn: SignedInUser, _ context: WebContext) async throws -> Response {
        guard error.status == .usage || error.kind != .general else { throw WebFailure.unavailable(error.message) }
        let users = try await ListUsers().run(in: store)
        let values = UsersPage.values(users, csrf: signedIn.csrfToken, form: form, error: error.message.replacingOccurrences(of: "error: ", with: ""))
        return pages.page("users", title: "Users", values: values, context: context, snapshot: try await live.snapshotForPage(), status: .unprocessableContent)
    }

    private func add(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await adminForm(request, context)
        guard let role = Role(rawValue: form["role"] ?? "") else {
            return try await refused(AppError("choose a role: viewer, contributor, lead or admin", status: .usage), form, signedIn, context)
        }
        do {
            let user = try await AddUser(username: form["username"] ?? "", role: role, owners: UsersPage.owners(form["owners"]),
                                         password: form["password"] ?? "").run(workspace)
            return WebResponses.redirect(to: UsersPage.Done.Kind.added.location(of: user))
        } catch {
            return try await refused(error, form, signedIn, context)
        }
    }

    private func change(_ request: Request, _ context: WebContext) async throws -> Response {
        let (signedIn, form) = try await adminForm(request, context)
        let name = try context.parameters.require("name")
        guard let role = Role(rawValue: form["role"] ?? "") else {
            return try await refused(AppError("choose a role: viewer, contributor, lead or admin", status: .usage), form, signedIn, context)
        }
        if name.lowercased() == signedIn.user.username.lowercased(), role != .admin || form["state"] == "disabled" {
            return try await refused(AppError("you cannot take away your own admin role or disable yourself; ask another admin", status: .usage),
                                     form, signedIn, context)
        }
        do {
            let changes: [ChangeUser.Change] = [.role(role), .owners(UsersPage.owners(form["owners"])), form["state"] == "disabled" ? .disable : .enable]
            let user = try await ChangeUser(username: name, changes: changes).run(workspace)
            if let id = user.id { sessions.forget(userID: id) }
            return WebResponses.redirect(to: UsersPage.Done.Kind.saved.location(of: user))
        } catch {
            if error.status == .usage { throw WebFailure.notFound(what: "user '\(name)'", suggestion: nil) }
            throw WebFailure.unavailable(error.message)
        }
    }
}
