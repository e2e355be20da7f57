import Hummingbird

/// Puts the contract's security headers on every response, error pages included: no script at
/// all, no framing, no sniffing, and referrers kept on the site; over HTTPS, `Strict-Transport-Security`.
struct SecurityHeadersMiddleware: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    /// A year: browsers then refuse plain HTTP to this host for that long after a visit over HTTPS.
    static let strictTransportSecurity = "max-age=31536000"

    let cookies: CookiePolicy

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        if cookies.isSecure(request, context.peerAddress) { response.headers[.strictTransportSecurity] = Self.strictTransportSecurity }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
