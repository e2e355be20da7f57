import Hummingbird
import ReformApp
import ReformModel

/// Update rounds: the list and each round for anyone signed in; opening and closing them for
/// leads, by the same rules as `reform round`.
struct RoundsController {
    let services: WebServices

    /// The open form's fields, by the use case's arguments.
    static let fields: [InputField: String] = [.name: "name", .due: "due", .pillar: "pillar", .reason: "reason", .round: "name"]

    func addRoutes(to routes: RouteTable) {
        let viewer = routes.signedIn(Viewer.self)
        viewer.get("/rounds", use: list)
        viewer.get("/rounds/:id", use: show)
        let lead = routes.signedIn(RoundRunner.self)
        lead.post("/rounds", use: open)
        lead.post("/rounds/:id/close", use: close)
    }

    private func list(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        try await listPage(request, context.user, context.person)
    }

    /// The rounds page; after a refused open, with what was typed and why.
    private func listPage(_ request: Request, _ user: SignedInUser, _ person: Person, typed: RoundsPage.Typed = RoundsPage.Typed(),
                          errors: FormErrors? = nil) async throws -> Response {
        let rounds = try await services.run { () async throws(AppError) in
            try await ListRounds().run(programme: services.live, record: services.record, moment: services.moment)
        }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(rounds.map { RoundJSON($0, withActions: false) }) }
        let snapshot = try await services.snapshot()
        let page = RoundsPage(rounds, programme: snapshot.programme, person: person, mailServer: services.mailing.serverName, csrf: user.csrfToken,
                              typed: typed, errors: errors)
        return services.pages.page(.rounds, page, frame: services.frame("Update rounds", request, user, snapshot, hasErrors: errors != nil),
                                   status: errors == nil ? .ok : .unprocessableContent)
    }

    private func show(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let number = try Self.number(try context.parameter("id"))
        let view = try await view(of: number)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(RoundJSON(view.progress)) }
        let done = RoundsController.Done(rawValue: request.uri.queryParameters["done"].map(String.init) ?? "")?.sentence
        return services.pages.page(.round, RoundPage(view, person: context.person, csrf: context.user.csrfToken, done: done),
                                   frame: services.frame("Round \(number)", request, context.user, try await services.snapshot()))
    }

    private func open(_ request: Request, _ context: SignedIn<RoundRunner>) async throws -> Response {
        let form = try await services.form(OpenRoundForm.self, request, context)
        let typed = RoundsPage.Typed(name: form.name ?? "", due: form.due ?? "", pillars: form.pillars ?? [], signOff: form.signOff != nil)
        do throws(AppError) {
            let round = try await OpenRound(name: typed.name, due: typed.due, pillars: typed.pillars, signOff: typed.signOff, mailing: services.mailing)
                .run(programme: services.live, record: services.record, moment: services.moment, person: context.person)
            return WebResponses.redirect(to: "/rounds/\(round.id ?? 0)?done=opened")
        } catch {
            guard error.kind == .invalidInput || error.kind == .conflict(latestEvent: nil) else { throw error.webFailure }
            return try await listPage(request, context.user, context.person, typed: typed, errors: FormErrors(error, fields: Self.fields, fallback: "name"))
        }
    }

    private func close(_ request: Request, _ context: SignedIn<RoundRunner>) async throws -> Response {
        let form = try await services.form(ReasonForm.self, request, context)
        let number = try Self.number(try context.parameter("id"))
        do throws(AppError) {
            _ = try await CloseRound(round: number, reason: form.reason).run(record: services.record, moment: services.moment, person: context.person)
            return WebResponses.redirect(to: "/rounds/\(number)?done=closed")
        } catch {
            guard error.kind == .invalidInput || error.kind == .conflict(latestEvent: nil) else { throw error.webFailure }
            let view = try await view(of: number)
            let page = RoundPage(view, person: context.person, csrf: context.user.csrfToken, errors: FormErrors(error, fields: Self.fields, fallback: "reason"),
                                 closeReason: form.reason ?? "")
            return services.pages.page(.round, page, frame: services.frame("Round \(number)", request, context.user, try await services.snapshot(), hasErrors: true),
                                       status: .unprocessableContent)
        }
    }

    func view(of number: Int64?) async throws(WebFailure) -> ShowRound.View {
        try await services.run { () async throws(AppError) in
            try await ShowRound(round: number, mailing: services.mailing)
                .run(programme: services.live, record: services.record, moment: services.moment)
        }
    }

    static func number(_ text: String) throws(WebFailure) -> Int64 {
        guard let number = Int64(text) else { throw WebFailure.notFound("There is no round '\(text)'.") }
        return number
    }

    /// What the round's page says was just done, after a redirect: fixed sentences, never text from the query.
    enum Done: String {
        case opened, closed, approved, returned

        var sentence: String {
            switch self {
            case .opened: return "The round is open. Owners with an email address are told; everyone sees it in My actions."
            case .closed: return "The round is closed: no more reminders are sent for it."
            case .approved: return "The update is approved: reports show it from now on."
            case .returned: return "The update is returned to its contributor, with your reason."
            }
        }
    }
}
