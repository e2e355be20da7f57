import Foundation
import Hummingbird
import Logging
import ReformApp

/// Turns every failure into its status code and a page (or JSON for a script), in one place.
/// A failure that is not one of ours is logged with a reference and shown as that reference
/// alone: never a stack trace or an internal message.
struct ErrorPageMiddleware: RouterMiddleware {
    let pages: PageRenderer
    let drafts: FormDrafts
    let cookies: CookiePolicy

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch WebFailure.notSignedIn where request.method == .post && !WebResponses.wantsJSON(request) {
            return await keptForSignIn(request, context)
        } catch let failure as WebFailure {
            return response(for: failure, request, context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return response(for: .notFound("There is no page at this address."), request, context)
            case .contentTooLarge: return response(for: .tooLarge, request, context)
            case .badRequest: return response(for: .malformed(error.body ?? "the request could not be read"), request, context)
            default: return unexpected(error, request, context)
            }
        } catch {
            return unexpected(error, request, context)
        }
    }

    /// A form sent when its session had ended: what it held is kept as a draft for this browser
    /// (an hour, in the record), and the person is sent to sign in and back to the form's page,
    /// where it is shown again. Never a POST path as `next`; nothing is recorded from the draft.
    private func keptForSignIn(_ request: Request, _ context: WebContext) async -> Response {
        let page = ReturnPath.page(ofForm: request.uri.path)
        var response = Response(status: .seeOther)
        response.headers[.location] = "/login?next=" + (page.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "/")
        if let fields = try? await SubmittedForm.read([String: String].self, from: request), !fields.isEmpty,
           let token = try? await drafts.keep(path: page, fields: fields) {
            response.setCookie(cookies.cookie(WebServices.draftCookie, token, maxAge: Int(FormDrafts.lifetime), for: request, context.peerAddress))
        }
        return response
    }

    private func unexpected(_ error: any Error, _ request: Request, _ context: WebContext) -> Response {
        let reference = String(UUID().uuidString.prefix(8)).lowercased()
        context.logger.error("request failed", metadata: ["reference": .string(reference), "path": .string(request.uri.path), "error": .string("\(error)")])
        let message = "Something went wrong on the server. Quote reference \(reference) to the administrator; the details are in the server's log."
        return pages.error(status: .internalServerError, heading: "Something went wrong", message: message, frame: frame("Something went wrong", request, context))
    }

    /// The response to `failure`: its status, and a page (or JSON for a script).
    func response(for failure: WebFailure, _ request: Request, _ context: WebContext) -> Response {
        let wantsJSON = WebResponses.wantsJSON(request)
        switch failure {
        case .notSignedIn:
            if wantsJSON { return WebResponses.jsonError(.unauthorized, "sign in first") }
            // Back to the page asked for once signed in; only a page that can be drawn is asked back to.
            let asked = request.method == .get ? request.uri.string : "/"
            var response = Response(status: .seeOther)
            response.headers[.location] = "/login?next=" + (ReturnPath.accepted(asked).addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "/")
            return response
        case .forbidden(let needed, let detail):
            let message = detail.map { "\($0) Anything else needs the \(needed) role; ask an administrator if you need it." }
                ?? "This needs the \(needed) role. Ask an administrator if you need it."
            return page(failure, "Not allowed", message + " Nothing was recorded.", request, context)
        case .unprocessable(let why):
            return page(failure, "Not recorded", "\(why) Go back to the form, put it right and send it again.", request, context)
        case .notFound(let sentence, let nearest):
            return page(failure, "Not found", sentence, request, context, link: nearest)
        case .forgedForm:
            return page(failure, "Form not accepted", "The form was not sent from this site in your current session, so nothing was recorded. Go back, reload the page and try again.", request, context)
        case .tooLarge:
            return page(failure, "Too large", "What was sent is larger than the server takes (\(SubmittedForm.maximumBytes / 1024) KB).", request, context)
        case .malformed(let why):
            return page(failure, "Not understood", "The server could not read what was sent: \(why).", request, context)
        case .throttled(let seconds):
            var response = page(failure, "Too many attempts", "There have been too many failed sign-ins for this name or from this address. Try again in \(WebResponses.minutes(seconds)).", request, context)
            response.headers[.retryAfter] = String(seconds)
            return response
        case .conflict(let why):
            return page(failure, "Not recorded", "\(why) Nothing was recorded; go back, reload the page and try again.", request, context)
        case .unavailable(let why):
            context.logger.error("the record cannot be reached", metadata: ["error": .string(why)])
            return page(failure, "Unavailable", "The server cannot reach its record just now. Try again in a minute.", request, context)
        }
    }

    /// The frame of an error page: the navigation of whoever is signed in, and no snapshot (the
    /// record may be what failed).
    private func frame(_ title: String, _ request: Request, _ context: WebContext) -> PageFrame {
        PageFrame(title: title, signedIn: context.signedIn, snapshot: nil, path: request.uri.path)
    }

    private func page(_ failure: WebFailure, _ heading: String, _ message: String, _ request: Request, _ context: WebContext,
                      link: (href: String, text: String)? = nil) -> Response {
        if WebResponses.wantsJSON(request) { return WebResponses.jsonError(failure.status, message) }
        return pages.error(status: failure.status, heading: heading, message: message, frame: frame(heading, request, context), link: link)
    }
}

extension CharacterSet {
    /// What may stand unescaped in a query value.
    static let urlQueryValueAllowed: CharacterSet = {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return allowed
    }()
}
