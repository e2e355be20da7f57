import Hummingbird
import ReformApp
import ReformRecord

/// A route as registered: its method, its path, and the right it needs (`nil`: anyone, signed in
/// or not). What the test of every route walks.
public struct DeclaredRoute: Sendable, CustomStringConvertible {
    public let method: HTTPRequest.Method
    public let path: String
    public let right: Right?

    public var description: String { "\(method) \(path) (\(right?.holdersWording ?? "anyone"))" }
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
    var anyone: Routes<WebContext> { Routes(group: router.group(), right: nil, table: self) }

    /// Routes for someone signed in who holds `rank`'s right.
    func signedIn<R: Rank>(_ rank: R.Type) -> Routes<SignedIn<R>> {
        Routes(group: router.group(context: SignedIn<R>.self), right: R.right, table: self)
    }

    fileprivate func note(_ method: HTTPRequest.Method, _ path: String, _ right: Right?) {
        routes.append(DeclaredRoute(method: method, path: path, right: right))
    }
}

/// The routes of one rank.
struct Routes<Context: RequestContext> {
    let group: RouterGroup<Context>
    let right: Right?
    let table: RouteTable

    func get(_ path: String, use handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        table.note(.get, path, right)
        group.get(RouterPath(path), use: handler)
    }

    func post(_ path: String, use handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        table.note(.post, path, right)
        group.post(RouterPath(path), use: handler)
    }
}
