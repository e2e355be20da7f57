import ReformApp

extension AppError {
    /// The page of the nearest id to one that names nothing, for the ids that have pages.
    private var nearestLink: (href: String, text: String)? {
        guard let nearest else { return nil }
        switch field {
        case .action: return ("/actions/\(nearest)", nearest)
        case .pillar: return ("/pillars/\(nearest)", nearest)
        case .resolution: return ("/committee#\(nearest)", "resolution \(nearest)")
        default: return nil
        }
    }

    /// What a use case's error is for a page that is not a form: one mapping, for every route.
    var webFailure: WebFailure {
        switch kind {
        case .notFound: return .notFound(FormErrors.sentence(message) + ".", nearest: nearestLink)
        case .invalidInput: return .unprocessable(FormErrors.sentence(message))
        case .conflict: return .conflict(FormErrors.sentence(message))
        case .forbidden(let needed): return .forbidden(needed: needed, detail: nil)
        case .busy(let seconds): return .throttled(retryAfter: seconds)
        case .general: return .unavailable(message)
        }
    }
}
