import Foundation
import Hummingbird

/// How the server's cookies are made and named, and where a request comes from.
///
/// Cookies are `HttpOnly`, `SameSite=Lax`, `Path=/`. Over HTTPS (`--secure-cookies`, or a trusted
/// proxy saying the request came over HTTPS) they are `Secure` and carry the `__Host-` prefix, which
/// a browser accepts only from this host, over HTTPS and for the whole site, so that no other host
/// under the council's domain can set or shadow them; and every response says
/// `Strict-Transport-Security`.
struct CookiePolicy: Sendable {
    let secureCookies: Bool
    let proxies: TrustedProxies

    /// Whether the request came over HTTPS, as far as this server can tell.
    func isSecure(_ request: Request, _ peerAddress: String) -> Bool {
        secureCookies || (proxies.trusts(peerAddress) && request.headers[.xForwardedProto]?.lowercased() == "https")
    }

    /// A cookie's name for this request: with the `__Host-` prefix when it is secure.
    func name(_ base: String, for request: Request, _ peerAddress: String) -> String {
        isSecure(request, peerAddress) ? "__Host-" + base : base
    }

    /// The value of the cookie named `base` (under its name for this request), if the browser sent it.
    func value(_ base: String, in request: Request, _ peerAddress: String) -> String? {
        request.cookies[name(base, for: request, peerAddress)]?.value
    }

    /// A cookie named `base` carrying `value`, for the browser's session (no `maxAge`) or for `maxAge` seconds.
    func cookie(_ base: String, _ value: String, maxAge: Int? = nil, for request: Request, _ peerAddress: String) -> Cookie {
        Cookie(name: name(base, for: request, peerAddress), value: value, maxAge: maxAge, path: "/", secure: isSecure(request, peerAddress), httpOnly: true,
               sameSite: .lax)
    }

    /// A cookie that ends the one named `base` in the browser.
    func ending(_ base: String, for request: Request, _ peerAddress: String) -> Cookie {
        cookie(base, "", maxAge: 0, for: request, peerAddress)
    }

    /// Where the request comes from: the peer, or the client a trusted proxy names.
    func client(_ request: Request, _ peerAddress: String) -> TrustedProxies.Client {
        proxies.client(peer: peerAddress, forwardedFor: request.headers[values: .xForwardedFor])
    }
}
