import Foundation
import GRDB

/// Users, sessions and failed sign-ins in the SQLite record.
extension SQLiteStore {
    public func addUser(_ user: UserAccount) async throws(StoreError) -> UserAccount {
        let taken = try await read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM user_account WHERE username = ?)", arguments: [user.username]) ?? false
        }
        if taken { throw StoreError(location: path, message: "there is already a user '\(user.username)' (usernames are the same whatever their case)") }
        return try await write { db in
            try db.execute(sql: """
                INSERT INTO user_account (username, password_hash, role, owners, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [user.username, user.passwordHash, user.role.rawValue, AccountColumns.owners(user.owners), user.disabled, user.createdAt])
            var added = user
            added.id = db.lastInsertedRowID
            return added
        }
    }

    public func user(named username: String) async throws(StoreError) -> UserAccount? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM user_account WHERE username = ?", arguments: [username]).map(AccountColumns.user)
        }
    }

    public func user(id: Int64) async throws(StoreError) -> UserAccount? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM user_account WHERE id = ?", arguments: [id]).map(AccountColumns.user) }
    }

    public func users() async throws(StoreError) -> [UserAccount] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM user_account ORDER BY username COLLATE NOCASE").map(AccountColumns.user) }
    }

    public func updateUser(_ user: UserAccount) async throws(StoreError) {
        guard let id = user.id else { throw StoreError(location: path, message: "the user '\(user.username)' has not been added") }
        try await write { db in
            try db.execute(sql: "UPDATE user_account SET password_hash = ?, role = ?, owners = ?, disabled = ? WHERE id = ?",
                           arguments: [user.passwordHash, user.role.rawValue, AccountColumns.owners(user.owners), user.disabled, id])
            if user.disabled { try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [id]) }
        }
    }

    public func startSession(_ session: WebSession, replacing previous: String?) async throws(StoreError) {
        try await write { db in
            if let previous { try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [previous]) }
            try db.execute(sql: "INSERT INTO web_session (token_hash, user_id, csrf_token, started_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [session.tokenHash, session.userID, session.csrfToken, session.startedAt, session.lastSeenAt])
        }
    }

    public func session(tokenHash: String) async throws(StoreError) -> WebSession? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM web_session WHERE token_hash = ?", arguments: [tokenHash]).map(Self.session)
        }
    }

    public func touchSession(tokenHash: String, at time: Int64) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "UPDATE web_session SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?", arguments: [time, tokenHash, time])
        }
    }

    public func endSession(tokenHash: String) async throws(StoreError) {
        try await write { db in try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func endSessions(userID: Int64) async throws(StoreError) {
        try await write { db in try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [userID]) }
    }

    public func recordFailedSignIn(username: String, address: String, at time: Int64) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "INSERT INTO failed_sign_in (username, address, at) VALUES (?, ?, ?)", arguments: [username, address, time])
        }
    }

    public func failedSignIns(username: String, address: String, since: Int64) async throws(StoreError) -> (byUsername: [Int64], byAddress: [Int64]) {
        try await read { db in
            let byUsername = try Int64.fetchAll(db, sql: "SELECT at FROM failed_sign_in WHERE username = ? AND at >= ? ORDER BY at",
                                                arguments: [username, since])
            let byAddress = try Int64.fetchAll(db, sql: "SELECT at FROM failed_sign_in WHERE address = ? AND at >= ? ORDER BY at",
                                               arguments: [address, since])
            return (byUsername, byAddress)
        }
    }
}

extension AccountColumns {
    /// An account from its SQLite row.
    static func user(_ row: Row) -> UserAccount {
        UserAccount(id: row["id"], username: row["username"], passwordHash: row["password_hash"], role: Role(rawValue: row["role"]) ?? .viewer,
                    owners: owners(json: row["owners"]), disabled: row["disabled"], createdAt: row["created_at"])
    }
}
