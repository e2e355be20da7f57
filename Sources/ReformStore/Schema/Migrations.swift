/// The record's schema, as versioned migrations written once for every database, what differs
/// between them said by the dialect. A shipped migration is never edited: changes are new
/// migrations appended to `all`. Each database keeps the versions applied in `reform_schema`.
enum Migrations {
    /// One migration: its number, its name, and its statements in a dialect.
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: @Sendable (any SQLDialect) -> [String]
    }

    /// What keeps the record append-only: the database refuses these changes however it is reached.
    /// Every guard in force at the latest version, as the integrity check looks for them.
    static var guards: [Guard] { firstGuards + [reportDecisionGuard] + planGuards + roundGuards }

    /// The guards the first version made.
    private static let firstGuards: [Guard] = [
        .refusing([.update, .delete], on: "event", name: "event_is_append_only", emptying: "event_is_never_emptied",
                  message: "recorded updates are append-only"),
        .refusingInsert(into: "event", when: "NEW.voids IS NOT NULL AND EXISTS (SELECT 1 FROM event v WHERE v.id = NEW.voids AND v.voids IS NOT NULL)",
                        name: "event_void_is_of_an_update", message: "a void cannot itself be voided"),
        .refusing([.update], on: "report_document", name: "report_document_is_kept", message: "report documents are kept as they were"),
        .refusing([.update, .delete], on: "committee_response", name: "committee_response_is_append_only",
                  emptying: "committee_response_is_never_emptied", message: "committee responses are append-only"),
    ]

    /// Decisions on report runs are appended, never changed.
    private static let reportDecisionGuard = Guard.refusing([.update, .delete], on: "report_decision", name: "report_decision_is_append_only",
                                                            emptying: "report_decision_is_never_emptied", message: "decisions on report runs are append-only")

    /// Plan revisions and baseline marks are appended, never changed.
    private static let planGuards: [Guard] = [
        .refusing([.update, .delete], on: "plan_revision", name: "plan_revision_is_append_only", emptying: "plan_revision_is_never_emptied",
                  message: "plan revisions are append-only"),
        .refusing([.update, .delete], on: "plan_baseline", name: "plan_baseline_is_append_only", emptying: "plan_baseline_is_never_emptied",
                  message: "plan baselines are append-only"),
    ]

    /// Rounds, their closings, sign-off requests and decisions are appended, never changed; queued
    /// emails are never taken out (their sending state alone changes).
    private static let roundGuards: [Guard] = [
        .refusing([.update, .delete], on: "update_round", name: "update_round_is_append_only", emptying: "update_round_is_never_emptied",
                  message: "update rounds are append-only"),
        .refusing([.update, .delete], on: "round_closing", name: "round_closing_is_append_only", emptying: "round_closing_is_never_emptied",
                  message: "round closings are kept as they were"),
        .refusing([.update, .delete], on: "sign_off_request", name: "sign_off_request_is_append_only",
                  emptying: "sign_off_request_is_never_emptied", message: "sign-off requests are append-only"),
        .refusing([.update, .delete], on: "sign_off_decision", name: "sign_off_decision_is_append_only",
                  emptying: "sign_off_decision_is_never_emptied", message: "sign-off decisions are append-only"),
        .refusing([.delete], on: "outbox_message", name: "outbox_message_is_kept", emptying: "outbox_message_is_never_emptied",
                  message: "queued emails are kept"),
    ]

    /// Every migration, oldest first.
    static let all: [Migration] = [
        Migration(version: 1, name: "events, voids, report runs, documents, responses, users, sessions and failed sign-ins") { d in
            d.setup + [
                """
                CREATE TABLE event (
                    id \(d.identity),
                    action TEXT NOT NULL,
                    occurred_at TEXT NOT NULL,
                    day TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    note TEXT,
                    status_old TEXT,
                    status_new TEXT,
                    progress_old INTEGER,
                    progress_new INTEGER,
                    due_old TEXT,
                    due_new TEXT,
                    origin TEXT NOT NULL DEFAULT 'update',
                    voids \(d.bigint) REFERENCES event(id),
                    reason TEXT
                )
                """,
                "CREATE INDEX event_by_action ON event (action, day, id)",
                "CREATE INDEX event_by_day ON event (day, id)",
                "CREATE UNIQUE INDEX event_voided_once ON event (voids) WHERE voids IS NOT NULL",
                """
                CREATE VIEW live_event AS
                    SELECT * FROM event e WHERE e.voids IS NULL AND NOT EXISTS (SELECT 1 FROM event v WHERE v.voids = e.id)
                """,
                """
                CREATE TABLE report_run (
                    id \(d.identity),
                    plugin TEXT NOT NULL,
                    plugin_version TEXT NOT NULL,
                    format TEXT NOT NULL,
                    as_of TEXT NOT NULL,
                    since TEXT,
                    generated_at TEXT NOT NULL,
                    output_sha256 TEXT NOT NULL,
                    output_bytes \(d.bigint) NOT NULL,
                    output_path TEXT,
                    actions TEXT NOT NULL,
                    run_by TEXT
                )
                """,
                "CREATE INDEX report_run_by_plugin ON report_run (plugin, id)",
                """
                CREATE TABLE report_document (
                    run_id \(d.bigint) PRIMARY KEY REFERENCES report_run(id),
                    file_name TEXT NOT NULL,
                    media_type TEXT NOT NULL,
                    bytes \(d.blob) NOT NULL
                )
                """,
                """
                CREATE TABLE committee_response (
                    id \(d.identity),
                    resolution TEXT NOT NULL,
                    response TEXT NOT NULL,
                    status TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                )
                """,
                """
                CREATE TABLE user_account (
                    id \(d.identity),
                    username TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('viewer', 'contributor', 'lead', 'admin')),
                    owners TEXT NOT NULL DEFAULT '[]',
                    disabled \(d.boolean) NOT NULL DEFAULT FALSE,
                    created_at TEXT NOT NULL
                )
                """,
                "CREATE UNIQUE INDEX user_account_username ON user_account (lower(username))",
                """
                CREATE TABLE web_session (
                    token_hash TEXT PRIMARY KEY,
                    user_id \(d.bigint) NOT NULL REFERENCES user_account(id),
                    csrf_token TEXT NOT NULL,
                    started_at \(d.bigint) NOT NULL,
                    last_seen_at \(d.bigint) NOT NULL
                )
                """,
                "CREATE INDEX web_session_by_user ON web_session (user_id)",
                """
                CREATE TABLE failed_sign_in (
                    id \(d.identity),
                    username TEXT NOT NULL,
                    address TEXT NOT NULL,
                    at \(d.bigint) NOT NULL
                )
                """,
                "CREATE INDEX failed_sign_in_by_username ON failed_sign_in (lower(username), at)",
                "CREATE INDEX failed_sign_in_by_address ON failed_sign_in (address, at)",
            ] + firstGuards.flatMap(d.statements(making:))
        },
        Migration(version: 2, name: "a failed sign-in's device, counted apart from its name and address") { _ in
            [
                "ALTER TABLE failed_sign_in ADD COLUMN device TEXT",
                "CREATE INDEX failed_sign_in_by_device ON failed_sign_in (device, at)",
            ]
        },
        Migration(version: 3, name: "a response names its committee and meeting, and may be voided") { d in
            [
                "ALTER TABLE committee_response ADD COLUMN committee TEXT",
                "ALTER TABLE committee_response ADD COLUMN meeting TEXT",
                "ALTER TABLE committee_response ADD COLUMN voids \(d.bigint) REFERENCES committee_response(id)",
                "ALTER TABLE committee_response ADD COLUMN reason TEXT",
                "CREATE UNIQUE INDEX committee_response_voided_once ON committee_response (voids) WHERE voids IS NOT NULL",
            ]
        },
        Migration(version: 4, name: "what a form held when its session had ended, kept for its browser until sign-in") { d in
            [
                """
                CREATE TABLE form_draft (
                    token_hash TEXT PRIMARY KEY,
                    path TEXT NOT NULL,
                    fields TEXT NOT NULL,
                    kept_at \(d.bigint) NOT NULL
                )
                """,
            ]
        },
        Migration(version: 5, name: "a report run is a draft until issued to the committee or discarded; runs written to a file before are issued") { d in
            [
                """
                CREATE TABLE report_decision (
                    id \(d.identity),
                    run_id \(d.bigint) NOT NULL REFERENCES report_run(id),
                    state TEXT NOT NULL CHECK (state IN ('issued', 'discarded')),
                    decided_by TEXT NOT NULL,
                    decided_at TEXT NOT NULL,
                    reason TEXT
                )
                """,
                "CREATE INDEX report_decision_by_run ON report_decision (run_id, id)",
                // Before drafts, every run written to a file or kept counted as the last report: they stay issued.
                """
                INSERT INTO report_decision (run_id, state, decided_by, decided_at, reason)
                SELECT id, 'issued', 'reform', generated_at, 'recorded before drafts were kept apart' FROM report_run WHERE output_path IS NOT NULL ORDER BY id
                """,
            ] + d.statements(making: reportDecisionGuard)
        },
        Migration(version: 6, name: "an officer role, who runs reports and answers the committee but records no update") { d in
            let roles = "role IN ('viewer', 'officer', 'contributor', 'lead', 'admin')"
            return d.statements(changing: CheckChange(
                table: "user_account", constraint: "user_account_role_check", condition: roles,
                columns: ["id", "username", "password_hash", "role", "owners", "disabled", "created_at"],
                definition: """
                    (
                        id \(d.identity),
                        username TEXT NOT NULL,
                        password_hash TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (\(roles)),
                        owners TEXT NOT NULL DEFAULT '[]',
                        disabled \(d.boolean) NOT NULL DEFAULT FALSE,
                        created_at TEXT NOT NULL
                    )
                    """,
                indexes: ["CREATE UNIQUE INDEX user_account_username ON user_account (lower(username))"]))
        },
        Migration(version: 7, name: "the plan in the record: revisions, each based on the one before, and baselines") { d in
            [
                """
                CREATE TABLE plan_revision (
                    id \(d.identity),
                    text \(d.blob) NOT NULL,
                    sha256 TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    base \(d.bigint) REFERENCES plan_revision(id),
                    changes TEXT NOT NULL DEFAULT '[]'
                )
                """,
                // One line of revisions: no two based on the same one (the first is based on none, counted as 0).
                "CREATE UNIQUE INDEX plan_revision_one_after_each ON plan_revision ((coalesce(base, 0)))",
                "CREATE INDEX plan_revision_by_time ON plan_revision (recorded_at, id)",
                """
                CREATE TABLE plan_baseline (
                    id \(d.identity),
                    revision \(d.bigint) NOT NULL REFERENCES plan_revision(id),
                    name TEXT NOT NULL,
                    marked_by TEXT NOT NULL,
                    marked_at TEXT NOT NULL
                )
                """,
            ] + planGuards.flatMap(d.statements(making:))
        },
        Migration(version: 8, name: "a report run keeps the plan revision it was made from") { d in
            ["ALTER TABLE report_run ADD COLUMN plan_revision \(d.bigint) REFERENCES plan_revision(id)"]
        },
        Migration(version: 9, name: "update rounds, sign-off, an outbox of emails, and users' email addresses") { d in
            [
                "ALTER TABLE user_account ADD COLUMN email TEXT",
                """
                CREATE TABLE update_round (
                    id \(d.identity),
                    name TEXT NOT NULL,
                    due TEXT NOT NULL,
                    pillars TEXT NOT NULL DEFAULT '[]',
                    actions TEXT NOT NULL DEFAULT '[]',
                    sign_off \(d.boolean) NOT NULL DEFAULT FALSE,
                    opened_by TEXT NOT NULL,
                    opened_at TEXT NOT NULL,
                    after_event \(d.bigint) NOT NULL DEFAULT 0
                )
                """,
                """
                CREATE TABLE round_closing (
                    round_id \(d.bigint) PRIMARY KEY REFERENCES update_round(id),
                    closed_by TEXT NOT NULL,
                    closed_at TEXT NOT NULL,
                    reason TEXT
                )
                """,
                """
                CREATE TABLE sign_off_request (
                    event_id \(d.bigint) PRIMARY KEY REFERENCES event(id),
                    round_id \(d.bigint) NOT NULL REFERENCES update_round(id)
                )
                """,
                "CREATE INDEX sign_off_request_by_round ON sign_off_request (round_id, event_id)",
                """
                CREATE TABLE sign_off_decision (
                    id \(d.identity),
                    event_id \(d.bigint) NOT NULL REFERENCES sign_off_request(event_id),
                    round_id \(d.bigint) NOT NULL REFERENCES update_round(id),
                    decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
                    decided_by TEXT NOT NULL,
                    decided_at TEXT NOT NULL,
                    reason TEXT
                )
                """,
                // An update is decided on once: a second approval or return of it is refused.
                "CREATE UNIQUE INDEX sign_off_decided_once ON sign_off_decision (event_id)",
                """
                CREATE TABLE outbox_message (
                    id \(d.identity),
                    key TEXT NOT NULL,
                    round_id \(d.bigint) REFERENCES update_round(id),
                    recipient TEXT NOT NULL,
                    address TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    day TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    text TEXT NOT NULL,
                    html TEXT NOT NULL,
                    queued_at \(d.bigint) NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at \(d.bigint) NOT NULL,
                    claimed_until \(d.bigint),
                    sent_at \(d.bigint),
                    failed_at \(d.bigint),
                    last_error TEXT
                )
                """,
                // At most one message for each (round, person, kind, day), however many servers queue it.
                "CREATE UNIQUE INDEX outbox_message_once ON outbox_message (key)",
                "CREATE INDEX outbox_message_to_send ON outbox_message (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL",
            ] + roundGuards.flatMap(d.statements(making:))
        },
    ]

    /// The newest version this build knows.
    static var latest: Int { all.last?.version ?? 0 }

    /// The version a database is at, `nil` when it holds no record yet.
    static func standing(on connection: any SQLConnection, _ dialect: any SQLDialect) async throws -> Int? {
        guard try await connection.first(dialect.tableExists("reform_schema")) != nil else { return nil }
        return try await connection.first("SELECT coalesce(max(version), 0) AS version FROM reform_schema")?.int("version")
    }

    /// Applies every migration not yet applied, in one transaction that excludes every other
    /// writer (and, on PostgreSQL, every other process migrating), so that several processes
    /// opening a new record at once make its schema once.
    ///
    /// - Throws: `StoreError.newerVersion` when a newer build migrated the database; nothing is changed.
    static func migrate(_ database: any SQLDatabase) async throws {
        let dialect = database.dialect
        try await database.write { connection in
            if let lock = dialect.lockMigrations { try await connection.execute(lock) }
            try await connection.execute("""
                CREATE TABLE IF NOT EXISTS reform_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)
                """)
            let current = try await standing(on: connection, dialect) ?? 0
            guard current <= latest else { throw StoreError.newerVersion(database.location) }
            for migration in all where migration.version > current {
                for statement in migration.statements(dialect) { try await connection.execute(SQLStatement(stringLiteral: statement)) }
                try await connection.execute("""
                    INSERT INTO reform_schema (version, name) VALUES (\(bind: migration.version), \(bind: migration.name))
                    """)
            }
        }
    }
}
