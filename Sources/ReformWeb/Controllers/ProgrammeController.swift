import Hummingbird
import ReformApp
import ReformModel

/// The programme as a whole, for anyone signed in: the dashboard, a pillar, the deadlines, the
/// funding and the risks. Each answers `Accept: application/json` with what the matching
/// `--json` command prints; each page's body is drawn once per snapshot and kept.
struct ProgrammeController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        let viewer = routes.signedIn(Viewer.self)
        viewer.get("/", use: dashboard)
        viewer.get("/pillars/:id", use: pillar)
        viewer.get("/deadlines", use: deadlines)
        viewer.get("/funding", use: funding)
        viewer.get("/risks", use: risks)
    }

    private var record: Record { services.record }

    private func dashboard(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let day = snapshot.analysis.asOf
        let status = ShowStatus(asOf: day)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(try await services.run { () async throws(AppError) in try await status.run(programme: services.live, record: record) }) }
        return try await services.pages.snapshotPage(.dashboard, key: "dashboard", frame: services.frame("Dashboard", request, context.user, snapshot),
                                                     generation: snapshot.generation) { () async throws(WebFailure) in
            try await services.run { () async throws(AppError) in
                DashboardPage(status: try await status.run(programme: services.live, record: record),
                              deadlines: try await ListDeadlines(asOf: day).run(programme: services.live, record: record),
                              funding: try await ShowFunding(asOf: day).run(programme: services.live, record: record), snapshot: snapshot,
                              openRound: try await ListRounds(openOnly: true).run(programme: services.live, record: record, moment: services.moment).first)
            }
        }
    }

    private func pillar(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let id = try context.parameter("id")
        let snapshot = try await services.snapshot()
        let status = try await services.run { () async throws(AppError) in
            try await ShowStatus(pillar: id, asOf: snapshot.analysis.asOf).run(programme: services.live, record: record)
        }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(status) }
        guard let pillar = snapshot.programme.pillars.first(where: { $0.id == id }) else { throw WebFailure.notFound("There is no pillar '\(id)'.") }
        return try await services.pages.snapshotPage(.pillar, key: "pillar " + id, frame: services.frame(pillar.title, request, context.user, snapshot),
                                                     generation: snapshot.generation) { PillarPage(pillar, status: status) }
    }

    private func deadlines(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let list = ListDeadlines(asOf: snapshot.analysis.asOf)
        if WebResponses.wantsJSON(request) { return try WebResponses.json(try await services.run { () async throws(AppError) in try await list.run(programme: services.live, record: record) }) }
        return try await services.pages.snapshotPage(.deadlines, key: "deadlines", frame: services.frame("Deadlines", request, context.user, snapshot),
                                                     generation: snapshot.generation) { () async throws(WebFailure) in
            DeadlinesPage(try await services.run { () async throws(AppError) in try await list.run(programme: services.live, record: record) })
        }
    }

    private func funding(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let show = ShowFunding(asOf: snapshot.analysis.asOf)
        if WebResponses.wantsJSON(request) {
            return try WebResponses.json(try await services.run { () async throws(AppError) in try await show.run(programme: services.live, record: record) }.funding)
        }
        return try await services.pages.snapshotPage(.funding, key: "funding", frame: services.frame("Funding", request, context.user, snapshot),
                                                     generation: snapshot.generation) { () async throws(WebFailure) in
            FundingPage(try await services.run { () async throws(AppError) in try await show.run(programme: services.live, record: record) })
        }
    }

    private func risks(_ request: Request, _ context: SignedIn<Viewer>) async throws -> Response {
        let snapshot = try await services.snapshot()
        let risks = try await services.run { () async throws(AppError) in try await ListRisks().run(programme: services.live) }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(risks) }
        return try await services.pages.snapshotPage(.risks, key: "risks", frame: services.frame("Risks", request, context.user, snapshot),
                                                     generation: snapshot.generation) { RisksPage(risks) }
    }
}
