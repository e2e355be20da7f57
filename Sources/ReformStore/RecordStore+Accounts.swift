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

    /// Saves an account's role, owners, password and whether it is disabled; disabling it ends its sessions.
    public func updateUser(_ user: UserAccount) async throws(StoreError) {
        guard let id = user.id else { throw StoreError(location: location, message: "the user '\(user.username)' has not been added") }
        try await write { connection in
            try await connection.execute("""
                UPDATE user_account SET password_hash = \(bind: user.passwordHash), role = \(bind: user.role.rawValue),
                    owners = \(bind: AccountColumns.owners(user.owners)), disabled = \(bind: user.disabled)
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

    /// Notes a failed sign-in for a username from an address.
    public func recordFailedSignIn(username: String, address: String, at time: Int64) async throws(StoreError) {
        try await write { connection in
            try await connection.execute("INSERT INTO failed_sign_in (username, address, at) VALUES (\(bind: username), \(bind: address), \(bind: time))")
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
