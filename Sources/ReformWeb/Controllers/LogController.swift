import Hummingbird
import ReformApp

/// The audit log: every recorded event and committee response, a page at a time, for anyone
/// signed in. The page lists the newest first; the JSON, like `reform log --json`, in the order
/// recorded, with `Link` and `X-Total-Count` for a script to walk it.
struct LogController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        routes.signedIn(Viewer.self).get("/log", use: log)
    }

    private func log(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let known = Set(snapshot.programme.actions.map(\.id))
        let entries = try await services.run { () async throws(AppError) in try await ReadHistory().log(record: services.record, against: known) }
        let number = request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1
        if WebResponses.wantsJSON(request) {
            let page = Paged(entries, page: number, size: LogPage.pageSize)
            var response = try WebResponses.json(page.items.map(EventJSON.init))
            WebResponses.addPageLinks(&response, page, path: "/log")
            return response
        }
        let page = Paged(Array(entries.reversed()), page: number, size: LogPage.pageSize)
        let responses = try await services.run { () async throws(AppError) in
            try await CommitteeMonitor().run(programme: services.live, record: services.record).responses
        }
        return services.pages.page(.log, LogPage(page, responses: responses), frame: services.frame("Audit log", request, context.user, snapshot))
    }
}
