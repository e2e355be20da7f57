import Hummingbird
import ReformApp
import ReformModel
import ReformRecord
import ReformStore

/// Every page to read, each for anyone signed in (the users page for admins), each answering
/// `Accept: application/json` with what the matching `--json` command prints.
struct ReadRoutes: Sendable {
    let pages: PageRenderer
    let live: LiveProgramme
    let store: RecordStore
    let plugins: PluginChoices

    func register(on router: Router<WebContext>) {
        router.get("/") { request, context in try await self.dashboard(request, context) }
        router.get("/pillars/:id") { request, context in try await self.pillar(request, context) }
        router.get("/actions/:id") { request, context in try await self.action(request, context) }
        router.get("/deadlines") { request, context in
            try await self.show(request, context, page: "deadlines", title: "Deadlines", json: { $0.deadlineList }, values: DeadlinesPage.values)
        }
        router.get("/funding") { request, context in
            try await self.show(request, context, page: "funding", title: "Funding", json: { $0.analysis.funding }, values: FundingPage.values)
        }
        router.get("/risks") { request, context in
            try await self.show(request, context, page: "risks", title: "Risks", json: { RisksPage.ordered($0.programme) }, values: RisksPage.values)
        }
        router.get("/committee") { request, context in try await self.committee(request, context) }
        router.get("/my") { request, context in try await self.myActions(request, context) }
        router.get("/log") { request, context in try await self.log(request, context) }
        router.get("/reports") { request, context in try await self.reports(request, context) }
        router.get("/admin/users") { request, context in try await self.users(request, context) }
    }

    private func snapshot() async throws(WebFailure) -> ProgrammeSnapshot {
        try await live.snapshotForPage()
    }

    /// A page drawn from the snapshot alone.
    private func show<Shape: Encodable>(_ request: Request, _ context: WebContext, page: String, title: String,
                                        json: (ProgrammeSnapshot) -> Shape, values: (ProgrammeSnapshot) -> [String: Any]) async throws -> Response {
        _ = try Access.signedIn(request, context)
        let snapshot = try await snapshot()
        if WebResponses.wantsJSON(request) { return try WebResponses.json(json(snapshot)) }
        return pages.snapshotPage(page, key: page, title: title, snapshot: snapshot, context: context) { values(snapshot) }
    }

    private func dashboard(_ request: Request, _ context: WebContext) async throws -> Response {
        try await show(request, context, page: "dashboard", title: "Dashboard", json: { $0.status() }, values: DashboardPage.values)
    }

    private func pillar(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try Access.signedIn(request, context)
        let id = try context.parameters.require("id")
        let snapshot = try await snapshot()
        guard let pillar = snapshot.programme.pillars.first(where: { $0.id == id }) else {
            throw WebFailure.notFound(what: "pillar '\(id)'", suggestion: Suggestion.closest(to: id, among: snapshot.programme.pillars.map(\.id)).map { ($0, "/pillars/\($0)") })
        }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(snapshot.status(pillar: id)) }
        return pages.snapshotPage("pillar", key: "pillar " + pillar.id, title: pillar.title, snapshot: snapshot, context: context) {
            PillarPage.values(pillar, snapshot)
        }
    }

    private func action(_ request: Request, _ context: WebContext) async throws -> Response {
        let signedIn = try Access.signedIn(request, context)
        let id = try context.parameters.require("id")
        let snapshot = try await snapshot()
        let (assessment, action) = try ActionLookup.find(id, in: snapshot)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(assessment) }
        var input = ActionPage.Input(assessment: assessment, snapshot: snapshot, events: try await ReadHistory(action: id).log(in: store),
                                     signedIn: signedIn, mayUpdate: Permissions.mayUpdate(action, user: signedIn.user))
        input.recorded = request.uri.queryParameters["recorded"].map(String.init).flatMap { Int64($0) }.map(String.init)
        return pages.page("action", title: assessment.title, values: ActionPage.values(input), context: context, snapshot: snapshot)
    }

    private func committee(_ request: Request, _ context: WebContext) async throws -> Response {
        let signedIn = try Access.signedIn(request, context)
        let snapshot = try await snapshot()
        let monitor = try await CommitteeMonitor().run(programme: snapshot.programme, store: store)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(monitor.committees) }
        let values = CommitteePage.values(monitor.committees, responses: monitor.responses, signedIn: signedIn,
                                          recorded: request.uri.queryParameters["recorded"].flatMap { Int64(String($0)) })
        return pages.page("committee", title: "Recommendations monitor", values: values, context: context, snapshot: snapshot)
    }

    private func myActions(_ request: Request, _ context: WebContext) async throws -> Response {
        let signedIn = try Access.signedIn(request, context)
        let snapshot = try await snapshot()
        let items = MyActions().run(snapshot, user: signedIn.user)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(items.map(\.assessment)) }
        return pages.page("my", title: "My actions", values: MyActionsPage.values(items, user: signedIn.user), context: context, snapshot: snapshot)
    }

    private func log(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try Access.signedIn(request, context)
        let snapshot = try await snapshot()
        let entries = try await ReadHistory().log(in: store, against: Set(snapshot.programme.actions.map(\.id)))
        // A page at a time, the whole log growing without bound: the JSON in the order recorded, as
        // `reform log --json` prints it; the page newest first.
        let number = request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1
        if WebResponses.wantsJSON(request) {
            let page = Paged(entries, page: number, size: LogPage.pageSize)
            var response = try WebResponses.json(page.items.map(EventJSON.init))
            WebResponses.addPageLinks(&response, page, path: "/log")
            return response
        }
        let page = Paged(Array(entries.reversed()), page: number, size: LogPage.pageSize)
        let responses = try await CommitteeMonitor().run(programme: snapshot.programme, store: store).responses
        return pages.page("log", title: "Audit log", values: LogPage.values(page, responses: responses), context: context, snapshot: snapshot)
    }

    private func reports(_ request: Request, _ context: WebContext) async throws -> Response {
        let signedIn = try Access.signedIn(request, context)
        let snapshot = try await snapshot()
        let runs = try await ListReportRuns().run(in: store)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(runs) }
        let values = ReportsPage.values(runs, signedIn: signedIn, plugins: plugins.manifests)
        return pages.page("reports", title: "Reports", values: values, context: context, snapshot: snapshot)
    }

    private func users(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try Access.atLeast(.admin, request, context)
        let snapshot = try await snapshot()
        let users = try await ListUsers().run(in: store)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(users.map(UsersPage.Shown.init)) }
        let signedIn = try Access.atLeast(.admin, request, context)
        let done = UsersPage.Done(parameter: { request.uri.queryParameters[Substring($0)].map(String.init) }, users: users)
        return pages.page("users", title: "Users", values: UsersPage.values(users, csrf: signedIn.csrfToken, done: done?.sentence), context: context, snapshot: snapshot)
    }
}
