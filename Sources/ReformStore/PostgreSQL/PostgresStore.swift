import Foundation
import NIOConcurrencyHelpers
import PostgresNIO
import ReformModel

/// The record in a PostgreSQL database: for a council team sharing one record between several
/// people and server processes, on more than one machine.
///
/// It keeps SQLite's tables and guarantees: events and committee responses are append-only by
/// the database's own triggers, each write is one transaction, and writers of events take one
/// advisory lock, so that an update based on an older one is refused as a conflict and events are
/// numbered in the order they were committed.
public final class PostgresStore: RecordStore {
    /// Where the database is.
    public let address: PostgresAddress
    let connections: PostgresConnections
    /// Whether it was opened to read only: a command that only reads never writes.
    let readOnly: Bool

    public var location: String { address.description }

    /// Opens the record at `address` for `access`, bringing its schema up to date on first use.
    ///
    /// - Returns: `nil` when the database holds no record yet and `access` does not create one.
    /// - Throws: `StoreError` naming the server when it cannot be reached, the database is newer
    ///   than this tool, or the schema cannot be made.
    public static func open(_ address: PostgresAddress, access: StoreAccess) async throws(StoreError) -> PostgresStore? {
        let connections = PostgresPools.pool(for: address)
        do {
            let standing = try await connections.with { connection in try await PostgresMigrations.standing(on: connection) }
            switch standing {
            case .empty:
                guard case .write(create: true) = access else { return nil }
                try await connections.with { connection in try await PostgresMigrations.migrate(on: connection) }
            case .version(let version) where version > PostgresMigrations.latest:
                throw PostgresMigrations.NewerSchema()
            case .version(let version) where version < PostgresMigrations.latest:
                try await connections.with { connection in try await PostgresMigrations.migrate(on: connection) }
            case .version:
                break
            }
        } catch is PostgresMigrations.NewerSchema {
            throw StoreError.newerVersion(address.description)
        } catch {
            throw StoreError.postgres(address, "cannot open the record", error)
        }
        return PostgresStore(address: address, connections: connections, readOnly: access == .read)
    }

    private init(address: PostgresAddress, connections: PostgresConnections, readOnly: Bool) {
        self.address = address
        self.connections = connections
        self.readOnly = readOnly
    }

    @discardableResult
    public func append(_ events: [RecordedEvent]) async throws(StoreError) -> [RecordedEvent] {
        try await write { connection in
            try await Self.lockEvents(connection)
            var recorded: [RecordedEvent] = []
            recorded.reserveCapacity(events.count)
            for event in events { recorded.append(try await Self.insert(event, on: connection)) }
            return recorded
        }
    }

    public func events(action: String?, since: CalendarDay?, by: String?) async throws(StoreError) -> [RecordedEvent] {
        let events = try await read { connection in
            try await PostgresRows.events(connection.query("""
                SELECT \(unescaped: PostgresRows.eventColumns) FROM event
                WHERE (\(action)::text IS NULL OR action = \(action)) AND (\(since?.iso)::text IS NULL OR day >= \(since?.iso))
                ORDER BY id
                """, logger: PostgresLog.quiet))
        }
        guard let by else { return events }
        // Names match without regard to case, as on SQLite: Swift folds the case, whatever the server's locale.
        let wanted = by.lowercased()
        return events.filter { $0.recordedBy.lowercased() == wanted }
    }

    public func event(id: Int64) async throws(StoreError) -> RecordedEvent? {
        try await read { connection in
            try await PostgresRows.events(connection.query("SELECT \(unescaped: PostgresRows.eventColumns) FROM event WHERE id = \(id)",
                                                           logger: PostgresLog.quiet)).first
        }
    }

