import Hummingbird
import ReformApp

/// `GET /login`, `POST /login` and `POST /logout`: signing in and out, by the contract's rules.
struct SignInController {
    /// The cookie that ties the sign-in form to the browser that was given it.
    static let formCookie = "reform_signin"
    /// The cookie of a browser its user signed in from before (`DeviceCookie`), kept for its lifetime.
    static let deviceCookie = "reform_device"

    let services: WebServices

    func addRoutes(to routes: RouteTable) {
        routes.anyone.get("/login") { request, context in
            // Shown even to the signed-in: signing in again (as someone else, say) replaces their session.
            formPage(request, context, next: ReturnPath.accepted(request.uri.queryParameters["next"].map(String.init)), username: "", message: nil,
                     status: .ok)
        }
        routes.anyone.post("/login", use: signIn)
        routes.signedIn(Viewer.self).post("/logout") { request, context in
            _ = try await SubmittedForm.decode(TokenForm.self, from: request, csrf: context.user.csrfToken)
            if let token = context.sessionToken { try await services.run { () async throws(AppError) in try await services.sessions.signOut(token: token) } }
            var response = WebResponses.redirect(to: "/login")
            response.setCookie(services.cookies.ending(SessionMiddleware.cookieName, for: request, context.peerAddress))
            return response
        }
    }

    private func formPage(_ request: Request, _ context: WebContext, next: String, username: String, message: String?,
                          status: HTTPResponse.Status) -> Response {
        let token = SessionToken.random()
        var page = LoginPage(csrf: token, next: next, username: username, current: context.signedIn?.user.username, message: message)
        page.draftKept = services.cookies.value(WebServices.draftCookie, in: request, context.peerAddress) != nil
        var response = services.pages.page(.login, page, frame: services.frame("Sign in", request, context.signedIn, nil), status: status)
        response.setCookie(services.cookies.cookie(Self.formCookie, token, for: request, context.peerAddress))
        return response
    }

    private func signIn(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await SubmittedForm.read(SignInForm.self, from: request)
        // No sign-in form cookie, no sign-in: the form must have been drawn for this browser.
        let expected = services.cookies.value(Self.formCookie, in: request, context.peerAddress) ?? ""
        guard let given = form.csrf, !expected.isEmpty, SubmittedForm.constantTimeEqual(given, expected) else { throw WebFailure.forgedForm }
        if let origin = request.headers[.origin], origin != "http://\(request.head.authority ?? "")", origin != "https://\(request.head.authority ?? "")" {
            throw WebFailure.forgedForm
        }
        let next = ReturnPath.accepted(form.next)
        let username = form.username ?? ""
        let outcome: SignInOutcome
        do {
            outcome = try await services.sessions.signIn(username: username, password: form.password ?? "",
                                                         from: services.cookies.client(request, context.peerAddress).signInAddress,
                                                         replacing: context.sessionToken,
                                                         device: services.cookies.value(Self.deviceCookie, in: request, context.peerAddress))
        } catch {
            throw error.webFailure
        }
        switch outcome {
        case .signedIn(let token, _, let device):
            var response = WebResponses.redirect(to: next)
            response.setCookie(services.cookies.cookie(Self.deviceCookie, device, maxAge: Int(DeviceCookie.lifetime), for: request, context.peerAddress))
            response.setCookie(services.cookies.cookie(SessionMiddleware.cookieName, token, for: request, context.peerAddress))
            response.setCookie(services.cookies.ending(Self.formCookie, for: request, context.peerAddress))
            return response
        case .refused:
            return formPage(request, context, next: next, username: username,
                            message: "The username or password is not right, or the account is disabled.", status: .unauthorized)
        case .throttled(let seconds):
            throw WebFailure.throttled(retryAfter: seconds)
        }
    }
}
