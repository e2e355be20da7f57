import Foundation
import GRDB
import ReformModel

/// The whole SQLite record read at once, and written whole into an empty one: `reform store copy`.
extension SQLiteStore {
    public func snapshot() async throws(StoreError) -> RecordSnapshot {
        // One read is one transaction: in WAL mode it sees the record as at its start, whoever writes meanwhile.
        try await read { db in
            let documents = try Row.fetchAll(db, sql: "SELECT * FROM report_document").map { row in
                (row["run_id"] as Int64, KeptDocument(fileName: row["file_name"], mediaType: row["media_type"], bytes: [UInt8](row["bytes"] as Data)))
            }
            return RecordSnapshot(
                events: try RecordedEvent.order(Column("id")).fetchAll(db),
                reportRuns: try ReportRun.order(Column("id")).fetchAll(db),
                documents: Dictionary(documents, uniquingKeysWith: { first, _ in first }),
                committeeResponses: try Row.fetchAll(db, sql: "SELECT * FROM committee_response ORDER BY id").map(Self.committeeResponse),
                users: try Row.fetchAll(db, sql: "SELECT * FROM user_account ORDER BY id").map(AccountColumns.user),
                sessions: try Row.fetchAll(db, sql: "SELECT * FROM web_session ORDER BY started_at, token_hash").map(Self.session),
                failedSignIns: try Row.fetchAll(db, sql: "SELECT * FROM failed_sign_in ORDER BY id").map { row in
                    FailedSignIn(id: row["id"], username: row["username"], address: row["address"], at: row["at"])
                })
        }
    }

    public func restore(_ snapshot: RecordSnapshot) async throws(StoreError) {
        let outcome: Result<Void, StoreError> = try await write { [path] db in
            let tables = ["event", "report_run", "committee_response", "user_account", "web_session", "failed_sign_in"]
            for table in tables where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true {
                return .failure(StoreError(location: path, message: "the record here is not empty (it has rows in \(table)); copy into a new one, so that nothing is merged or replaced"))
            }
            let event = try db.makeStatement(sql: SQLiteRecords.insertEventNumbered)
            for recorded in snapshot.events {
                try event.execute(arguments: [recorded.id] + SQLiteRecords.arguments(of: recorded))
            }
            for run in snapshot.reportRuns {
                try run.insert(db)
                if let id = run.id, let document = snapshot.documents[id] { try Self.insert(document, ofRun: id, in: db) }
            }
            for response in snapshot.committeeResponses { _ = try Self.insert(response, in: db) }
            for user in snapshot.users {
                try db.execute(sql: """
                    INSERT INTO user_account (id, username, password_hash, role, owners, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [user.id, user.username, user.passwordHash, user.role.rawValue, AccountColumns.owners(user.owners), user.disabled, user.createdAt])
            }
            for session in snapshot.sessions {
                try db.execute(sql: "INSERT INTO web_session (token_hash, user_id, csrf_token, started_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [session.tokenHash, session.userID, session.csrfToken, session.startedAt, session.lastSeenAt])
            }
            for failure in snapshot.failedSignIns {
                try db.execute(sql: "INSERT INTO failed_sign_in (id, username, address, at) VALUES (?, ?, ?, ?)",
                               arguments: [failure.id, failure.username, failure.address, failure.at])
            }
            return .success(())
        }
        try outcome.get()
    }

    static func committeeResponse(_ row: Row) -> CommitteeResponse {
        CommitteeResponse(id: row["id"], resolution: row["resolution"], response: row["response"],
                          status: Resolution.Status(rawValue: row["status"]) ?? .open, recordedBy: row["recorded_by"], recordedAt: row["recorded_at"])
    }

    static func session(_ row: Row) -> WebSession {
        WebSession(tokenHash: row["token_hash"], userID: row["user_id"], csrfToken: row["csrf_token"], startedAt: row["started_at"], lastSeenAt: row["last_seen_at"])
    }
}
