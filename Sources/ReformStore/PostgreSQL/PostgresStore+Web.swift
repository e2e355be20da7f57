import NIOCore
import PostgresNIO
import ReformModel

/// What the web front end writes to the PostgreSQL record beyond updates: updates based on what
/// the form showed, report runs with their documents, and committee responses.
extension PostgresStore {
    public func append(_ event: RecordedEvent, basedOn base: Int64?) async throws(StoreError) -> RecordedEvent {
        try await write { [location] connection in
            // The advisory lock is held to the commit, so no other writer of events comes between the check and the insert.
            try await Self.lockEvents(connection)
            let latest = try await PostgresRows.value(Int64.self, of: connection.query("SELECT max(id) FROM event WHERE action = \(event.action)",
                                                                                        logger: PostgresLog.quiet))
            guard latest == base else {
                throw StoreError(location: location, message: "another update of \(event.action) was recorded meanwhile (event \(latest ?? 0)); nothing was recorded",
                                 conflict: .init(latestEvent: latest))
            }
            return try await Self.insert(event, on: connection)
        }
    }

    public func record(_ run: ReportRun, document: KeptDocument) async throws(StoreError) -> ReportRun {
        try await write { connection in
            let recorded = try await Self.insert(run, on: connection)
            try await Self.insert(document, ofRun: recorded.id ?? 0, on: connection)
            return recorded
        }
    }

    public func document(ofRun run: Int64) async throws(StoreError) -> KeptDocument? {
        try await read { connection in
            var document: KeptDocument?
            for try await (fileName, mediaType, bytes) in try await connection.query(
                "SELECT file_name, media_type, bytes FROM report_document WHERE run_id = \(run)", logger: PostgresLog.quiet)
                .decode((String, String, ByteBuffer).self) {
                document = KeptDocument(fileName: fileName, mediaType: mediaType, bytes: Array(buffer: bytes))
            }
            return document
        }
    }

    public func record(_ response: CommitteeResponse) async throws(StoreError) -> CommitteeResponse {
        try await write { connection in try await Self.insert(response, on: connection) }
    }

    public func committeeResponses() async throws(StoreError) -> [CommitteeResponse] {
        try await read { connection in
            try await PostgresRows.committeeResponses(connection.query(
                "SELECT \(unescaped: PostgresRows.responseColumns) FROM committee_response ORDER BY id", logger: PostgresLog.quiet))
        }
    }

    /// Inserts a kept document for the run numbered `run`.
    static func insert(_ document: KeptDocument, ofRun run: Int64, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO report_document (run_id, file_name, media_type, bytes)
            VALUES (\(run), \(document.fileName), \(document.mediaType), \(ByteBuffer(bytes: document.bytes)))
            """, logger: PostgresLog.quiet)
    }

    /// Inserts a committee response (with its number, when it has one) and returns it numbered.
    static func insert(_ response: CommitteeResponse, on connection: PostgresConnection) async throws -> CommitteeResponse {
        let rows = try await connection.query("""
            INSERT INTO committee_response (id, resolution, response, status, recorded_by, recorded_at)
            VALUES (coalesce(\(response.id), nextval('committee_response_id_seq')), \(response.resolution), \(response.response),
                    \(response.status.rawValue), \(response.recordedBy), \(response.recordedAt))
            RETURNING id
            """, logger: PostgresLog.quiet)
        var recorded = response
        recorded.id = try await PostgresRows.value(Int64.self, of: rows)
        return recorded
    }
}
