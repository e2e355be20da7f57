import Hummingbird
import ReformApp
import ReformModel

/// The plan in the record: its revisions, newest first, and each revision's changes and text,
/// for anyone signed in; and the burden form, with which a lead costs a burden by year.
struct PlanController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        let viewer = routes.signedIn(Viewer.self)
        viewer.get("/plan", use: plan)
        viewer.get("/plan/revisions/:n", use: revision)
        let planner = routes.signedIn(Planner.self)
        planner.get("/burdens/:id/edit", use: burdenForm)
        planner.post("/burdens/:id/edit", use: costBurden)
    }

    private func plan(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let entries = try await services.run { () async throws(AppError) in try await ListPlanRevisions().run(record: services.record) }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(entries) }
        let snapshot = try await services.snapshot()
        let page = PlanPage(entries, snapshot: snapshot, person: context.person, saved: request.uri.queryParameters["revised"].flatMap { Int64(String($0)) })
        return services.pages.page(.plan, page, frame: services.frame("The plan", request, context.user, snapshot))
    }

    private func revision(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let text = try context.parameter("n")
        guard let number = Int64(text) else { throw WebFailure.notFound("There is no revision '\(text)' of the plan.") }
        let comparison = try await services.run { () async throws(AppError) in
            try await ComparePlanRevisions(to: number).run(record: services.record)
        }
        return services.pages.page(.planRevision, PlanRevisionPage(comparison),
                                   frame: services.frame("Revision \(number) of the plan", request, context.user, try await services.snapshot()))
    }

    private func burdenForm(_ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let id = try context.parameter("id")
        let snapshot = try await services.snapshot()
        let (burden, years) = try await services.run { () async throws(AppError) in
            try await CostBurden.form(for: id, programme: services.live, today: services.today())
        }
        let page = BurdenEditPage(burden: burden, years: years, base: snapshot.revision, csrf: context.user.csrfToken)
        return services.pages.page(.burdenEdit, page, frame: services.frame("Cost burden \(id)", request, context.user, snapshot))
    }

    private func costBurden(_ request: Request, _ context: SignedIn<Planner>) async throws -> Response {
        let form = try await services.form(BurdenForm.self, request, context)
        let id = try context.parameter("id")
        do throws(AppError) {
            let revision = try await CostBurden(burden: id, years: form.years, reason: form.reason ?? "", base: form.base.revisionNumber)
                .run(record: services.record, workingCopy: services.live.file, moment: services.moment, person: context.person)
            await services.recorded()
            return WebResponses.redirect(to: "/plan?revised=\(revision.number ?? 0)#revision-\(revision.number ?? 0)")
        } catch {
            var errors: FormErrors?
            var conflict: [String]?
            let status: HTTPResponse.Status
            switch error.kind {
            case .invalidInput:
                status = .unprocessableContent
                errors = FormErrors(error, fields: [.cost: "cost", .reason: "reason", .base: "reason"], fallback: "cost")
            case .conflict:
                status = .conflict
                conflict = error.message.split(separator: "\n").map(String.init)
            default:
                throw error.webFailure
            }
            let snapshot = try await services.snapshot()
            let (burden, _) = try await services.run { () async throws(AppError) in
                try await CostBurden.form(for: id, programme: services.live, today: services.today())
            }
            let page = BurdenEditPage(burden: burden, years: form.years, base: conflict == nil ? form.base.revisionNumber : snapshot.revision,
                                      csrf: context.user.csrfToken, reason: form.reason ?? "", errors: errors, conflict: conflict)
            return services.pages.page(.burdenEdit, page, frame: services.frame("Cost burden \(id)", request, context.user, snapshot, hasErrors: errors != nil),
                                       status: status)
        }
    }
}
