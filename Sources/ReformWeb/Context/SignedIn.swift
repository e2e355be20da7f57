import Hummingbird
import ReformApp
import ReformRecord

/// A rank a route group demands: the right its routes need, as the use cases' policy
/// (`Person.account(_:may:)`) decides it, so that a route and its use case never disagree.
public protocol Rank: Sendable {
    static var right: Right { get }
}

extension Rank {
    /// Whether `user` holds this rank.
    static func admits(_ user: UserAccount) -> Bool { Person.account(user, may: right) }
}

/// Ranks, one per kind of page: `SignedIn<Lead>` is a request of someone who may void and correct any update.
public enum Viewer: Rank { public static let right = Right.read }
/// Those who record updates (contributors and above).
public enum Contributor: Rank { public static let right = Right.updateSomething }
/// Those who run reports and answer the committee (officers, leads and admins).
public enum Officer: Rank { public static let right = Right.runReports }
/// Leads and admins.
public enum Lead: Rank { public static let right = Right.voidAndCorrect }
/// Those who change the plan (leads and admins).
public enum Planner: Rank { public static let right = Right.changePlan }
/// Those who run update rounds and sign off updates (leads and admins).
public enum RoundRunner: Rank { public static let right = Right.runRounds }
/// Admins.
public enum Admin: Rank { public static let right = Right.manageUsers }

/// The context of a request by someone signed in who holds `R`'s right: it can only be made
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
        guard R.admits(user.user) else { throw WebFailure.forbidden(needed: R.right.holdersWording, detail: nil) }
        coreContext = context.coreContext
        self.user = user
        sessionToken = context.sessionToken
        peerAddress = context.peerAddress
    }

    /// Who is acting, for the use cases.
    public var person: Person { .signedIn(user.user) }

    public var maxUploadSize: Int { SubmittedForm.maximumBytes }
}
