/// The web front end's part of the record: users, their sessions, and failed sign-ins.
///
/// Kept in the same store as the updates, so that several servers sharing one database share
/// sessions and the count of failed sign-ins too. Times are seconds since 1970, UTC.
public protocol AccountStore: Sendable {
    /// Adds an account; a username already taken (in any case) is refused.
    ///
    /// - Returns: the account with its number.
    func addUser(_ user: UserAccount) async throws(StoreError) -> UserAccount
    /// The account with this username (any case), if any.
    func user(named username: String) async throws(StoreError) -> UserAccount?
    /// The account with this number, if any.
    func user(id: Int64) async throws(StoreError) -> UserAccount?
    /// Every account, by username.
    func users() async throws(StoreError) -> [UserAccount]
    /// Saves an account's role, owners, password and whether it is disabled; disabling it ends its sessions.
    func updateUser(_ user: UserAccount) async throws(StoreError)

    /// Starts a session, ending the one it replaces (the browser's session before signing in), in one transaction.
    func startSession(_ session: WebSession, replacing previous: String?) async throws(StoreError)
    /// The session whose token has this hash, if it has not been ended.
    func session(tokenHash: String) async throws(StoreError) -> WebSession?
    /// Notes that the session was used at `time`.
    func touchSession(tokenHash: String, at time: Int64) async throws(StoreError)
    /// Ends one session (signing out, or found expired).
    func endSession(tokenHash: String) async throws(StoreError)
    /// Ends every session of a user.
    func endSessions(userID: Int64) async throws(StoreError)

    /// Notes a failed sign-in for a username from an address.
    func recordFailedSignIn(username: String, address: String, at time: Int64) async throws(StoreError)
    /// The times of failed sign-ins at or after `since`, for the username (any case) and for the address.
    func failedSignIns(username: String, address: String, since: Int64) async throws(StoreError) -> (byUsername: [Int64], byAddress: [Int64])
}
