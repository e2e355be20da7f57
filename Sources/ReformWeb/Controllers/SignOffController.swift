import Hummingbird
import ReformApp
import ReformRecord

/// Signing off updates recorded in a round with sign-off: a lead approves one, or returns it with a
/// reason (the contributor is told by email); then back to the round's page.
struct SignOffController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        let lead = routes.signedIn(RoundRunner.self)
        lead.post("/updates/:event/approve", use: approve)
        lead.post("/updates/:event/return", use: giveBack)
    }

    private func approve(_ request: Request, _ context: SignedIn<RoundRunner>) async throws -> Response {
        _ = try await services.form(TokenForm.self, request, context)
        return try await decide(.approved, reason: nil, request, context)
    }

    private func giveBack(_ request: Request, _ context: SignedIn<RoundRunner>) async throws -> Response {
        let form = try await services.form(ReasonForm.self, request, context)
        return try await decide(.returned, reason: form.reason, request, context)
    }

    private func decide(_ verdict: SignOffDecision.Verdict, reason: String?, _ request: Request, _ context: SignedIn<RoundRunner>) async throws -> Response {
        let text = try context.parameter("event")
        guard let event = Int64(text) else { throw WebFailure.notFound("There is no update '\(text)'.") }
        do throws(AppError) {
            let decision = try await DecideSignOff(event: event, verdict: verdict, reason: reason, mailing: services.mailing)
                .run(programme: services.live, record: services.record, moment: services.moment, person: context.person)
            await services.recorded()
            return WebResponses.redirect(to: "/rounds/\(decision.round)?done=\(verdict.rawValue)#sign-off")
        } catch {
            // A return without a reason: the round's page again, the message beside that update's reason.
            guard error.kind == .invalidInput, error.field == .reason else { throw error.webFailure }
            let rounds = RoundsController(services: services)
            let view = try await rounds.view(of: nil)
            let message = FormErrors.sentence(error.message)
            let page = RoundPage(view, person: context.person, csrf: context.user.csrfToken,
                                 errors: FormErrors(error, fields: [.reason: "reason-\(event)"], fallback: "reason-\(event)"),
                                 refused: (event, reason ?? "", message))
            return services.pages.page(.round, page, frame: services.frame("Round \(view.progress.round.id ?? 0)", request, context.user,
                                                                           try await services.snapshot(), hasErrors: true),
                                       status: .unprocessableContent)
        }
    }
}
