import Foundation
import ReformRecord
import ReformStore

/// A signed-in person, as a request knows them: their account and their session's CSRF token.
public struct SignedInUser: Sendable {
    /// The account, as it is now (a changed role takes effect on the next request).
    public let user: UserAccount
    /// The hash of the session's token, which identifies the session in the store.
    public let tokenHash: String
    /// The token every form of this session must carry.
    public let csrfToken: String
}

/// What came of an attempt to sign in.
public enum SignInOutcome: Sendable {
    /// Signed in: the new session's token (for the cookie), who, and the device cookie to keep.
    case signedIn(token: String, SignedInUser, device: String)
    /// The username or password is wrong, or the account is disabled; which is not said.
    case refused
    /// Too many failed attempts for this username or address lately: try again in this many seconds.
    case throttled(retryAfter: Int64)
}

/// Signing in and out, and finding who a session cookie belongs to, by the rules of
/// `SessionRules`, against the store that every server process shares.
public struct Sessions: Sendable {
    private let record: Record
    private let now: @Sendable () -> Int64
    private let cache = SessionCache()
    /// The sign-ins' bcrypt queue: one per server, so that what waits to sign in here is bounded here.
    private let hashing = PasswordHashing(concurrent: ProcessInfo.processInfo.activeProcessorCount, maximumWaiting: 32)

    /// Sessions kept in `record`; `now` gives the time in seconds since 1970 (a test sets it).
    /// What an unknown name's password is checked against, so that a wrong name takes as long as
    /// a wrong password: a hash no password matches, at the cost of the accounts' own hashes.
    private let unknownUserHash: String

    /// Sessions kept in `record`; `now` gives the time in seconds since 1970 (a test sets it);
    /// `passwordCost` is the bcrypt cost of the accounts' hashes (12 in use; lower in tests that
    /// are not about hashing), which an unknown name's check takes as long as.
    public init(record: Record, now: @escaping @Sendable () -> Int64, passwordCost: UInt8 = SessionRules.bcryptCost) {
        self.record = record
        self.now = now
        unknownUserHash = passwordCost == SessionRules.bcryptCost ? Self.unknownUserHashAtCost12 : Passwords.unmatchableHash(cost: passwordCost)
    }

    /// Signs in: a new session with a new token, ending the browser's previous session.
    ///
    /// The attempt is counted as a failure before the password is checked, in one write with the
    /// count of those before it (`RecordStore.claimSignIn`), and withdrawn if the password is
    /// right: guesses sent at once are each counted, and only the first few are checked. A name
    /// no account could have is refused without being recorded or checked.
    ///
    /// - Parameters:
    ///   - origin: where the attempt comes from, for counting failures per address.
    ///   - previous: the token the browser held before, if any, which is ended.
    ///   - device: the browser's device cookie (`DeviceCookie`), if it sent one.
    public func signIn(username: String, password: String, from origin: SignInAddress, replacing previous: String?,
                       device: String? = nil) async throws(AppError) -> SignInOutcome {
        guard Usernames.problem(username) == nil, password.utf8.count <= 1_024 else { return .refused }
        let time = now()
        let store = try await record.writer()
        return try await AppError.catching {
            let user = try await store.user(named: username)
            let knownDevice = DeviceCookie.device(device, of: user, now: time)
            let claim = try await store.claimSignIn(username: username, address: origin.address, device: knownDevice, at: time,
                                                    since: time - SessionRules.failedSignInWindow + 1) { byUsername, byAddress, byDevice in
                Self.wait(byUsername: byUsername, byAddress: byAddress, byDevice: byDevice, knownDevice: knownDevice != nil,
                          addressIsClient: origin.isClient, at: time)
            }
            guard case .claimed(let attempt) = claim else {
                if case .wait(let seconds) = claim { return SignInOutcome.throttled(retryAfter: seconds) }
                return SignInOutcome.refused
            }
            // A made-up hash for an unknown name, so that a wrong name takes as long as a wrong password.
            let matches = try await Passwords.verify(password, hash: user?.passwordHash ?? unknownUserHash, on: hashing)
            guard let user, let id = user.id, matches, !user.disabled else { return SignInOutcome.refused }
            try await store.withdrawSignInClaim(attempt)
            let token = SessionToken.random()
            let session = WebSession(tokenHash: SessionToken.hash(token), userID: id, csrfToken: SessionToken.random(), startedAt: time, lastSeenAt: time)
            try await store.startSession(session, replacing: previous.map(SessionToken.hash))
            if let previous { cache.forget(SessionToken.hash(previous)) }
            return SignInOutcome.signedIn(token: token, SignedInUser(user: user, tokenHash: session.tokenHash, csrfToken: session.csrfToken),
                                          device: DeviceCookie.value(for: user, now: time))
        }
    }

