import ReformModel
import ReformRecord

/// The record of what happened since the plan's baseline: progress updates and their voids,
/// report runs and their documents, committee responses, and the web front end's users,
/// sessions and failed sign-ins.
///
/// One store, whatever database keeps it: every statement here is written once, and each
/// database (`SQLDatabase`) supplies only what differs in its SQL (`SQLDialect`). Events and
/// responses are only ever appended, which the database itself enforces; each write is one
/// transaction, all or nothing.
public final class RecordStore: Sendable {
    let database: any SQLDatabase
    /// Whether it was opened to read only: a command that only reads never writes.
    let readOnly: Bool

    /// Where the record is, as a person would name it (a path, or a database URL without its password).
    public var location: String { database.location }

    init(database: any SQLDatabase, readOnly: Bool) {
        self.database = database
        self.readOnly = readOnly
    }

    /// Lets go of the database's connections (a PostgreSQL record's pool stops).
    public func close() async {
        await database.close()
    }

    /// The value of a read, its failures as the record's errors.
    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws(StoreError) -> T {
        do { return try await database.read(body) } catch { throw database.storeError("cannot read it", error) }
    }

    /// The value of a write, in one transaction; its failures as the record's errors, a `StoreError` it throws as it is.
    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws(StoreError) -> T {
        guard !readOnly else { throw StoreError(location: location, message: "opened to read only, so nothing was recorded") }
        do { return try await database.write(body) } catch { throw database.storeError("cannot write to it, so nothing was recorded", error) }
    }

    // MARK: How far the record has got

    /// How far the record has got, cheaply: what a cache of anything read from it checks.
    public func version() async throws(StoreError) -> RecordVersion {
        try await read { connection in
            let row = try await connection.first("""
                SELECT (SELECT coalesce(max(id), 0) FROM event) AS event, (SELECT coalesce(max(id), 0) FROM report_run) AS run,
                       (SELECT coalesce(max(id), 0) FROM report_decision) AS decision,
                       (SELECT coalesce(max(id), 0) FROM plan_revision) AS revision, (SELECT coalesce(max(id), 0) FROM plan_baseline) AS baseline,
                       (SELECT coalesce(max(id), 0) FROM update_round) AS round, (SELECT count(*) FROM round_closing) AS closed,
                       (SELECT coalesce(max(id), 0) FROM sign_off_decision) AS sign_off
                """)
            return RecordVersion(lastEvent: try row?.int64("event") ?? 0, lastReportRun: try row?.int64("run") ?? 0,
                                 lastReportDecision: try row?.int64("decision") ?? 0, lastPlanRevision: try row?.int64("revision") ?? 0,
                                 lastBaseline: try row?.int64("baseline") ?? 0, lastRound: try row?.int64("round") ?? 0,
                                 roundsClosed: try row?.int64("closed") ?? 0, lastSignOff: try row?.int64("sign_off") ?? 0)
        }
    }

    /// "ok" when the database finds itself sound and every trigger that keeps the record
    /// append-only is there (a table's owner can drop or disable one); otherwise what is wrong.
    public func integrityCheck() async throws(StoreError) -> String {
        let dialect = database.dialect
        let (soundness, triggers) = try await read { connection in
            (try await connection.first(dialect.integrityCheck)?.text("answer") ?? "no answer",
             Set(try await connection.query(dialect.enabledTriggers).map { try $0.text("name") }))
        }
        let missing = Migrations.guards.flatMap(dialect.triggerNames(of:)).filter { !triggers.contains($0) }
        guard missing.isEmpty else { return "the triggers \(missing.joined(separator: ", ")) are missing or disabled: the record is not protected from change" }
        return soundness
    }
}
