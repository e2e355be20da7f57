import Hummingbird
import ReformRecord

/// A route as registered: its method, its path, and the least role that may use it (`nil`: anyone,
/// signed in or not). What the test of every route walks.
public struct DeclaredRoute: Sendable, CustomStringConvertible {
    public let method: HTTPRequest.Method
    public let path: String
    public let least: Role?

    public var description: String { "\(method) \(path) (\(least?.rawValue ?? "anyone"))" }
}

/// Where controllers add their routes: only through a group whose request context demands a
/// rank, so that every route declares who may use it (a route cannot be added without one), and
/// the rank is checked before the handler runs, in the context's type. Each route is noted as it
/// is added, for the test that tries every route as every role.
final class RouteTable: @unchecked Sendable {
    let router: Router<WebContext>
    /// Every route added, in order. Added to while the router is built, read after.
    private(set) var routes: [DeclaredRoute] = []

    init(router: Router<WebContext>) {
        self.router = router
    }

    /// Routes anyone may use: signing in, the health check, the style sheet, the accessibility statement.
    var anyone: Routes<WebContext> { Routes(group: router.group(), least: nil, table: self) }

    /// Routes for someone signed in with at least `rank`'s role.
    func signedIn<R: Rank>(_ rank: R.Type) -> Routes<SignedIn<R>> {
        Routes(group: router.group(context: SignedIn<R>.self), least: R.least, table: self)
    }

    fileprivate func note(_ method: HTTPRequest.Method, _ path: String, _ least: Role?) {
        routes.append(DeclaredRoute(method: method, path: path, least: least))
    }
}

/// The routes of one rank.
struct Routes<Context: RequestContext> {
    let group: RouterGroup<Context>
    let least: Role?
    let table: RouteTable

    func get(_ path: String, use handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        table.note(.get, path, least)
        group.get(RouterPath(path), use: handler)
    }

    func post(_ path: String, use handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        table.note(.post, path, least)
        group.post(RouterPath(path), use: handler)
    }
}
