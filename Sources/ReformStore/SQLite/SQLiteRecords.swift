import GRDB
import ReformModel

/// How the record's types sit in SQLite's tables: their GRDB conformances and the statements
/// written by hand for speed.
enum SQLiteRecords {
    /// One event's insert, prepared once per transaction.
    static let insertEvent = """
        INSERT INTO event (action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new,
                           progress_old, progress_new, due_old, due_new, origin, voids, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// An event's insert keeping its number (a copy of a record), its values the number and then `arguments(of:)`.
    static let insertEventNumbered = """
        INSERT INTO event (id, action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new,
                           progress_old, progress_new, due_old, due_new, origin, voids, reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// `insertEvent`'s values for one event.
    static func arguments(of event: RecordedEvent) -> StatementArguments {
        [event.action, event.occurredAt, event.day, event.recordedAt, event.recordedBy, event.note,
         event.statusOld?.rawValue, event.statusNew?.rawValue, event.progressOld, event.progressNew,
         event.dueOld, event.dueNew, event.origin.rawValue, event.voids, event.reason]
    }

    /// The latest state of every action from its live (not voided) events, in one query over the
    /// (action, day, id) index; the benchmark runs the same SQL in sqlite3.
    static let latestStates = """
        SELECT a.action AS action,
          (SELECT status_new FROM live_event e WHERE e.action = a.action AND status_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS status,
          (SELECT progress_new FROM live_event e WHERE e.action = a.action AND progress_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS progress,
          (SELECT due_new FROM live_event e WHERE e.action = a.action AND due_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS due,
          (SELECT max(day) FROM live_event e WHERE e.action = a.action) AS last_day
        FROM (SELECT DISTINCT action FROM live_event) a ORDER BY a.action
        """

    /// The live events (neither voids nor voided), as the analysis applies them.
    static let liveEvents = "voids IS NULL AND NOT EXISTS (SELECT 1 FROM event v WHERE v.voids = event.id)"
}

extension RecordedEvent: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event"
}

extension ReportRun: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "report_run"
}

extension LatestState: FetchableRecord {}

extension EventOrigin: DatabaseValueConvertible {}

extension Action.Status: DatabaseValueConvertible {}
