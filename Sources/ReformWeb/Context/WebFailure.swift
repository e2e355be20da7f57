import HTTPTypes

/// Why a request is not answered with its page: each case is one status code and one page, made
/// in one place (`ErrorPageMiddleware`).
public enum WebFailure: Error, Sendable {
    /// Not signed in: a page redirects to sign-in (303, coming back to the page asked for), JSON gets 401.
    case notSignedIn
    /// Signed in, but not allowed (403): the role needed, and what else to say.
    case forbidden(needed: String, detail: String?)
    /// The path or id names nothing (404): the sentence saying so, with the nearest that does where there is one.
    case notFound(String, nearest: (href: String, text: String)? = nil)
    /// The form was not one of ours for this session (403): a missing or wrong CSRF token, or a foreign origin.
    case forgedForm
    /// The body is too large (413).
    case tooLarge
    /// The body is not a form (400).
    case malformed(String)
    /// A value the CLI would refuse too (422): the message, naming the field.
    case unprocessable(String)
    /// Something else was recorded meanwhile (409).
    case conflict(String)
    /// Too many failed sign-ins (429).
    case throttled(retryAfter: Int64)
    /// The record cannot be reached (503).
    case unavailable(String)

    /// The status code it answers with.
    var status: HTTPResponse.Status {
        switch self {
        case .notSignedIn: return .seeOther
        case .forbidden, .forgedForm: return .forbidden
        case .notFound: return .notFound
        case .tooLarge: return .contentTooLarge
        case .malformed: return .badRequest
        case .unprocessable: return .unprocessableContent
        case .conflict: return .conflict
        case .throttled: return .tooManyRequests
        case .unavailable: return .serviceUnavailable
        }
    }
}