    /// How long an attempt must wait, given the failures within the window before it: a browser
    /// the user signed in from before is held only by its own failures; anyone else by the name's
    /// and, when the address is a real client's, the address's.
    static func wait(byUsername: [Int64], byAddress: [Int64], byDevice: [Int64], knownDevice: Bool, addressIsClient: Bool, at time: Int64) -> Int64? {
        if knownDevice { return waitBeforeRetry(byDevice, at: time, limit: SessionRules.failedSignInLimit) }
        return [waitBeforeRetry(byUsername, at: time, limit: SessionRules.failedSignInLimit),
                addressIsClient ? waitBeforeRetry(byAddress, at: time, limit: SessionRules.failedSignInAddressLimit) : nil].compactMap { $0 }.max()
    }

    /// Removes what no longer counts: failed sign-ins older than the window, and sessions past
    /// their idle or absolute limit. A server runs it every few minutes, so that neither grows for ever.
    ///
    /// - Returns: how many failed sign-ins and sessions were removed.
    public func prune() async throws(AppError) -> (failedSignIns: Int, sessions: Int) {
        let time = now()
        let store = try await record.writer()
        do {
            return try await store.prune(failedSignInsBefore: time - SessionRules.failedSignInWindow, sessionsIdleSince: time - SessionRules.idleSeconds,
                                         sessionsStartedBefore: time - SessionRules.absoluteSeconds)
        } catch {
            throw AppError(error)
        }
    }

    /// Who holds the session with this token, or `nil` when there is none, it has been idle too
    /// long, it is too old, or its user is disabled (an ended session is removed).
    public func resume(token: String) async throws(AppError) -> SignedInUser? {
        let time = now()
        let hash = SessionToken.hash(token)
        let store = try await record.writer()
        do {
            var found = cache.fresh(hash)
            if found == nil, let session = try await store.session(tokenHash: hash) {
                if let user = try await store.user(id: session.userID) { found = (session, user) } else { try await store.endSession(tokenHash: hash) }
            }
            guard var (session, user) = found else { return nil }
            guard time - session.lastSeenAt <= SessionRules.idleSeconds, time - session.startedAt <= SessionRules.absoluteSeconds, !user.disabled else {
                cache.forget(hash)
                try await store.endSession(tokenHash: hash)
                return nil
            }
            // A minute's precision is enough for the idle limit, and spares a write on every request.
            if time - session.lastSeenAt >= 60 {
                try await store.touchSession(tokenHash: hash, at: time)
                session.lastSeenAt = time
            }
            cache.keep(session, user)
            return SignedInUser(user: user, tokenHash: hash, csrfToken: session.csrfToken)
        } catch {
            throw AppError(error)
        }
    }

    /// Ends the session with this token.
    public func signOut(token: String) async throws(AppError) {
        cache.forget(SessionToken.hash(token))
        let store = try await record.writer()
        do { try await store.endSession(tokenHash: SessionToken.hash(token)) } catch { throw AppError(error) }
    }

    /// Forgets what this server knows of a user's sessions, after their account changed here, so
    /// that the change applies to their very next request.
    public func forget(userID: Int64) {
        cache.forget(userID: userID)
    }

    /// Seconds until fewer than the limit of `failures` fall within the window, or `nil` when already so.
    static func waitBeforeRetry(_ failures: [Int64], at time: Int64, limit: Int) -> Int64? {
        // A failure counts for the window's length after it: one at 10:00 counts until 10:14:59.
        let recent = failures.filter { $0 > time - SessionRules.failedSignInWindow }.sorted()
        guard recent.count >= limit else { return nil }
        let freeing = recent[recent.count - limit]
        return max(1, freeing + SessionRules.failedSignInWindow - time)
    }

    /// A bcrypt hash of cost 12 that no password matches (of 60 characters, none of them a password's).
    private static let unknownUserHashAtCost12 = "$2b$12$C6UzMDM.H6dfI/f/IKxGhu0QzHKlKaVs4X0OGD8c3mN2uqFzcbmWK"
}
