import PostgresNIO

/// Users, sessions and failed sign-ins in the PostgreSQL record.
extension PostgresStore {
    public func addUser(_ user: UserAccount) async throws(StoreError) -> UserAccount {
        do {
            return try await write { connection in
                let rows = try await connection.query("""
                    INSERT INTO user_account (username, password_hash, role, owners, disabled, created_at)
                    VALUES (\(user.username), \(user.passwordHash), \(user.role.rawValue), \(AccountColumns.owners(user.owners)), \(user.disabled), \(user.createdAt))
                    RETURNING id
                    """, logger: PostgresLog.quiet)
                var added = user
                added.id = try await PostgresRows.value(Int64.self, of: rows)
                return added
            }
        } catch where error.message.contains("user_account_username") {
            throw StoreError(location: location, message: "there is already a user '\(user.username)' (usernames are the same whatever their case)")
        }
    }

    public func user(named username: String) async throws(StoreError) -> UserAccount? {
        try await read { connection in
            try await PostgresRows.users(connection.query(
                "SELECT \(unescaped: PostgresRows.userColumns) FROM user_account WHERE lower(username) = lower(\(username))", logger: PostgresLog.quiet)).first
        }
    }

    public func user(id: Int64) async throws(StoreError) -> UserAccount? {
        try await read { connection in
            try await PostgresRows.users(connection.query("SELECT \(unescaped: PostgresRows.userColumns) FROM user_account WHERE id = \(id)",
                                                          logger: PostgresLog.quiet)).first
        }
    }

    public func users() async throws(StoreError) -> [UserAccount] {
        try await read { connection in
            try await PostgresRows.users(connection.query(
                "SELECT \(unescaped: PostgresRows.userColumns) FROM user_account ORDER BY lower(username) COLLATE \"C\", username COLLATE \"C\"",
                logger: PostgresLog.quiet))
        }
    }

    public func updateUser(_ user: UserAccount) async throws(StoreError) {
        guard let id = user.id else { throw StoreError(location: location, message: "the user '\(user.username)' has not been added") }
        try await write { connection in
            try await connection.query("""
                UPDATE user_account SET password_hash = \(user.passwordHash), role = \(user.role.rawValue),
                    owners = \(AccountColumns.owners(user.owners)), disabled = \(user.disabled)
                WHERE id = \(id)
                """, logger: PostgresLog.quiet)
            if user.disabled { try await connection.query("DELETE FROM web_session WHERE user_id = \(id)", logger: PostgresLog.quiet) }
        }
    }

    public func startSession(_ session: WebSession, replacing previous: String?) async throws(StoreError) {
        try await write { connection in
            if let previous { try await connection.query("DELETE FROM web_session WHERE token_hash = \(previous)", logger: PostgresLog.quiet) }
            try await connection.query("""
                INSERT INTO web_session (token_hash, user_id, csrf_token, started_at, last_seen_at)
                VALUES (\(session.tokenHash), \(session.userID), \(session.csrfToken), \(session.startedAt), \(session.lastSeenAt))
                """, logger: PostgresLog.quiet)
        }
    }

    public func session(tokenHash: String) async throws(StoreError) -> WebSession? {
        try await read { connection in
            try await PostgresRows.sessions(connection.query(
                "SELECT \(unescaped: PostgresRows.sessionColumns) FROM web_session WHERE token_hash = \(tokenHash)", logger: PostgresLog.quiet)).first
        }
    }

    public func touchSession(tokenHash: String, at time: Int64) async throws(StoreError) {
        try await write { connection in
            try await connection.query("UPDATE web_session SET last_seen_at = \(time) WHERE token_hash = \(tokenHash) AND last_seen_at < \(time)",
                                       logger: PostgresLog.quiet)
        }
    }

    public func endSession(tokenHash: String) async throws(StoreError) {
        try await write { connection in try await connection.query("DELETE FROM web_session WHERE token_hash = \(tokenHash)", logger: PostgresLog.quiet) }
    }

    public func endSessions(userID: Int64) async throws(StoreError) {
        try await write { connection in try await connection.query("DELETE FROM web_session WHERE user_id = \(userID)", logger: PostgresLog.quiet) }
    }

    public func recordFailedSignIn(username: String, address: String, at time: Int64) async throws(StoreError) {
        try await write { connection in
            try await connection.query("INSERT INTO failed_sign_in (username, address, at) VALUES (\(username), \(address), \(time))", logger: PostgresLog.quiet)
        }
    }

    public func failedSignIns(username: String, address: String, since: Int64) async throws(StoreError) -> (byUsername: [Int64], byAddress: [Int64]) {
        try await read { connection in
            var byUsername: [Int64] = []
            for try await at in try await connection.query(
                "SELECT at FROM failed_sign_in WHERE lower(username) = lower(\(username)) AND at >= \(since) ORDER BY at", logger: PostgresLog.quiet)
                .decode(Int64.self) { byUsername.append(at) }
            var byAddress: [Int64] = []
            for try await at in try await connection.query(
                "SELECT at FROM failed_sign_in WHERE address = \(address) AND at >= \(since) ORDER BY at", logger: PostgresLog.quiet)
                .decode(Int64.self) { byAddress.append(at) }
            return (byUsername, byAddress)
        }
    }
}