    public func voids() async throws(StoreError) -> [Int64: RecordedEvent] {
        let voids = try await read { connection in
            try await PostgresRows.events(connection.query("SELECT \(unescaped: PostgresRows.eventColumns) FROM event WHERE voids IS NOT NULL ORDER BY id",
                                                           logger: PostgresLog.quiet))
        }
        return Dictionary(voids.map { ($0.voids!, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func updates(action: String?) async throws(StoreError) -> [ProgressUpdate] {
        try await read { connection in
            try await PostgresRows.events(connection.query("""
                SELECT \(unescaped: PostgresRows.eventColumns) FROM event
                WHERE voids IS NULL AND NOT EXISTS (SELECT 1 FROM event v WHERE v.voids = event.id)
                  AND (\(action)::text IS NULL OR action = \(action))
                ORDER BY day, id
                """, logger: PostgresLog.quiet)).compactMap(\.update)
        }
    }

    public func eventCounts() async throws(StoreError) -> [String: Int] {
        try await read { connection in
            var counts: [String: Int] = [:]
            for try await (action, count) in try await connection.query("SELECT action, count(*) FROM event GROUP BY action", logger: PostgresLog.quiet)
                .decode((String, Int).self) { counts[action] = count }
            return counts
        }
    }

    public func latestStates() async throws(StoreError) -> [LatestState] {
        try await read { connection in
            var states: [LatestState] = []
            for try await (action, status, progress, due, lastDay) in try await connection.query(PostgresQuery(unsafeSQL: Self.latestStatesSQL),
                                                                                                    logger: PostgresLog.quiet)
                .decode((String, String?, Int?, String?, String).self) {
                states.append(LatestState(action: action, status: status.flatMap(Action.Status.init(rawValue:)), progress: progress, due: due, lastDay: lastDay))
            }
            return states
        }
    }

    /// The latest state of every action, as on SQLite; the benchmark runs the same SQL in psql.
    public static let latestStatesSQL = """
        SELECT a.action AS action,
          (SELECT status_new FROM live_event e WHERE e.action = a.action AND status_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS status,
          (SELECT progress_new FROM live_event e WHERE e.action = a.action AND progress_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS progress,
          (SELECT due_new FROM live_event e WHERE e.action = a.action AND due_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS due,
          (SELECT max(day) FROM live_event e WHERE e.action = a.action) AS last_day
        FROM (SELECT DISTINCT action FROM live_event) a ORDER BY a.action COLLATE "C"
        """

    public func record(_ run: ReportRun) async throws(StoreError) {
        _ = try await write { connection in try await Self.insert(run, on: connection) }
    }

    public func reportRuns() async throws(StoreError) -> [ReportRun] {
        try await read { connection in
            try await PostgresRows.reportRuns(connection.query("SELECT \(unescaped: PostgresRows.reportRunColumns) FROM report_run ORDER BY id DESC",
                                                               logger: PostgresLog.quiet))
        }
    }

    public func lastReport(plugin: String, onOrBefore day: CalendarDay) async throws(StoreError) -> ReportRun? {
        try await read { connection in
            try await PostgresRows.reportRuns(connection.query("""
                SELECT \(unescaped: PostgresRows.reportRunColumns) FROM report_run
                WHERE plugin = \(plugin) AND output_path IS NOT NULL AND as_of <= \(day.iso)
                ORDER BY as_of DESC, id DESC LIMIT 1
                """, logger: PostgresLog.quiet)).first
        }
    }

    public func version() async throws(StoreError) -> RecordVersion {
        try await read { connection in
            var version = RecordVersion(lastEvent: 0, lastReportRun: 0)
            for try await (event, run) in try await connection.query(
                "SELECT (SELECT coalesce(max(id), 0) FROM event), (SELECT coalesce(max(id), 0) FROM report_run)", logger: PostgresLog.quiet)
                .decode((Int64, Int64).self) { version = RecordVersion(lastEvent: event, lastReportRun: run) }
            return version
        }
    }

    /// "ok" when the schema is this tool's and every trigger that keeps the record append-only is
    /// there and enabled (a table's owner can disable one); otherwise which are not.
    public func integrityCheck() async throws(StoreError) -> String {
        let guards = ["event_is_append_only", "event_is_never_emptied", "event_void_is_of_an_update", "report_document_is_kept",
                      "committee_response_is_append_only", "committee_response_is_never_emptied"]
        let enabled = try await read { connection in
            var names: Set<String> = []
            for try await name in try await connection.query("SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'",
                                                             logger: PostgresLog.quiet).decode(String.self) { names.insert(name) }
            return names
        }
        let missing = guards.filter { !enabled.contains($0) }
        return missing.isEmpty ? "ok" : "the triggers \(missing.joined(separator: ", ")) are missing or disabled: the record is not protected from change"
    }

    // MARK: Transactions

    /// Runs `body` on a pooled connection, outside any explicit transaction: one statement's reads.
    func read<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do { return try await connections.with(body) } catch { throw StoreError.postgres(address, "cannot read it", error) }
    }

    /// Runs `body` in one transaction (`begin` starts it), committed when it returns and rolled back
    /// when it throws; a `StoreError` it throws comes out as it is.
    func write<T: Sendable>(begin: String = "BEGIN", _ body: @Sendable (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        guard !readOnly else { throw StoreError(location: location, message: "opened to read only, so nothing was recorded") }
        do {
            return try await transaction(begin: begin, body)
        } catch {
            throw StoreError.postgres(address, "cannot write to it, so nothing was recorded", error)
        }
    }

    /// `body` in a transaction, with errors as they were thrown.
    func transaction<T: Sendable>(begin: String, _ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await connections.with { connection in
            try await connection.query(PostgresQuery(unsafeSQL: begin), logger: PostgresLog.quiet)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: PostgresLog.quiet)
                return value
            } catch {
                // A closed connection's transaction is gone with it (the server rolled it back); one that cannot roll
                // back is closed rather than lent again. Either way the first error is the one to tell.
                if connection.isClosed { throw PostgresBrokenConnection(underlying: error) }
                do { try await connection.query("ROLLBACK", logger: PostgresLog.quiet) } catch _ { throw PostgresBrokenConnection(underlying: error) }
                throw error
            }
        }
    }

    /// Makes every other writer of events wait until this transaction ends, so that a check and
    /// the write after it are never split, and numbers follow the order of commits.
    static func lockEvents(_ connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(eventWriters))", logger: PostgresLog.quiet)
    }

    /// The advisory lock that writers of events hold: "events" in ASCII.
    private static let eventWriters: Int64 = 0x6576_656E_7473

    /// Inserts one event and returns it with its number.
    static func insert(_ event: RecordedEvent, on connection: PostgresConnection) async throws -> RecordedEvent {
        let rows = try await connection.query("""
            INSERT INTO event (action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new,
                               progress_old, progress_new, due_old, due_new, origin, voids, reason)
            VALUES (\(event.action), \(event.occurredAt), \(event.day), \(event.recordedAt), \(event.recordedBy), \(event.note),
                    \(event.statusOld?.rawValue), \(event.statusNew?.rawValue), \(event.progressOld), \(event.progressNew),
                    \(event.dueOld), \(event.dueNew), \(event.origin.rawValue), \(event.voids), \(event.reason))
            RETURNING id
            """, logger: PostgresLog.quiet)
        var recorded = event
        recorded.id = try await PostgresRows.value(Int64.self, of: rows)
        return recorded
    }

    /// Inserts one report run (with its number, when it has one) and returns it numbered.
    static func insert(_ run: ReportRun, on connection: PostgresConnection) async throws -> ReportRun {
        let rows = try await connection.query("""
            INSERT INTO report_run (id, plugin, plugin_version, format, as_of, since, generated_at, output_sha256, output_bytes, output_path, actions, run_by)
            VALUES (coalesce(\(run.id), nextval('report_run_id_seq')), \(run.plugin), \(run.pluginVersion), \(run.format), \(run.asOf), \(run.since), \(run.generatedAt), \(run.outputSHA256),
                    \(run.outputBytes), \(run.outputPath), \(run.actions), \(run.runBy))
            RETURNING id
            """, logger: PostgresLog.quiet)
        var recorded = run
        recorded.id = try await PostgresRows.value(Int64.self, of: rows)
        return recorded
    }
}

/// The pools of this process, one per database: every store opened on one address shares its
/// connections, so a server that opens the record for each request does not open new ones.
enum PostgresPools {
    private static let pools = NIOLockedValueBox<[PostgresAddress: PostgresConnections]>([:])

    /// The pool for `address`, made on first use.
    static func pool(for address: PostgresAddress) -> PostgresConnections {
        pools.withLockedValue { pools in
            if let pool = pools[address] { return pool }
            let pool = PostgresConnections(address: address)
            pools[address] = pool
            return pool
        }
    }
}
