import Hummingbird
import ReformApp
import ReformModel
import ReformRecord

/// Reports: every run listed for anyone signed in, with its kept document to download; a lead
/// runs a report with a plugin found at start, in a child process, a few at a time.
struct ReportsController {
    let services: WebServices

    /// The run form's fields, by the use case's arguments.
    static let fields: [InputField: String] = [.plugin: "plugin", .format: "format", .since: "since", .asOf: "as_of", .option: "plugin"]

    func addRoutes(to routes: RouteTable) {
        let viewer = routes.signedIn(Viewer.self)
        viewer.get("/reports", use: list)
        viewer.get("/reports/:run", use: download)
        routes.signedIn(Officer.self).post("/reports", use: runReport)
        routes.signedIn(Officer.self).post("/reports/:run/decision", use: decide)
    }

    private func list(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let runs = try await services.run { () async throws(AppError) in try await ListReportRuns().run(record: services.record) }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(runs) }
        let page = ReportsPage(runs, person: context.person, csrf: context.user.csrfToken, plugins: services.plugins.manifests, today: services.moment.today)
        return services.pages.page(.reports, page, frame: services.frame("Reports", request, context.user, try await services.snapshot()))
    }

    private func runReport(_ request: Request, _ context: SignedIn<Officer>) async throws -> Response {
        let form = try await services.form(ReportForm.self, request, context)
        let plugin = form.plugin ?? ""
        let moment = services.moment
        do throws(AppError) {
            let since: ReportPeriod.Since?
            switch form.since ?? "" {
            case "": since = nil
            case "last": since = .lastRun
            case let text where text.hasPrefix("run:"):
                guard let number = Int64(text.dropFirst(4)) else { throw AppError("choose a report run from the list", kind: .invalidInput, field: .since, nothingRecorded: true) }
                since = .run(number)
            case let text:
                switch PlanDate.parse(text) {
                case .success(let date): since = .day(date.firstDay)
                case .failure(let error): throw AppError(error.message, kind: .invalidInput, field: .since, nothingRecorded: true)
                }
            }
            var asOf = moment.today
            if let text = form.asOf.given {
                switch PlanDate.parse(text) {
                case .success(let date): asOf = date.day
                case .failure(let error): throw AppError(error.message, kind: .invalidInput, field: .asOf, nothingRecorded: true)
                }
            }
            // The chosen report's options as typed; one left empty takes the report's default.
            let options = (form.option?[plugin] ?? [:]).filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            let run = RunReport(plugin: plugin, format: form.format.given, days: ReportPeriod(asOf: asOf, since: since), options: options,
                                plugins: services.plugins.catalog, timeout: services.reportTimeout, destination: .kept, issued: form.issue == "yes")
            let outcome = try await services.reportQueue.run { [services] () async throws(AppError) in
                try await run.run(programme: services.live, record: services.record, moment: moment, person: context.person)
            }
            await services.recorded()
            return WebResponses.redirect(to: "/reports?ran=\(outcome.run.id ?? 0)")
        } catch {
            if let detail = error.detail { context.logger.error("report run failed", metadata: ["plugin": .string(plugin), "detail": .string(detail)]) }
            switch error.kind {
            case .invalidInput, .notFound, .general:
                let runs = try await services.run { () async throws(AppError) in try await ListReportRuns().run(record: services.record) }
                let typed = ReportsPage.Typed(plugin: plugin, format: form.format ?? "", since: form.since ?? "", asOf: form.asOf ?? "",
                                              issue: form.issue == "yes", options: form.option ?? [:])
                let page = ReportsPage(runs, person: context.person, csrf: context.user.csrfToken, plugins: services.plugins.manifests, today: moment.today,
                                       typed: typed, errors: FormErrors(error, fields: Self.fields, fallback: "plugin"))
                return services.pages.page(.reports, page, frame: services.frame("Reports", request, context.user, try await services.snapshot(), hasErrors: true),
                                           status: .unprocessableContent)
            default:
                throw error.webFailure
            }
        }
    }

    private func decide(_ request: Request, _ context: SignedIn<Officer>) async throws -> Response {
        let form = try await services.form(ReportDecisionForm.self, request, context)
        let text = try context.parameter("run")
        guard let id = Int64(text) else { throw WebFailure.notFound("There is no report run '\(text)'.") }
        guard let outcome = ReportDecision.Outcome(rawValue: form.outcome ?? "") else { throw WebFailure.notFound("There is no such decision on a run.") }
        _ = try await services.run { () async throws(AppError) in
            try await DecideReportRun(run: id, outcome: outcome, reason: form.reason).run(record: services.record, moment: services.moment, person: context.person)
        }
        await services.recorded()
        return WebResponses.redirect(to: "/reports#run-\(id)")
    }

    private func download(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let text = try context.parameter("run")
        guard let id = Int64(text) else { throw WebFailure.notFound("There is no report run '\(text)'.") }
        let download = try await services.run { () async throws(AppError) in try await DownloadReport(run: id).run(record: services.record) }
        var headers: HTTPFields = [.contentType: download.mediaType, .contentDisposition: "attachment; filename=\"\(download.fileName)\""]
        headers[.cacheControl] = "private, no-store"
        headers[.contentLength] = String(download.size)
        // Sent a piece at a time as it is read from the record: a large document is never held whole.
        return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: download.chunks().map { ByteBuffer(bytes: $0) }))
    }
}
