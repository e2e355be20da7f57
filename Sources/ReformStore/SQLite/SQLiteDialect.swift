/// SQLite's SQL where it differs: `?` placeholders, `INTEGER` for numbers and truth, a trigger
/// per refused change, and a write transaction that already excludes every other writer.
struct SQLiteDialect: SQLDialect {
    var name: String { "SQLite" }
    func placeholder(_ index: Int) -> String { "?" }

    var identity: String { "INTEGER PRIMARY KEY AUTOINCREMENT" }
    var bigint: String { "INTEGER" }
    var blob: String { "BLOB" }
    var boolean: String { "INTEGER" }
    var byteOrder: String { "" }

    var setup: [String] { [] }

    func statements(making guarded: Guard) -> [String] {
        let refusal = "BEGIN SELECT RAISE(ABORT, '\(guarded.message)'); END"
        if let condition = guarded.insertWhen {
            return ["CREATE TRIGGER \(guarded.name) BEFORE INSERT ON \(guarded.table) WHEN \(condition) \(refusal)"]
        }
        return guarded.changes.map { change in
            "CREATE TRIGGER \(guarded.name)_\(change.rawValue.lowercased()) BEFORE \(change.rawValue) ON \(guarded.table) \(refusal)"
        }
    }

    func triggerNames(of guarded: Guard) -> [String] {
        guarded.insertWhen != nil ? [guarded.name] : guarded.changes.map { "\(guarded.name)_\($0.rawValue.lowercased())" }
    }

    func statements(changing check: CheckChange) -> [String] {
        let columns = check.columns.joined(separator: ", ")
        return [
            "PRAGMA defer_foreign_keys = ON",
            "CREATE TABLE \(check.table)_rebuilt AS SELECT \(columns) FROM \(check.table)",
            "DROP TABLE \(check.table)",
            "CREATE TABLE \(check.table) \(check.definition)",
            "INSERT INTO \(check.table) (\(columns)) SELECT \(columns) FROM \(check.table)_rebuilt ORDER BY rowid",
            "DROP TABLE \(check.table)_rebuilt",
        ] + check.indexes
    }

    /// One correlated lookup a field, each a short walk back along the (action, day, id) index.
    var latestStates: SQLStatement {
        """
        SELECT a.action AS action,
          (SELECT status_new FROM live_event e WHERE e.action = a.action AND status_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS status,
          (SELECT progress_new FROM live_event e WHERE e.action = a.action AND progress_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS progress,
          (SELECT due_new FROM live_event e WHERE e.action = a.action AND due_new IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1) AS due,
          (SELECT max(day) FROM live_event e WHERE e.action = a.action) AS last_day
        FROM (SELECT DISTINCT action FROM live_event) a ORDER BY a.action
        """
    }

    func tableExists(_ name: String) -> SQLStatement {
        "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = \(bind: name)"
    }

    var integrityCheck: SQLStatement { "SELECT integrity_check AS answer FROM pragma_integrity_check" }
    var enabledTriggers: SQLStatement { "SELECT name FROM sqlite_master WHERE type = 'trigger'" }

    var lockMigrations: SQLStatement? { nil }
    var lockEventWriters: SQLStatement? { nil }
    var lockSignInClaims: SQLStatement? { nil }
    var lockPlanWriters: SQLStatement? { nil }
    /// SQLite carries AUTOINCREMENT on from the highest number inserted, given or not.
    func continueNumbering(_ table: String) -> SQLStatement? { nil }

    func nextNumber(_ table: String) -> SQLStatement {
        "SELECT coalesce(max(id), 0) + 1 AS next FROM \(raw: table)"
    }
}
