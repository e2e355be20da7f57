import Hummingbird
import ReformApp
import ReformModel
import ReformRecord

/// One action: its page for anyone signed in, the update form for those who may update it, and
/// "My actions", the open actions a person may update.
struct ActionsController {
    let services: WebServices

    /// The update form's fields, by the use case's arguments.
    static let updateFields: [InputField: String] = [.status: "status", .progress: "progress", .due: "due", .note: "note", .at: "note", .by: "note"]

    func addRoutes(to routes: RouteTable) {
        routes.signedIn(Viewer.self).get("/actions/:id", use: show)
        let contributor = routes.signedIn(Contributor.self)
        contributor.post("/actions/:id/updates", use: update)
        contributor.get("/my", use: mine)
    }

    private var record: Record { services.record }

    private func show(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let id = try context.parameter("id")
        let snapshot = try await services.snapshot()
        let explanation = try await services.run { () async throws(AppError) in
            try await ExplainAction(action: id, asOf: snapshot.analysis.asOf).run(programme: services.live, record: record)
        }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(explanation.assessment) }
        let events = try await services.run { () async throws(AppError) in try await ReadHistory(action: id).log(record: record) }
        let recorded = request.uri.queryParameters["recorded"].flatMap { Int64(String($0)) }
        // What this browser typed when its session had ended, shown once.
        var draft: [String: String]?
        if let token = services.cookies.value(WebServices.draftCookie, in: request, context.peerAddress) {
            draft = try await services.run { () async throws(AppError) in try await services.drafts.take(token: token, path: request.uri.path) }
        }
        let typed = ActionPage.Typed(status: draft?["status"] ?? "", progress: draft?["progress"] ?? "", due: draft?["due"] ?? "", note: draft?["note"] ?? "")
        let page = ActionPage(explanation, events: events, person: context.person, recordingDay: services.moment.recordingDay, csrf: context.user.csrfToken,
                              recorded: recorded.flatMap { number in events.contains { $0.event.id == number } ? number : nil }, typed: typed, draft: draft != nil)
        var response = services.pages.page(.action, page, frame: services.frame(explanation.assessment.title, request, context.user, snapshot))
        if draft != nil { response.setCookie(services.cookies.ending(WebServices.draftCookie, for: request, context.peerAddress)) }
        return response
    }

    private func update(_ request: Request, _ context: SignedIn<Contributor>) async throws -> Response {
        let form = try await services.form(UpdateForm.self, request, context)
        let id = try context.parameter("id")
        guard let baseText = form.base, baseText.isEmpty || Int64(baseText) != nil else {
            throw WebFailure.malformed("the form has no 'base': reload the page and send it again")
        }
        let update = UpdateRequest(action: id, status: form.status.given, progress: form.progress.given, note: form.note.given, due: form.due.given,
                                   by: context.user.user.username)
        do {
            let event = try await RecordUpdate(update, base: .drawnFrom(Int64(baseText))).run(programme: services.live, record: record,
                                                                                              moment: services.moment, person: context.person)
            await services.recorded()
            return WebResponses.redirect(to: "/actions/\(id)?recorded=\(event.id ?? 0)#record")
        } catch {
            // Refused or overtaken: the page again, with what was typed and why.
            let typed = ActionPage.Typed(status: form.status ?? "", progress: form.progress ?? "", due: form.due ?? "", note: form.note ?? "")
            switch error.kind {
            case .invalidInput:
                return try await page(of: id, request, context, typed: typed, errors: FormErrors(error, fields: Self.updateFields, fallback: "note"),
                                      conflict: nil, status: .unprocessableContent)
            case .conflict(let latest):
                let events = try await services.run { () async throws(AppError) in try await ReadHistory(action: id).log(record: record) }
                let newer = events.last { $0.event.id == latest }?.event
                let conflict = newer.map { "update \($0.id ?? 0) by \($0.recordedBy), recorded \($0.recordedAt): \($0.changeSummary)\($0.note.map { " (“\($0)”)" } ?? "")" }
                    ?? "an update was recorded meanwhile"
                return try await page(of: id, request, context, typed: typed, errors: nil, conflict: conflict, status: .conflict)
            default:
                throw error.webFailure
            }
        }
    }

    /// The action's page with the form as it came back.
    private func page(of id: String, _ request: Request, _ context: SignedIn<Contributor>, typed: ActionPage.Typed, errors: FormErrors?, conflict: String?,
                      status: HTTPResponse.Status) async throws -> Response {
        let snapshot = try await services.snapshot()
        let explanation = try await services.run { () async throws(AppError) in
            try await ExplainAction(action: id, asOf: snapshot.analysis.asOf).run(programme: services.live, record: record)
        }
        let events = try await services.run { () async throws(AppError) in try await ReadHistory(action: id).log(record: record) }
        let page = ActionPage(explanation, events: events, person: context.person, recordingDay: services.moment.recordingDay, csrf: context.user.csrfToken, typed: typed, errors: errors, conflict: conflict)
        return services.pages.page(.action, page, frame: services.frame(explanation.assessment.title, request, context.user, snapshot, hasErrors: errors != nil),
                                   status: status)
    }

    private func mine(_ request: Request, _ context: SignedIn<Contributor>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let groups = try await services.run { () async throws(AppError) in
            try await MyActions().run(programme: services.live, record: record, moment: services.moment, person: context.person)
        }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(groups.flatMap { $0.items.map(\.assessment) }) }
        return services.pages.page(.my, MyActionsPage(groups, user: context.user.user), frame: services.frame("My actions", request, context.user, snapshot))
    }
}
