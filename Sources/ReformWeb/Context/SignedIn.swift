import Hummingbird
import ReformApp
import ReformRecord

/// A rank a route group demands: the least role that may use its routes.
public protocol Rank: Sendable {
    static var least: Role { get }
}

/// Ranks, one per role: `SignedIn<Lead>` is a request of someone whose role is lead or above.
public enum Viewer: Rank { public static let least = Role.viewer }
public enum Contributor: Rank { public static let least = Role.contributor }
public enum Lead: Rank { public static let least = Role.lead }
public enum Admin: Rank { public static let least = Role.admin }

/// The context of a request by someone signed in with at least `R`'s role: it can only be made
/// for such a person, so a route in a group of this context cannot be reached by anyone else.
/// Not signed in: a page sends them to sign in (303), a script gets 401; signed in with a lesser
/// role: 403 naming the role needed.
public struct SignedIn<R: Rank>: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who is signed in, and their session's CSRF token.
    public let user: SignedInUser
    /// The session's token as the browser sent it.
    public let sessionToken: String?
    /// The peer's address.
    public let peerAddress: String

    public init(context: WebContext) throws {
        guard let user = context.signedIn else { throw WebFailure.notSignedIn }
        guard !user.user.disabled, user.user.role >= R.least else { throw WebFailure.forbidden(needed: R.least.rawValue, detail: nil) }
        coreContext = context.coreContext
        self.user = user
        sessionToken = context.sessionToken
        peerAddress = context.peerAddress
    }

    /// Who is acting, for the use cases.
    public var person: Person { .signedIn(user.user) }

    public var maxUploadSize: Int { SubmittedForm.maximumBytes }
}
