import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ReformApp
import ReformModel
import ReformRecord

/// `reform serve`: the programme in a browser, for everyone the record has users for.
///
/// The server keeps nothing that matters in memory: sessions and failed sign-ins are in the
/// store, and the analysis is a cache of the plan and the record, so several servers can share
/// one database.
public enum WebServer {
    /// Opens the record, loads the plan once (a plan that does not validate stops the start with
    /// its errors), parses the templates and finds the report plugins: what every controller works with.
    ///
    /// - Parameters:
    ///   - now: the time in seconds since 1970; tests move it to show the session limits.
    ///   - today: the day the analysis is at.
    public static func services(_ configuration: WebConfiguration, now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) },
                                today: @escaping @Sendable () -> CalendarDay = { Today.day }) async throws(AppError) -> WebServices {
        let record = try await Record.opened(configuration.workspace)
        let live = LiveProgramme(file: configuration.workspace.programmeFile, record: record, today: today)
        _ = try await live.current()
        return WebServices(pages: try PageRenderer(), live: live, record: record,
                           sessions: Sessions(record: record, now: now, passwordCost: configuration.passwordCost), drafts: FormDrafts(record: record, now: now),
                           cookies: CookiePolicy(secureCookies: configuration.secureCookies, proxies: try configuration.proxies()),
                           plugins: try .standard(extra: configuration.pluginPaths), mailing: configuration.mailing, reportTimeout: configuration.reportTimeout, now: now, today: today)
    }

    /// The router and every route it has, each with the least role that may use it: the security
    /// headers round everything, then who is signed in, then error pages, then the controllers' routes.
    public static func router(_ services: WebServices) -> (router: Router<WebContext>, routes: [DeclaredRoute]) {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware(cookies: services.cookies))
        let errorPages = ErrorPageMiddleware(pages: services.pages, drafts: services.drafts, cookies: services.cookies)
        router.add(middleware: SessionMiddleware(sessions: services.sessions, cookies: services.cookies, failures: errorPages))
        router.add(middleware: errorPages)
        let table = RouteTable(router: router)
        ServiceController(services: services).addRoutes(to: table)
        SignInController(services: services).addRoutes(to: table)
        ProgrammeController(services: services).addRoutes(to: table)
        ActionsController(services: services).addRoutes(to: table)
        PlanController(services: services).addRoutes(to: table)
        UpdatesController(services: services).addRoutes(to: table)
        CommitteeController(services: services).addRoutes(to: table)
        LogController(services: services).addRoutes(to: table)
        ReportsController(services: services).addRoutes(to: table)
        UsersController(services: services).addRoutes(to: table)
        RoundsController(services: services).addRoutes(to: table)
        SignOffController(services: services).addRoutes(to: table)
        OutboxController(services: services).addRoutes(to: table)
        return (router, table.routes)
    }

    /// The application serving `parts` as `configuration` says: its address, idle and request
    /// timeouts, and how many connections at once; `started` hears the address once it listens.
    public static func application(_ services: WebServices, _ configuration: WebConfiguration, logger: Logger,
                                   started: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let connections = MaximumAvailableConnections(configuration.maximumConnections, logger: logger)
        let bodyLimit = TimeAmount.seconds(configuration.bodyTimeout)
        return Application(
            router: router(services).router,
            server: .http1(configuration: .init(additionalChannelHandlers: [RequestDeadlineHandler(limit: bodyLimit)],
                                                idleTimeout: .seconds(configuration.idleTimeout))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil,
                                 availableConnectionsDelegate: connections),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                started("http://\(configuration.host):\(port)/")
            },
            logger: logger
        )
    }

    /// How often the server removes what no longer counts: failed sign-ins past their window,
    /// ended sessions, and documents past their retention.
    static let housekeepingInterval: Duration = .seconds(300)

    /// Every `housekeepingInterval`, from start until the server stops: the record's sign-in
    /// tables stay the size of the last quarter of an hour, and kept documents the size the
    /// council chose. A failure is logged and tried again next time.
    static func keepTidy(_ services: WebServices, _ configuration: WebConfiguration, logger: Logger) async {
        while !Task.isCancelled {
            do {
                let (failed, sessions) = try await services.sessions.prune()
                _ = try await services.drafts.prune()
                var removed = 0
                if let days = configuration.keepDocumentsDays {
                    removed = try await KeptDocuments.removeOlder(than: days, record: services.record, moment: services.moment)
                }
                if failed + sessions + removed > 0 {
                    logger.notice("housekeeping", metadata: ["failed sign-ins": "\(failed)", "sessions": "\(sessions)", "documents": "\(removed)"])
                }
            } catch {
                logger.error("housekeeping failed", metadata: ["error": .string(error.message)])
            }
            try? await Task.sleep(for: housekeepingInterval)
        }
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight; `started` hears the
    /// address once the server listens.
    public static func run(_ configuration: WebConfiguration, started: @escaping @Sendable (String) -> Void,
                           warning: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        // An unreachable mail server or a refused login is one line now, not a failure later.
        let mailClient = try await CheckMail(mailing: configuration.mailing).run()
        let services = try await Self.services(configuration)
        // Text earlier versions could have shown as markup: said once at start, for an admin to void (`reform doctor` lists it).
        Task.detached(priority: .background) {
            guard let outcome = try? await CheckRecord().run(record: services.record), !outcome.findings.isEmpty else { return }
            warning("warning: the record holds \(outcome.findings.count) value(s) that earlier versions of reform showed on a page as markup "
                    + "(shown as text now); 'reform doctor' lists them with what to do")
        }
        let logger = {
            var logger = Logger(label: "reform.serve")
            logger.logLevel = .notice
            return logger
        }()
        let housekeeping = Task.detached(priority: .background) { await keepTidy(services, configuration, logger: logger) }
        defer { housekeeping.cancel() }
        let mail = mailClient.map { [logger] client in
            Task.detached(priority: .background) {
                await OutboxWorker(mailing: configuration.mailing, transport: client, interval: configuration.mailInterval)
                    .run(programme: services.live, record: services.record, moment: { services.moment }, now: services.now,
                         failed: { logger.error("\($0)") })
            }
        }
        defer { mail?.cancel() }
        let app = application(services, configuration, logger: logger, started: started)
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE || error.errnoCode == EACCES || error.errnoCode == EADDRNOTAVAIL {
            let why = error.errnoCode == EADDRINUSE ? "the port is in use (by another server, or an earlier one still running)"
                : error.errnoCode == EACCES ? "this user may not use that port (ports below 1024 need privileges)" : "that address is not one of this machine's"
            throw AppError("error: cannot listen on \(configuration.host):\(configuration.port): \(why); choose another with --host or --port")
        }
    }
}
