import Foundation
import GRDB
import ReformModel

/// What the web front end writes to the SQLite record beyond updates: updates based on what the
/// form showed, report runs with their documents, and committee responses.
extension SQLiteStore {
    public func append(_ event: RecordedEvent, basedOn base: Int64?) async throws(StoreError) -> RecordedEvent {
        let outcome: Result<RecordedEvent, StoreError> = try await write { [path] db in
            // The write transaction holds the database's write lock, so no other writer comes between the check and the insert.
            let latest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM event WHERE action = ?", arguments: [event.action])
            guard latest == base else {
                return .failure(StoreError(location: path, message: "another update of \(event.action) was recorded meanwhile (event \(latest ?? 0)); nothing was recorded",
                                           conflict: .init(latestEvent: latest)))
            }
            try db.execute(sql: SQLiteRecords.insertEvent, arguments: SQLiteRecords.arguments(of: event))
            var recorded = event
            recorded.id = db.lastInsertedRowID
            return .success(recorded)
        }
        return try outcome.get()
    }

    public func record(_ run: ReportRun, document: KeptDocument) async throws(StoreError) -> ReportRun {
        try await write { db in
            try run.insert(db)
            var recorded = run
            recorded.id = db.lastInsertedRowID
            try Self.insert(document, ofRun: db.lastInsertedRowID, in: db)
            return recorded
        }
    }

    public func document(ofRun run: Int64) async throws(StoreError) -> KeptDocument? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM report_document WHERE run_id = ?", arguments: [run]).map { row in
                KeptDocument(fileName: row["file_name"], mediaType: row["media_type"], bytes: [UInt8](row["bytes"] as Data))
            }
        }
    }

    public func record(_ response: CommitteeResponse) async throws(StoreError) -> CommitteeResponse {
        try await write { db in
            var recorded = response
            recorded.id = try Self.insert(response, in: db)
            return recorded
        }
    }

    public func committeeResponses() async throws(StoreError) -> [CommitteeResponse] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM committee_response ORDER BY id").map(Self.committeeResponse)
        }
    }

    /// Inserts a kept document for the run numbered `run`.
    static func insert(_ document: KeptDocument, ofRun run: Int64, in db: Database) throws {
        try db.execute(sql: "INSERT INTO report_document (run_id, file_name, media_type, bytes) VALUES (?, ?, ?, ?)",
                       arguments: [run, document.fileName, document.mediaType, Data(document.bytes)])
    }

    /// Inserts a committee response, keeping its number when it has one, and returns the number.
    static func insert(_ response: CommitteeResponse, in db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO committee_response (id, resolution, response, status, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [response.id, response.resolution, response.response, response.status.rawValue, response.recordedBy, response.recordedAt])
        return db.lastInsertedRowID
    }
}
