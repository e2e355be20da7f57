import Hummingbird
import NIOCore
import ReformApp

/// What one request carries through the middleware to its route: who is signed in, and where
/// the request came from.
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

    /// Form bodies are small: a note is at most 20,000 characters (`FreeTextLimit`, `FormBody`).
    public var maxUploadSize: Int { FormBody.maximumBytes }
}
