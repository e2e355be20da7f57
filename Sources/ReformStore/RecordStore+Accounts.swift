import ReformRecord

/// The web front end's part of the record: users, their sessions, and failed sign-ins. Kept with
/// the updates, so that several servers sharing one database share sessions and the count of
/// failed sign-ins too. Times are seconds since 1970, UTC; names match whatever their case.
extension RecordStore {
    /// Adds an account; a username already taken (in any case) is refused.
    ///
    /// - Returns: the account with its number.
    public func addUser(_ user: UserAccount) async throws(StoreError) -> UserAccount {
        let location = location
        return try await write { connection in
            if try await connection.first("SELECT id FROM user_account WHERE lower(username) = lower(\(bind: user.username))") != nil {
                throw StoreError(location: location, message: "there is already a user '\(user.username)' (usernames are the same whatever their case)")
            }
            var added = user
            added.id = try await connection.first(user.insertNew)?.int64("id")
            return added
        }
    }

    /// The account with this username (any case), if any.
    public func user(named username: String) async throws(StoreError) -> UserAccount? {
        try await read { connection in
            try await connection.first("SELECT \(raw: UserAccount.columnList) FROM user_account WHERE lower(username) = lower(\(bind: username))")
                .map(UserAccount.init(row:))
        }
    }

    /// The account with this number, if any.
    public func user(id: Int64) async throws(StoreError) -> UserAccount? {
        try await read { connection in
            try await connection.first("SELECT \(raw: UserAccount.columnList) FROM user_account WHERE id = \(bind: id)").map(UserAccount.init(row:))
        }
    }

    /// Every account, by username.
    public func users() async throws(StoreError) -> [UserAccount] {
        try await read { connection in
            try await connection.query("""
                SELECT \(raw: UserAccount.columnList) FROM user_account
                ORDER BY lower(username)\(dialect: { $0.byteOrder }), username\(dialect: { $0.byteOrder })
                """).map(UserAccount.init(row:))
        }
    }

    /// Saves an account's role, owners, password, email address and whether it is disabled; disabling it ends its sessions.
    public func updateUser(_ user: UserAccount) async throws(StoreError) {
        guard let id = user.id else { throw StoreError(location: location, message: "the user '\(user.username)' has not been added") }
        try await write { connection in
            try await connection.execute("""
                UPDATE user_account SET password_hash = \(bind: user.passwordHash), role = \(bind: user.role.rawValue),
                    owners = \(bind: StringListColumn.text(user.owners)), disabled = \(bind: user.disabled),
                    email = \(bind: user.email)
                WHERE id = \(bind: id)
                """)
            if user.disabled { try await connection.execute("DELETE FROM web_session WHERE user_id = \(bind: id)") }
        }
    }

    /// Starts a session, ending the one it replaces (the browser's session before signing in), in one transaction.
    public func startSession(_ session: WebSession, replacing previous: String?) async throws(StoreError) {
        try await write { connection in
            if let previous { try await connection.execute("DELETE FROM web_session WHERE token_hash = \(bind: previous)") }
            try await connection.execute(session.insert)
        }
    }

    /// The session whose token has this hash, if it has not been ended.
    public func session(tokenHash: String) async throws(StoreError) -> WebSession? {
        try await read { connection in
            try await connection.first("SELECT \(raw: WebSession.columnList) FROM web_session WHERE token_hash = \(bind: tokenHash)").map(WebSession.init(row:))
        }
    }

    /// Notes that the session was used at `time`.
    public func touchSession(tokenHash: String, at time: Int64) async throws(StoreError) {
        try await write { connection in
            try await connection.execute("UPDATE web_session SET last_seen_at = \(bind: time) WHERE token_hash = \(bind: tokenHash) AND last_seen_at < \(bind: time)")
        }
    }

    /// Ends one session (signing out, or found expired).
    public func endSession(tokenHash: String) async throws(StoreError) {
        try await write { connection in try await connection.execute("DELETE FROM web_session WHERE token_hash = \(bind: tokenHash)") }
    }

    /// Ends every session of a user.
    public func endSessions(userID: Int64) async throws(StoreError) {
        try await write { connection in try await connection.execute("DELETE FROM web_session WHERE user_id = \(bind: userID)") }
    }

