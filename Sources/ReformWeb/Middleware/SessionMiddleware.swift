import Hummingbird
import ReformApp

/// Finds who holds the request's session cookie, if anyone, before anything else runs, so that
/// every page (error pages included) is drawn for who is signed in. When the record cannot be
/// read, it answers 503 itself, through the error pages.
struct SessionMiddleware: RouterMiddleware {
    /// The session cookie's name.
    static let cookieName = "reform_session"

    let sessions: Sessions
    let cookies: CookiePolicy
    let failures: ErrorPageMiddleware

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = cookies.value(Self.cookieName, in: request, context.peerAddress), Self.isWellFormed(token) {
            context.sessionToken = token
            do {
                context.signedIn = try await sessions.resume(token: token)
            } catch {
                return failures.response(for: .unavailable(error.message), request, context)
            }
        }
        return try await next(request, context)
    }

    /// A token is 64 hex digits; anything else is not ours and is not looked up.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
