import Hummingbird
import ReformApp
import ReformModel

/// The recommendations monitor: the committees' resolutions with the council's responses, for
/// anyone signed in; a lead records a response on a resolution (named by committee, meeting and
/// id), which is appended, never overwritten, and voids one recorded in error.
struct CommitteeController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        routes.signedIn(Viewer.self).get("/committee", use: monitor)
        let officer = routes.signedIn(Officer.self)
        officer.post("/committee/:committee/:meeting/resolutions/:id/responses", use: respond)
        officer.post("/committee/responses/:response/void", use: void)
    }

    private func outcome() async throws(WebFailure) -> CommitteeMonitor.Outcome {
        try await services.run { () async throws(AppError) in try await CommitteeMonitor().run(programme: services.live, record: services.record) }
    }

    private func monitor(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let monitor = try await outcome()
        if WebResponses.wantsJSON(request) { return try WebResponses.json(monitor.committees) }
        let page = CommitteePage(monitor, person: context.person, csrf: context.user.csrfToken,
                                 recorded: request.uri.queryParameters["recorded"].flatMap { Int64(String($0)) })
        return services.pages.page(.committee, page, frame: services.frame("Recommendations monitor", request, context.user, try await services.snapshot()))
    }

    private func respond(_ request: Request, _ context: SignedIn<Officer>) async throws -> Response {
        let form = try await services.form(ResponseForm.self, request, context)
        let (committee, meeting, id) = (try context.parameter("committee"), try context.parameter("meeting"), try context.parameter("id"))
        do throws(AppError) {
            let recorded = try await RespondToResolution(committee: committee, meeting: meeting, resolution: id, response: form.response ?? "",
                                                         status: form.status ?? "")
                .run(programme: services.live, record: services.record, moment: services.moment, person: context.person)
            return WebResponses.redirect(to: "/committee?recorded=\(recorded.id ?? 0)#\(committee)-\(meeting)-\(id)")
        } catch where error.kind == .invalidInput {
            let anchor = "\(committee)-\(meeting)-\(id)"
            let errors = FormErrors(error, fields: [.response: "response-\(anchor)", .status: "status-\(anchor)"], fallback: "response-\(anchor)")
            let page = CommitteePage(try await outcome(), person: context.person, csrf: context.user.csrfToken, recorded: nil,
                                     refused: .init(anchor: anchor, typed: form.response ?? "", status: form.status ?? ""), errors: errors)
            return services.pages.page(.committee, page, frame: services.frame("Recommendations monitor", request, context.user, try await services.snapshot(),
                                                                               hasErrors: true), status: .unprocessableContent)
        } catch {
            throw error.webFailure
        }
    }

    private func void(_ request: Request, _ context: SignedIn<Officer>) async throws -> Response {
        let form = try await services.form(VoidForm.self, request, context)
        let text = try context.parameter("response")
        guard let number = Int64(text) else { throw WebFailure.notFound("There is no committee response '\(text)'.") }
        let void = try await services.run { () async throws(AppError) in
            try await VoidResponse(response: number, reason: form.reason ?? "").run(record: services.record, moment: services.moment, person: context.person)
        }
        let anchor = [void.committee, void.meeting, void.resolution].compactMap { $0 }.joined(separator: "-")
        return WebResponses.redirect(to: "/committee#\(anchor)")
    }
}