    /// Counts a sign-in attempt before its password is checked, in one write with the check of
    /// how many came before: `decide` is given the times of earlier failures within the window for
    /// the name (any case), the address and the device (none without one) and says how long to
    /// wait, if the attempt must wait; otherwise the attempt is recorded as a failure, to be
    /// withdrawn if the password is right. However many attempts arrive at once, each sees those
    /// before it.
    ///
    /// - Returns: the recorded attempt's number, or the seconds to wait (nothing recorded).
    public func claimSignIn(username: String, address: String, device: String?, at time: Int64, since: Int64,
                            decide: @escaping @Sendable (_ byUsername: [Int64], _ byAddress: [Int64], _ byDevice: [Int64]) -> Int64?)
        async throws(StoreError) -> SignInClaim {
        let lock = database.dialect.lockSignInClaims
        return try await write { connection in
            if let lock { try await connection.execute(lock) }
            func times(_ statement: SQLStatement) async throws -> [Int64] { try await connection.query(statement).map { try $0.int64("at") } }
            let byUsername = try await times("SELECT at FROM failed_sign_in WHERE lower(username) = lower(\(bind: username)) AND device IS NULL AND at >= \(bind: since)")
            let byAddress = try await times("SELECT at FROM failed_sign_in WHERE address = \(bind: address) AND device IS NULL AND at >= \(bind: since)")
            var byDevice: [Int64] = []
            if let device { byDevice = try await times("SELECT at FROM failed_sign_in WHERE device = \(bind: device) AND at >= \(bind: since)") }
            if let wait = decide(byUsername, byAddress, byDevice) { return .wait(seconds: wait) }
            let id = try await connection.first("""
                INSERT INTO failed_sign_in (username, address, at, device) VALUES (\(bind: username), \(bind: address), \(bind: time), \(bind: device))
                RETURNING id
                """)?.int64("id") ?? 0
            return .claimed(id)
        }
    }

    /// Takes back a claimed attempt whose password was right: a sign-in is not a failure.
    public func withdrawSignInClaim(_ id: Int64) async throws(StoreError) {
        try await write { connection in try await connection.execute("DELETE FROM failed_sign_in WHERE id = \(bind: id)") }
    }

    /// Removes failed sign-ins at or before `failedBefore` and sessions idle since `idleSince` or
    /// started before `startedBefore`: what no longer counts, kept no longer.
    ///
    /// - Returns: how many of each were removed.
    public func prune(failedSignInsBefore failedBefore: Int64, sessionsIdleSince idleSince: Int64, sessionsStartedBefore startedBefore: Int64)
        async throws(StoreError) -> (failedSignIns: Int, sessions: Int) {
        try await write { connection in
            let failed = try await connection.first("SELECT count(*) AS n FROM failed_sign_in WHERE at <= \(bind: failedBefore)")?.int("n") ?? 0
            try await connection.execute("DELETE FROM failed_sign_in WHERE at <= \(bind: failedBefore)")
            let sessions = try await connection.first("""
                SELECT count(*) AS n FROM web_session WHERE last_seen_at < \(bind: idleSince) OR started_at < \(bind: startedBefore)
                """)?.int("n") ?? 0
            try await connection.execute("DELETE FROM web_session WHERE last_seen_at < \(bind: idleSince) OR started_at < \(bind: startedBefore)")
            return (failed, sessions)
        }
    }

    /// The times of failed sign-ins at or after `since`, for the username (any case) and for the address.
    public func failedSignIns(username: String, address: String, since: Int64) async throws(StoreError) -> (byUsername: [Int64], byAddress: [Int64]) {
        try await read { connection in
            (try await connection.query("SELECT at FROM failed_sign_in WHERE lower(username) = lower(\(bind: username)) AND at >= \(bind: since) ORDER BY at")
                .map { try $0.int64("at") },
             try await connection.query("SELECT at FROM failed_sign_in WHERE address = \(bind: address) AND at >= \(bind: since) ORDER BY at")
                .map { try $0.int64("at") })
        }
    }
}

extension RecordStore {
    /// Keeps what a form held when its session had ended, under the hash of a token its browser keeps.
    public func keepDraft(tokenHash: String, path: String, fields: String, at time: Int64) async throws(StoreError) {
        try await write { connection in
            try await connection.execute("""
                INSERT INTO form_draft (token_hash, path, fields, kept_at) VALUES (\(bind: tokenHash), \(bind: path), \(bind: fields), \(bind: time))
                """)
        }
    }

    /// The draft kept under `tokenHash` since `since` or later, removed as it is taken: a draft is shown once.
    public func takeDraft(tokenHash: String, since: Int64) async throws(StoreError) -> (path: String, fields: String)? {
        try await write { connection in
            let found = try await connection.first("SELECT path, fields, kept_at FROM form_draft WHERE token_hash = \(bind: tokenHash)")
            guard let found else { return nil }
            try await connection.execute("DELETE FROM form_draft WHERE token_hash = \(bind: tokenHash)")
            guard try found.int64("kept_at") >= since else { return nil }
            return (try found.text("path"), try found.text("fields"))
        }
    }

    /// Removes drafts kept before `before`.
    public func pruneDrafts(before: Int64) async throws(StoreError) -> Int {
        try await write { connection in
            let count = try await connection.first("SELECT count(*) AS n FROM form_draft WHERE kept_at < \(bind: before)")?.int("n") ?? 0
            try await connection.execute("DELETE FROM form_draft WHERE kept_at < \(bind: before)")
            return count
        }
    }
}

/// What came of counting a sign-in attempt.
public enum SignInClaim: Sendable, Equatable {
    /// Counted, as this failed sign-in's number until it is withdrawn.
    case claimed(Int64)
    /// Not counted: too many failures lately; try again after this many seconds.
    case wait(seconds: Int64)
}
