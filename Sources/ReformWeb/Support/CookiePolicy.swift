import Foundation
import Hummingbird

/// How the session cookie is made: `HttpOnly`, `SameSite=Lax`, `Path=/`, and `Secure` when the
/// server is told it is behind HTTPS or a trusted proxy says the request came over HTTPS.
struct CookiePolicy: Sendable {
    let secureCookies: Bool
    let trustProxy: Bool

    /// Whether cookies for this request are `Secure`.
    func isSecure(_ request: Request) -> Bool {
        secureCookies || (trustProxy && request.headers[.xForwardedProto]?.lowercased() == "https")
    }

    /// The session cookie carrying `token`.
    func session(_ token: String, for request: Request) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: token, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    /// A cookie that ends the named one in the browser.
    func ending(_ name: String, path: String = "/", for request: Request) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: path, secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    /// The sign-in form's own token, tying the form to the browser that asked for it.
    func signInToken(_ token: String, for request: Request) -> Cookie {
        Cookie(name: SignInRoutes.formCookie, value: token, path: "/login", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    /// Where the request comes from: the peer, or the first address a trusted proxy names.
    func clientAddress(_ request: Request, _ context: WebContext) -> String {
        if trustProxy, let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return context.peerAddress
    }
}
