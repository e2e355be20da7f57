import Hummingbird
import ReformApp
import ReformRecord

/// The one place a route asks who may see it: every route calls one of these first.
enum Access {
    /// The signed-in person, or `notSignedIn` with the path to come back to.
    static func signedIn(_ request: Request, _ context: WebContext) throws(WebFailure) -> SignedInUser {
        guard let signedIn = context.signedIn else { throw WebFailure.notSignedIn(returnTo: request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")) }
        return signedIn
    }

    /// The signed-in person and the form they sent, once its CSRF token and origin are checked:
    /// how every POST of a signed-in person starts.
    static func signedInForm(_ request: Request, _ context: WebContext) async throws(WebFailure) -> (SignedInUser, FormBody) {
        let signedIn = try signedIn(request, context)
        let form = try await FormBody.read(request)
        try FormGuard.check(request, form, expected: signedIn.csrfToken)
        return (signedIn, form)
    }

    /// The signed-in person if their role is `role` or above, else `forbidden` naming the role.
    static func atLeast(_ role: Role, _ request: Request, _ context: WebContext) throws(WebFailure) -> SignedInUser {
        let signedIn = try signedIn(request, context)
        guard signedIn.user.role >= role else { throw WebFailure.forbidden(needed: role.rawValue, detail: nil) }
        return signedIn
    }
}
