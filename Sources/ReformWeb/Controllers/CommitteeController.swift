import Hummingbird
import ReformApp
import ReformModel

/// The recommendations monitor: the committees' resolutions with the council's latest response
/// to each, for anyone signed in; a lead records a response, which is appended, never overwritten.
struct CommitteeController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        routes.signedIn(Viewer.self).get("/committee", use: monitor)
        routes.signedIn(Lead.self).post("/committee/resolutions/:id/responses", use: respond)
    }

    private func monitor(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let monitor = try await services.run { () async throws(AppError) in try await CommitteeMonitor().run(programme: services.live, record: services.record) }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(monitor.committees) }
        let page = CommitteePage(monitor, person: context.person, csrf: context.user.csrfToken,
                                 recorded: request.uri.queryParameters["recorded"].flatMap { Int64(String($0)) })
        return services.pages.page(.committee, page, frame: services.frame("Recommendations monitor", request, context.user, try await services.snapshot()))
    }

    private func respond(_ request: Request, _ context: SignedIn<Lead>) async throws -> Response {
        let form = try await services.form(ResponseForm.self, request, context)
        let id = try context.parameter("id")
        do {
            let recorded = try await RespondToResolution(resolution: id, response: form.response ?? "", status: form.status ?? "")
                .run(programme: services.live, record: services.record, moment: services.moment, person: context.person)
            return WebResponses.redirect(to: "/committee?recorded=\(recorded.id ?? 0)#\(recorded.resolution)")
        } catch where error.kind == .invalidInput {
            let monitor = try await services.run { () async throws(AppError) in try await CommitteeMonitor().run(programme: services.live, record: services.record) }
            let errors = FormErrors(error, fields: [.response: "response-\(id)", .status: "status-\(id)"], fallback: "response-\(id)")
            let page = CommitteePage(monitor, person: context.person, csrf: context.user.csrfToken, recorded: nil,
                                     refused: .init(resolution: id, typed: form.response ?? "", status: form.status ?? ""), errors: errors)
            return services.pages.page(.committee, page, frame: services.frame("Recommendations monitor", request, context.user, try await services.snapshot(),
                                                                               hasErrors: true), status: .unprocessableContent)
        } catch {
            throw error.webFailure
        }
    }
}
