import HTTPTypes

/// Why a request is not answered with its page: each case is one status code and one page, made
/// in one place (`ErrorPageMiddleware`).
public enum WebFailure: Error, Sendable {
    /// Not signed in: a page redirects to sign-in (303), JSON gets 401.
    case notSignedIn(returnTo: String)
    /// Signed in, but not allowed (403): the role needed, and what else to say.
    case forbidden(needed: String, detail: String?)
    /// The id names nothing (404), with the nearest that does and where it is.
    case notFound(what: String, suggestion: (id: String, path: String)?)
    /// The form was not one of ours for this session (403): a missing or wrong CSRF token, or a foreign origin.
    case forgedForm
    /// The body is too large (413).
    case tooLarge
    /// The body is not a form (400).
    case malformed(String)
    /// A value the CLI would refuse too (422): the message, naming the field.
    case unprocessable(String)
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
        case .throttled: return .tooManyRequests
        case .unavailable: return .serviceUnavailable
        }
    }
}
