import Hummingbird
import ReformApp

/// The outbox, for admins: every email queued, sent and given up on.
struct OutboxController {
    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        routes.signedIn(Admin.self).get("/admin/outbox", use: list)
    }

    private func list(_ request: Request, _ context: SignedIn<Admin>) async throws -> Response {
        let messages = try await services.run { () async throws(AppError) in try await ListOutbox().run(record: services.record, person: context.person) }
        if WebResponses.wantsJSON(request) { return try WebResponses.json(messages.map(OutboxJSON.init)) }
        return services.pages.page(.outbox, OutboxPage(messages, mailServer: services.mailing.serverName),
                                   frame: services.frame("Outbox", request, context.user, try await services.snapshot()))
    }
}
