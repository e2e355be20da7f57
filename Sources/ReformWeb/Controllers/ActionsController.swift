import Hummingbird
import ReformApp
import ReformModel
import ReformRecord

/// One action: its page for anyone signed in, the update form for those who may update it,
/// "My actions", the open actions a person may update, and for those who change the plan, the
/// forms that edit, retire or add an action (each a new revision of the plan).
struct ActionsController {
    let services: WebServices

    /// The update form's fields, by the use case's arguments.
    static let updateFields: [InputField: String] = [.status: "status", .progress: "progress", .due: "due", .note: "note", .at: "note", .by: "note"]

    func addRoutes(to routes: RouteTable) {
        routes.signedIn(Viewer.self).get("/actions/:id", use: show)
        let contributor = routes.signedIn(Contributor.self)
        contributor.post("/actions/:id/updates", use: update)
        contributor.get("/my", use: mine)
        let planner = routes.signedIn(Planner.self)
        planner.get("/actions/new", use: newForm)
        planner.post("/actions", use: add)
        planner.get("/actions/:id/edit", use: editForm)
        planner.post("/actions/:id/edit", use: edit)
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
                              recorded: recorded.flatMap { number in events.contains { $0.event.id == number } ? number : nil }, typed: typed, draft: draft != nil,
                              revised: request.uri.queryParameters["revised"].flatMap { Int64(String($0)) })
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

    // MARK: Changing the plan

    private func editForm(_ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let id = try context.parameter("id")
        let snapshot = try await services.snapshot()
        let action = try await planned(id, snapshot)
        let page = ActionEditPage(action: action, programme: snapshot.programme, base: snapshot.revision, csrf: context.user.csrfToken,
                                  hasHistory: try await hasHistory(id))
        return services.pages.page(.actionEdit, page, frame: services.frame("Change action \(id)", request, context.user, snapshot))
    }

    private func newForm(_ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let page = ActionEditPage(action: nil, programme: snapshot.programme, base: snapshot.revision, csrf: context.user.csrfToken, hasHistory: false)
        return services.pages.page(.actionEdit, page, frame: services.frame("Add an action", request, context.user, snapshot))
    }

    private func edit(_ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let form = try await services.form(ActionForm.self, request, context)
        let id = try context.parameter("id")
        do throws(AppError) {
            let revision = try await EditAction(action: id, fields: form.fields, reason: form.reason ?? "", base: form.base.revisionNumber)
                .run(record: record, workingCopy: services.live.file, moment: services.moment, person: context.person)
            await services.recorded()
            return WebResponses.redirect(to: "/actions/\(id)?revised=\(revision.number ?? 0)")
        } catch {
            return try await refused(error, form: form, action: id, request, context)
        }
    }

    private func add(_ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let form = try await services.form(ActionForm.self, request, context)
        let id = (form.id ?? "").trimmingSpaces()
        do throws(AppError) {
            let revision = try await AddAction(id: id, fields: form.fields, reason: form.reason ?? "", base: form.base.revisionNumber)
                .run(record: record, workingCopy: services.live.file, moment: services.moment, person: context.person)
            await services.recorded()
            return WebResponses.redirect(to: "/actions/\(id)?revised=\(revision.number ?? 0)")
        } catch {
            return try await refused(error, form: form, action: nil, request, context)
        }
    }

    /// The form again with what was typed: 422 with the message on its field, or 409 with the change that came first.
    private func refused(_ error: AppError, form: ActionForm, action id: String?, _ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let status: HTTPResponse.Status
        var errors: FormErrors?
        var conflict: [String]?
        switch error.kind {
        case .invalidInput:
            status = .unprocessableContent
            errors = FormErrors(error, fields: ActionEditPage.fields, fallback: "title")
        case .conflict:
            status = .conflict
            conflict = error.message.split(separator: "\n").map(String.init)
        case .notFound where id == nil:
            status = .unprocessableContent
            errors = FormErrors(error, fields: ActionEditPage.fields, fallback: "title")
        default:
            throw error.webFailure
        }
        let snapshot = try await services.snapshot()
        var action: Action?
        if let id { action = try await planned(id, snapshot) }
        // After a conflict the form is drawn from the latest revision, so that sending it again is judged against that.
        let base = conflict == nil ? form.base.revisionNumber : snapshot.revision
        let page = ActionEditPage(action: action, typed: form.fields, typedID: form.id ?? "", typedReason: form.reason ?? "", programme: snapshot.programme,
                                  base: base, csrf: context.user.csrfToken, hasHistory: id == nil ? false : try await hasHistory(id!),
                                  errors: errors, conflict: conflict)
        let title = id.map { "Change action \($0)" } ?? "Add an action"
        return services.pages.page(.actionEdit, page, frame: services.frame(title, request, context.user, snapshot, hasErrors: errors != nil), status: status)
    }

    /// The action as the plan has it, or the 404 that names the nearest id.
    private func planned(_ id: String, _ snapshot: ProgrammeSnapshot) async throws(WebFailure) -> Action {
        try await services.run { () async throws(AppError) in
            try await ExplainAction(action: id, asOf: snapshot.analysis.asOf).run(programme: services.live, record: record).action
        }
    }

    /// Whether the action has recorded updates (it may then be retired, never removed).
    private func hasHistory(_ id: String) async throws -> Bool {
        try await !services.run { () async throws(AppError) in try await ReadHistory(action: id).log(record: record) }.isEmpty
    }
}
