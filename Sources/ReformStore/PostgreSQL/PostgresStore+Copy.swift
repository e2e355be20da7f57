import Foundation
import NIOConcurrencyHelpers
import NIOCore
import PostgresNIO
import ReformModel

/// The whole PostgreSQL record read at once, written whole into an empty one, and backed up.
extension PostgresStore {
    public func snapshot() async throws(StoreError) -> RecordSnapshot {
        do {
            // REPEATABLE READ: every query of the transaction sees the record as at its first, whoever writes meanwhile.
            return try await transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { connection in
                let log = PostgresLog.quiet
                let events = try await PostgresRows.events(connection.query("SELECT \(unescaped: PostgresRows.eventColumns) FROM event ORDER BY id", logger: log))
                let runs = try await PostgresRows.reportRuns(connection.query("SELECT \(unescaped: PostgresRows.reportRunColumns) FROM report_run ORDER BY id", logger: log))
                var documents: [Int64: KeptDocument] = [:]
                for try await (run, fileName, mediaType, bytes) in try await connection.query(
                    "SELECT run_id, file_name, media_type, bytes FROM report_document", logger: log).decode((Int64, String, String, ByteBuffer).self) {
                    documents[run] = KeptDocument(fileName: fileName, mediaType: mediaType, bytes: Array(buffer: bytes))
                }
                let responses = try await PostgresRows.committeeResponses(connection.query(
                    "SELECT \(unescaped: PostgresRows.responseColumns) FROM committee_response ORDER BY id", logger: log))
                let users = try await PostgresRows.users(connection.query("SELECT \(unescaped: PostgresRows.userColumns) FROM user_account ORDER BY id", logger: log))
                let sessions = try await PostgresRows.sessions(connection.query(
                    "SELECT \(unescaped: PostgresRows.sessionColumns) FROM web_session ORDER BY started_at, token_hash", logger: log))
                var failures: [FailedSignIn] = []
                for try await (id, username, address, at) in try await connection.query(
                    "SELECT id, username, address, at FROM failed_sign_in ORDER BY id", logger: log).decode((Int64, String, String, Int64).self) {
                    failures.append(FailedSignIn(id: id, username: username, address: address, at: at))
                }
                return RecordSnapshot(events: events, reportRuns: runs, documents: documents, committeeResponses: responses, users: users,
                                      sessions: sessions, failedSignIns: failures)
            }
        } catch {
            throw StoreError.postgres(address, "cannot read it", error)
        }
    }

    public func restore(_ snapshot: RecordSnapshot) async throws(StoreError) {
        try await write { [location] connection in
            let log = PostgresLog.quiet
            try await Self.lockEvents(connection)
            for table in ["event", "report_run", "committee_response", "user_account", "web_session", "failed_sign_in"] {
                let rows = try await connection.query("SELECT EXISTS (SELECT 1 FROM \(unescaped: table))", logger: log)
                if try await PostgresRows.value(Bool.self, of: rows) == true {
                    throw StoreError(location: location, message: "the record here is not empty (it has rows in \(table)); copy into a new one, so that nothing is merged or replaced")
                }
            }
            let events = NIOLockedValueBox(snapshot.events.makeIterator())
            _ = try await Self.copyEvents(on: connection, numberingFrom: nil, progress: nil) { events.withLockedValue { $0.next() } }
            for run in snapshot.reportRuns {
                let recorded = try await Self.insert(run, on: connection)
                if let id = recorded.id, let document = snapshot.documents[id] { try await Self.insert(document, ofRun: id, on: connection) }
            }
            for response in snapshot.committeeResponses { _ = try await Self.insert(response, on: connection) }
            for user in snapshot.users {
                try await connection.query("""
                    INSERT INTO user_account (id, username, password_hash, role, owners, disabled, created_at)
                    VALUES (\(user.id), \(user.username), \(user.passwordHash), \(user.role.rawValue), \(AccountColumns.owners(user.owners)),
                            \(user.disabled), \(user.createdAt))
                    """, logger: log)
            }
            for session in snapshot.sessions {
                try await connection.query("""
                    INSERT INTO web_session (token_hash, user_id, csrf_token, started_at, last_seen_at)
                    VALUES (\(session.tokenHash), \(session.userID), \(session.csrfToken), \(session.startedAt), \(session.lastSeenAt))
                    """, logger: log)
            }
            for failure in snapshot.failedSignIns {
                try await connection.query("""
                    INSERT INTO failed_sign_in (id, username, address, at) VALUES (\(failure.id), \(failure.username), \(failure.address), \(failure.at))
                    """, logger: log)
            }
            // The sequences go on from the highest number copied, so the next row written is numbered after them.
            for table in ["event", "report_run", "committee_response", "user_account", "failed_sign_in"] {
                try await connection.query("""
                    SELECT setval('\(unescaped: table)_id_seq', coalesce((SELECT max(id) FROM \(unescaped: table)), 1), (SELECT max(id) FROM \(unescaped: table)) IS NOT NULL)
                    """, logger: log)
            }
        }
    }

    /// Writes a consistent snapshot (one REPEATABLE READ transaction) as a SQLite record at
    /// `destination`: a portable file that opens as a record, and restores into PostgreSQL with `reform store copy`.
    public func backup(to destination: String) async throws(StoreError) {
        let snapshot = try await snapshot()
        do throws(StoreError) {
            guard let copy = try SQLiteStore.open(path: destination, access: .write(create: true)) else {
                throw StoreError(location: destination, message: "the backup file could not be made")
            }
            try await copy.restore(snapshot)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            throw StoreError(location: location, message: "the backup to \(destination) failed (\(error.message)); nothing of the record was changed")
        }
    }
}
