import Hummingbird
import ReformApp
import ReformRecord

/// The users page, for admins: every account, a form to add one, and each one's role, owners
/// and state to change, by the same rules as `reform users`.
struct UsersController {
    let services: WebServices

    /// The forms' fields, by the use case's arguments.
    static let fields: [InputField: String] = [.username: "username", .password: "password", .role: "role", .owners: "owners", .state: "role", .email: "email"]

    func addRoutes(to routes: RouteTable) {
        let admin = routes.signedIn(Admin.self)
        admin.get("/admin/users", use: list)
        admin.post("/admin/users", use: add)
        admin.post("/admin/users/:name", use: change)
    }

    private func users(_ context: SignedIn<Admin>) async throws(WebFailure) -> [UserAccount] {
        try await services.run { () async throws(AppError) in try await ListUsers().run(record: services.record, person: context.person) }
    }

    private func list(_ request: Request, _ context: SignedIn<Admin>) async throws -> Response {
        let users = try await users(context)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(users.map(UsersPage.Shown.init)) }
        let snapshot = try await services.snapshot()
        let done = UsersPage.Done.sentence(parameter: { request.uri.queryParameters[Substring($0)].map(String.init) }, users: users)
        return services.pages.page(.users, UsersPage(users, owners: PlanOwners.all(in: snapshot.programme), csrf: context.user.csrfToken, done: done),
                                   frame: services.frame("Users", request, context.user, snapshot))
    }

    /// The page again with what was typed and why it was refused.
    private func refused(_ error: AppError, typed: UsersPage.Typed, _ request: Request, _ context: SignedIn<Admin>) async throws -> Response {
        guard error.kind == .invalidInput || error.kind == .conflict(latestEvent: nil) else { throw error.webFailure }
        let snapshot = try await services.snapshot()
        let page = UsersPage(try await users(context), owners: PlanOwners.all(in: snapshot.programme), csrf: context.user.csrfToken, typed: typed,
                             errors: FormErrors(error, fields: Self.fields, fallback: "username"))
        return services.pages.page(.users, page, frame: services.frame("Users", request, context.user, snapshot, hasErrors: true),
                                   status: .unprocessableContent)
    }

    private func add(_ request: Request, _ context: SignedIn<Admin>) async throws -> Response {
        let form = try await services.form(NewUserForm.self, request, context)
        let typed = UsersPage.Typed(username: form.username ?? "", owners: form.owners ?? [], role: form.role ?? "viewer", email: form.email ?? "")
        do throws(AppError) {
            guard let role = Role(rawValue: form.role ?? "") else { throw AppError.unknownRole }
            var adding = AddUser(username: form.username ?? "", role: role, owners: form.owners ?? [], password: form.password ?? "", email: form.email)
            adding.programme = services.live
            let user = try await adding.run(record: services.record, moment: services.moment, person: context.person)
            return WebResponses.redirect(to: UsersPage.Done.added.location(of: user))
        } catch {
            return try await refused(error, typed: typed, request, context)
        }
    }

    private func change(_ request: Request, _ context: SignedIn<Admin>) async throws -> Response {
        let form = try await services.form(ChangeUserForm.self, request, context)
        let name = try context.parameter("name")
        do throws(AppError) {
            guard let role = Role(rawValue: form.role ?? "") else { throw AppError.unknownRole }
            let changes: [ChangeUser.Change] = [.role(role), .owners(form.owners ?? []), form.state == "disabled" ? .disable : .enable, .email(form.email)]
            var changing = ChangeUser(username: name, changes: changes)
            changing.programme = services.live
            let (user, changed) = try await changing.apply(record: services.record, person: context.person)
            if let id = user.id { services.sessions.forget(userID: id) }
            return WebResponses.redirect(to: (changed ? UsersPage.Done.saved : .unchanged).location(of: user))
        } catch {
            return try await refused(error, typed: UsersPage.Typed(), request, context)
        }
    }
}

extension AppError {
    /// A role the form's select cannot send: the page names the roles there are.
    static var unknownRole: AppError {
        AppError("choose a role: \(Role.allCases.map(\.rawValue).joined(separator: ", "))", kind: .invalidInput, field: .role, nothingRecorded: true)
    }
}
