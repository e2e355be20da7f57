/// PostgreSQL's SQL where it differs: `$n` placeholders, sequences behind numbered keys, guards
/// by one function that refuses, `TRUNCATE` guarded too, and advisory locks for the writers that
/// a transaction alone would not exclude.
struct PostgresDialect: SQLDialect {
    var name: String { "PostgreSQL" }
    func placeholder(_ index: Int) -> String { "$\(index)" }

    var identity: String { "bigserial PRIMARY KEY" }
    var bigint: String { "bigint" }
    var blob: String { "bytea" }
    var boolean: String { "boolean" }
    var byteOrder: String { " COLLATE \"C\"" }

    var setup: [String] {
        ["""
        CREATE OR REPLACE FUNCTION reform_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
        END $$
        """]
    }

    func statements(making guarded: Guard) -> [String] {
        if let condition = guarded.insertWhen {
            return ["""
                CREATE FUNCTION \(guarded.name)_check() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF \(condition) THEN
                        RAISE EXCEPTION '\(guarded.message)' USING ERRCODE = 'restrict_violation';
                    END IF;
                    RETURN NEW;
                END $$
                """,
                "CREATE TRIGGER \(guarded.name) BEFORE INSERT ON \(guarded.table) FOR EACH ROW EXECUTE FUNCTION \(guarded.name)_check()"]
        }
        let changes = guarded.changes.map(\.rawValue).joined(separator: " OR ")
        return ["CREATE TRIGGER \(guarded.name) BEFORE \(changes) ON \(guarded.table) FOR EACH ROW EXECUTE FUNCTION reform_refuse('\(guarded.message)')"]
            + (guarded.emptyingName.map {
                ["CREATE TRIGGER \($0) BEFORE TRUNCATE ON \(guarded.table) FOR EACH STATEMENT EXECUTE FUNCTION reform_refuse('\(guarded.message)')"]
            } ?? [])
    }

    func triggerNames(of guarded: Guard) -> [String] {
        [guarded.name] + (guarded.emptyingName.map { [$0] } ?? [])
    }

    func statements(changing check: CheckChange) -> [String] {
        [
            "ALTER TABLE \(check.table) DROP CONSTRAINT \(check.constraint)",
            "ALTER TABLE \(check.table) ADD CONSTRAINT \(check.constraint) CHECK (\(check.condition))",
        ]
    }

    /// One pass over the live events, grouped by action, each field the first of its values in
    /// the order they apply from the last: four times faster here than SQLite's correlated form.
    var latestStates: SQLStatement {
        """
        SELECT action,
          (array_agg(status_new ORDER BY day DESC, id DESC) FILTER (WHERE status_new IS NOT NULL))[1] AS status,
          (array_agg(progress_new ORDER BY day DESC, id DESC) FILTER (WHERE progress_new IS NOT NULL))[1] AS progress,
          (array_agg(due_new ORDER BY day DESC, id DESC) FILTER (WHERE due_new IS NOT NULL))[1] AS due,
          max(day) AS last_day
        FROM live_event GROUP BY action ORDER BY action COLLATE "C"
        """
    }

    func tableExists(_ name: String) -> SQLStatement {
        "SELECT 1 AS present WHERE to_regclass(\(bind: name)) IS NOT NULL"
    }

    /// PostgreSQL checks its pages itself; what can be wrong is a guard dropped or disabled.
    var integrityCheck: SQLStatement { "SELECT 'ok' AS answer" }
    var enabledTriggers: SQLStatement { "SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'" }

    /// "reform" in ASCII: the advisory lock migrations hold.
    var lockMigrations: SQLStatement? { "SELECT pg_advisory_xact_lock(\(bind: Int64(0x7265_666F_726D)))" }
    /// "events" in ASCII: the advisory lock writers of events hold to their commit.
    var lockEventWriters: SQLStatement? { "SELECT pg_advisory_xact_lock(\(bind: Int64(0x6576_656E_7473)))" }
    /// "signin" in ASCII: the advisory lock a sign-in's claim holds to its commit.
    var lockSignInClaims: SQLStatement? { "SELECT pg_advisory_xact_lock(\(bind: Int64(0x7369_676E_696E)))" }
    /// "plan" in ASCII: the advisory lock a publisher of a plan revision holds to its commit.
    var lockPlanWriters: SQLStatement? { "SELECT pg_advisory_xact_lock(\(bind: Int64(0x706C_616E)))" }

    func continueNumbering(_ table: String) -> SQLStatement? {
        "SELECT setval('\(raw: table)_id_seq', coalesce((SELECT max(id) FROM \(raw: table)), 1), (SELECT max(id) FROM \(raw: table)) IS NOT NULL)"
    }

    func nextNumber(_ table: String) -> SQLStatement {
        "SELECT nextval('\(raw: table)_id_seq') AS next"
    }
}
