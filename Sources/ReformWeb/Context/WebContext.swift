import Hummingbird
import NIOCore
import ReformApp

/// What every request carries through the middleware to its route: who is signed in, if anyone,
/// and where the request came from. Routes that need someone signed in get a `SignedIn` context
/// made from this one, which cannot be made for anyone else.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in person, once the session middleware has found them.
    public var signedIn: SignedInUser?
    /// The session cookie's token as the browser sent it, if any.
    public var sessionToken: String?
    /// The peer's address (before any proxy).
    public let peerAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Form bodies are small: a note is at most 20,000 characters (`FreeTextLimit`, `SubmittedForm`).
    public var maxUploadSize: Int { SubmittedForm.maximumBytes }
}
