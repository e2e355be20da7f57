import Hummingbird
import ReformApp

/// `GET /login`, `POST /login` and `POST /logout`: signing in and out, by the contract's rules.
struct SignInRoutes: Sendable {
    /// The cookie that ties the sign-in form to the browser that was given it.
    static let formCookie = "reform_signin"

    let pages: PageRenderer
    let sessions: Sessions
    let cookies: CookiePolicy

    func register(on router: Router<WebContext>) {
        router.get("/login") { request, context in try await self.form(request, context) }
        router.post("/login") { request, context in try await self.signIn(request, context) }
        router.post("/logout") { request, context in try await self.signOut(request, context) }
    }

    private func form(_ request: Request, _ context: WebContext) async throws -> Response {
        // Shown even to the signed-in: signing in again (as someone else, say) replaces their session.
        let next = ReturnPath.accepted(request.uri.queryParameters["next"].map(String.init))
        return formPage(request, context, next: next, username: "", message: nil, status: .ok)
    }

    private func formPage(_ request: Request, _ context: WebContext, next: String, username: String, message: String?,
                          status: HTTPResponse.Status) -> Response {
        let token = SessionToken.random()
        var values: [String: Any] = ["csrf": token, "next": next, "username": username]
        if let signedIn = context.signedIn { values["current"] = signedIn.user.username }
        if let message { values["message"] = message }
        var response = pages.page("login", title: "Sign in", values: values, context: context, snapshot: nil, status: status)
        response.setCookie(cookies.cookie(Self.formCookie, token, for: request, context))
        return response
    }

    private func signIn(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await FormBody.read(request)
        // No sign-in form cookie, no sign-in: the form must have been drawn for this browser.
        try FormGuard.check(request, form, expected: cookies.value(Self.formCookie, in: request, context) ?? "")
        let next = ReturnPath.accepted(form["next"])
        let username = form["username"] ?? ""
        let outcome: SignInOutcome
        do {
            outcome = try await sessions.signIn(username: username, password: form["password"] ?? "",
                                                from: cookies.client(request, context).signInAddress, replacing: context.sessionToken)
        } catch {
            if case .busy(let seconds) = error.kind { throw WebFailure.throttled(retryAfter: seconds) }
            throw WebFailure.unavailable(error.message)
        }
        switch outcome {
        case .signedIn(let token, _):
            var response = WebResponses.redirect(to: next)
            response.setCookie(cookies.cookie(SessionMiddleware.cookieName, token, for: request, context))
            response.setCookie(cookies.ending(Self.formCookie, for: request, context))
            return response
        case .refused:
            return formPage(request, context, next: next, username: username,
                            message: "The username or password is not right, or the account is disabled.", status: .unauthorized)
        case .throttled(let seconds):
            throw WebFailure.throttled(retryAfter: seconds)
        }
    }

    private func signOut(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try await Access.signedInForm(request, context)
        if let token = context.sessionToken { try await sessions.signOut(token: token) }
        var response = WebResponses.redirect(to: "/login")
        response.setCookie(cookies.ending(SessionMiddleware.cookieName, for: request, context))
        return response
    }
}
