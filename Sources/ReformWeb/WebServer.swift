import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ReformApp
import ReformModel
import ReformRecord
import ReformStore

/// `reform serve`: the programme in a browser, for everyone the record has users for.
///
/// The server keeps nothing that matters in memory: sessions and failed sign-ins are in the
/// store, and the analysis is a cache of the plan and the record, so several servers can share
/// one database.
public enum WebServer {
    /// Everything a running server is made of, so that tests can build the same application.
    public struct Parts: Sendable {
        let pages: PageRenderer
        /// The analysis every page reads.
        public let live: LiveProgramme
        /// The record, held open for the server's life.
        public let store: RecordStore
        let sessions: Sessions
        let cookies: CookiePolicy
        let plugins: PluginChoices
        let reportQueue = ReportQueue()
        let reportTimeout: Double
        let workspace: Workspace
        let today: @Sendable () -> CalendarDay
        let now: @Sendable () -> Int64
    }

    /// Opens the record, loads the plan once (a plan that does not validate stops the start with
    /// its errors) and makes the parts.
    ///
    /// - Parameters:
    ///   - now: the time in seconds since 1970; tests move it to show the session limits.
    ///   - today: the day the analysis is at.
    public static func parts(_ configuration: WebConfiguration, now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) },
                             today: @escaping @Sendable () -> CalendarDay = { Today.day }) async throws(AppError) -> Parts {
        guard let store = try await configuration.workspace.openRecord(.write(create: true)) else { throw AppError("error: the record could not be opened") }
        let live = LiveProgramme(workspace: configuration.workspace, store: store, today: today)
        _ = try await live.current()
        let pages: PageRenderer
        do { pages = try PageRenderer() } catch { throw AppError("error: a page template is broken: \(error)") }
        return Parts(pages: pages, live: live, store: store, sessions: Sessions(store: store, now: now, passwordCost: configuration.passwordCost),
                     cookies: CookiePolicy(secureCookies: configuration.secureCookies, proxies: try configuration.proxies()),
                     plugins: try .standard(extra: configuration.pluginPaths), reportTimeout: configuration.reportTimeout, workspace: configuration.workspace,
                     today: today, now: now)
    }

    /// The router: the security headers round everything, then error pages, then who is signed in, then the routes.
    public static func router(_ parts: Parts) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware(cookies: parts.cookies))
        router.add(middleware: ErrorPageMiddleware(pages: parts.pages))
        router.add(middleware: SessionMiddleware(sessions: parts.sessions, cookies: parts.cookies))
        ServiceRoutes(store: parts.store).register(on: router)
        SignInRoutes(pages: parts.pages, sessions: parts.sessions, cookies: parts.cookies).register(on: router)
        ReadRoutes(pages: parts.pages, live: parts.live, store: parts.store, plugins: parts.plugins).register(on: router)
        WriteRoutes(pages: parts.pages, live: parts.live, store: parts.store, plugins: parts.plugins, reportQueue: parts.reportQueue, reportTimeout: parts.reportTimeout, workspace: parts.workspace,
                    today: parts.today, now: parts.now).register(on: router)
        UserRoutes(pages: parts.pages, live: parts.live, store: parts.store, workspace: parts.workspace, sessions: parts.sessions).register(on: router)
        return router
    }

    /// The application serving `parts` as `configuration` says: its address, idle and request
    /// timeouts, and how many connections at once; `started` hears the address once it listens.
    public static func application(_ parts: Parts, _ configuration: WebConfiguration, logger: Logger,
                                   started: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let connections = MaximumAvailableConnections(configuration.maximumConnections, logger: logger)
        let bodyLimit = TimeAmount.seconds(configuration.bodyTimeout)
        return Application(
            router: router(parts),
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

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight; `started` hears the
    /// address once the server listens.
    public static func run(_ configuration: WebConfiguration, started: @escaping @Sendable (String) -> Void,
                           warning: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let parts = try await Self.parts(configuration)
        // Text earlier versions could have shown as markup: said once at start, for an admin to void (`reform doctor` lists it).
        Task.detached(priority: .background) {
            guard let outcome = try? await CheckRecord().run(in: parts.store), !outcome.findings.isEmpty else { return }
            warning("warning: the record holds \(outcome.findings.count) value(s) that earlier versions of reform showed on a page as markup "
                    + "(shown as text now); 'reform doctor' lists them with what to do")
        }
        var logger = Logger(label: "reform.serve")
        logger.logLevel = .notice
        let app = application(parts, configuration, logger: logger, started: started)
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE || error.errnoCode == EACCES || error.errnoCode == EADDRNOTAVAIL {
            let why = error.errnoCode == EADDRINUSE ? "the port is in use (by another server, or an earlier one still running)"
                : error.errnoCode == EACCES ? "this user may not use that port (ports below 1024 need privileges)" : "that address is not one of this machine's"
            throw AppError("error: cannot listen on \(configuration.host):\(configuration.port): \(why); choose another with --host or --port")
        }
    }
}
