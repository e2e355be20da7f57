import ReformModel
import ReformRecord

/// Report runs with the documents kept for downloading, and the council's responses to the committee.
extension RecordStore {
    /// Records a report run, with its document kept in the record for downloading where one is
    /// given, and issued to the committee where `issuedBy` names who issued it (else a draft).
    ///
    /// - Returns: the run with its number and state.
    @discardableResult
    public func record(_ run: ReportRun, document: KeptDocument? = nil, issuedBy: String? = nil) async throws(StoreError) -> ReportRun {
        try await write { connection in
            var recorded = run
            recorded.id = try await connection.first(run.insertNew)?.int64("id")
            if let document {
                try await connection.execute("""
                    INSERT INTO report_document (run_id, file_name, media_type, bytes)
                    VALUES (\(bind: recorded.id), \(bind: document.fileName), \(bind: document.mediaType), \(bind: document.bytes))
                    """)
            }
            recorded.state = .draft
            if let issuedBy, let id = recorded.id {
                _ = try await connection.first(ReportDecision(run: id, outcome: .issued, decidedBy: issuedBy, decidedAt: run.generatedAt).insertNew)
                recorded.state = .issued
            }
            return recorded
        }
    }

    /// Appends a decision on a run (issued or discarded); its latest decision stands.
    public func record(_ decision: ReportDecision) async throws(StoreError) -> ReportDecision {
        try await write { connection in
            var recorded = decision
            recorded.id = try await connection.first(decision.insertNew)?.int64("id")
            return recorded
        }
    }

    /// Every decision on `run`, in the order recorded.
    public func decisions(ofRun run: Int64) async throws(StoreError) -> [ReportDecision] {
        try await read { connection in
            try await connection.query("SELECT \(raw: ReportDecision.columnList) FROM report_decision WHERE run_id = \(bind: run) ORDER BY id")
                .map(ReportDecision.init(row:))
        }
    }

    /// Every report run, newest first, each in its state.
    public func reportRuns() async throws(StoreError) -> [ReportRun] {
        try await read { connection in
            try await connection.query("SELECT \(raw: ReportRun.columnList), \(raw: Self.runState) AS state FROM report_run ORDER BY id DESC").map(Self.run(row:))
        }
    }

    /// One report run in its state, if there is one of that number.
    public func reportRun(_ id: Int64) async throws(StoreError) -> ReportRun? {
        try await read { connection in
            try await connection.first("SELECT \(raw: ReportRun.columnList), \(raw: Self.runState) AS state FROM report_run WHERE id = \(bind: id)")
                .map(Self.run(row:))
        }
    }

    /// A run's state in SQL over `report_run`: its latest decision's, or a draft.
    private static let runState = "coalesce((SELECT d.state FROM report_decision d WHERE d.run_id = report_run.id ORDER BY d.id DESC LIMIT 1), 'draft')"

    private static func run(row: SQLRow) throws -> ReportRun {
        var run = try ReportRun(row: row)
        run.state = ReportRun.State(rawValue: try row.text("state")) ?? .draft
        return run
    }

    /// The document kept with a run, if one was.
    public func document(ofRun run: Int64) async throws(StoreError) -> KeptDocument? {
        try await read { connection in
            try await connection.first("SELECT file_name, media_type, bytes FROM report_document WHERE run_id = \(bind: run)").map { row in
                KeptDocument(fileName: try row.text("file_name"), mediaType: try row.text("media_type"), bytes: try row.blob("bytes"))
            }
        }
    }

    /// The name, media type and size in bytes of the document kept with a run, if one still is:
    /// what a download sends first, before the bytes in chunks (`documentChunk`).
    public func documentInfo(ofRun run: Int64) async throws(StoreError) -> (fileName: String, mediaType: String, size: Int)? {
        try await read { connection in
            try await connection.first("SELECT file_name, media_type, length(bytes) AS size FROM report_document WHERE run_id = \(bind: run)").map { row in
                (try row.text("file_name"), try row.text("media_type"), try row.int("size"))
            }
        }
    }

    /// Up to `count` bytes of a run's kept document from `offset` (0 the first byte): a download
    /// reads a large document a piece at a time, never whole.
    public func documentChunk(ofRun run: Int64, from offset: Int, count: Int) async throws(StoreError) -> [UInt8] {
        try await read { connection in
            try await connection.first("""
                SELECT substr(bytes, CAST(\(bind: Int64(offset + 1)) AS INTEGER), CAST(\(bind: Int64(count)) AS INTEGER)) AS part FROM report_document WHERE run_id = \(bind: run)
                """)?.blob("part") ?? []
        }
    }

    /// Removes the documents kept with runs made before `generatedBefore` (a timestamp); the runs
    /// stay, with their SHA-256. What a server's retention setting does.
    ///
    /// - Returns: how many documents were removed.
    public func removeDocuments(ofRunsGeneratedBefore generatedBefore: String) async throws(StoreError) -> Int {
        try await write { connection in
            let selection: SQLStatement = "FROM report_document WHERE run_id IN (SELECT id FROM report_run WHERE generated_at < \(bind: generatedBefore))"
            let count = try await connection.first("SELECT count(*) AS n \(selection)")?.int("n") ?? 0
            try await connection.execute("DELETE \(selection)")
            return count
        }
    }

    /// The latest report of a plugin issued to the committee and as at `day` or earlier: what
    /// "since the last report" means. Drafts and discarded runs do not count.
    public func lastReport(plugin: String, onOrBefore day: CalendarDay) async throws(StoreError) -> ReportRun? {
        try await read { connection in
            try await connection.first("""
                SELECT \(raw: ReportRun.columnList), \(raw: Self.runState) AS state FROM report_run
                WHERE plugin = \(bind: plugin) AND as_of <= \(bind: day.iso) AND \(raw: Self.runState) = 'issued'
                ORDER BY as_of DESC, id DESC LIMIT 1
                """).map(Self.run(row:))
        }
    }

    /// Appends a response to a committee resolution; the latest for a resolution stands.
    public func record(_ response: CommitteeResponse) async throws(StoreError) -> CommitteeResponse {
        try await write { connection in
            var recorded = response
            recorded.id = try await connection.first(response.insertNew)?.int64("id")
            return recorded
        }
    }

    /// Every response recorded, in the order recorded.
    public func committeeResponses() async throws(StoreError) -> [CommitteeResponse] {
        try await read { connection in
            try await connection.query("SELECT \(raw: CommitteeResponse.columnList) FROM committee_response ORDER BY id").map(CommitteeResponse.init(row:))
        }
    }
}
