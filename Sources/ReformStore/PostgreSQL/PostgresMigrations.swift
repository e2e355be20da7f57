import PostgresNIO

/// The PostgreSQL database's schema, as versioned migrations, each a list of statements run in
/// one transaction. A shipped migration is never edited: changes are new migrations appended here.
///
/// The tables and columns are SQLite's, so that a record copies between the two without loss;
/// what SQLite's triggers refuse, PostgreSQL's refuse too (an event changed or deleted, a void
/// of a void, a committee response changed, a kept document changed).
enum PostgresMigrations {
    /// One migration: its number, its name, and its statements.
    struct Migration {
        let version: Int
        let name: String
        let statements: [String]
    }

    /// Every migration, oldest first.
    static let all: [Migration] = [
        Migration(version: 1, name: "events, voids, report runs, documents, responses, users, sessions and failed sign-ins", statements: [
            """
            CREATE TABLE event (
                id bigserial PRIMARY KEY,
                action text NOT NULL,
                occurred_at text NOT NULL,
                day text NOT NULL,
                recorded_at text NOT NULL,
                recorded_by text NOT NULL,
                note text,
                status_old text,
                status_new text,
                progress_old integer,
                progress_new integer,
                due_old text,
                due_new text,
                origin text NOT NULL DEFAULT 'update',
                voids bigint REFERENCES event(id),
                reason text
            )
            """,
            "CREATE INDEX event_by_action ON event (action, day, id)",
            "CREATE INDEX event_by_day ON event (day, id)",
            "CREATE UNIQUE INDEX event_voided_once ON event (voids) WHERE voids IS NOT NULL",
            """
            CREATE FUNCTION reform_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
            END $$
            """,
            """
            CREATE TRIGGER event_is_append_only BEFORE UPDATE OR DELETE ON event
                FOR EACH ROW EXECUTE FUNCTION reform_refuse('recorded updates are append-only')
            """,
            """
            CREATE TRIGGER event_is_never_emptied BEFORE TRUNCATE ON event
                FOR EACH STATEMENT EXECUTE FUNCTION reform_refuse('recorded updates are append-only')
            """,
            """
            CREATE FUNCTION reform_void_is_of_an_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM event WHERE id = NEW.voids AND voids IS NOT NULL) THEN
                    RAISE EXCEPTION 'a void cannot itself be voided' USING ERRCODE = 'restrict_violation';
                END IF;
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER event_void_is_of_an_update BEFORE INSERT ON event
                FOR EACH ROW WHEN (NEW.voids IS NOT NULL) EXECUTE FUNCTION reform_void_is_of_an_update()
            """,
            """
            CREATE VIEW live_event AS
                SELECT * FROM event e WHERE e.voids IS NULL AND NOT EXISTS (SELECT 1 FROM event v WHERE v.voids = e.id)
            """,
            """
            CREATE TABLE report_run (
                id bigserial PRIMARY KEY,
                plugin text NOT NULL,
                plugin_version text NOT NULL,
                format text NOT NULL,
                as_of text NOT NULL,
                since text,
                generated_at text NOT NULL,
                output_sha256 text NOT NULL,
                output_bytes bigint NOT NULL,
                output_path text,
                actions text NOT NULL,
                run_by text
            )
            """,
            "CREATE INDEX report_run_by_plugin ON report_run (plugin, id)",
            """
            CREATE TABLE report_document (
                run_id bigint PRIMARY KEY REFERENCES report_run(id),
                file_name text NOT NULL,
                media_type text NOT NULL,
                bytes bytea NOT NULL
            )
            """,
            """
            CREATE TRIGGER report_document_is_kept BEFORE UPDATE ON report_document
                FOR EACH ROW EXECUTE FUNCTION reform_refuse('report documents are kept as they were')
            """,
            """
            CREATE TABLE committee_response (
                id bigserial PRIMARY KEY,
                resolution text NOT NULL,
                response text NOT NULL,
                status text NOT NULL,
                recorded_by text NOT NULL,
                recorded_at text NOT NULL
            )
            """,
            """
            CREATE TRIGGER committee_response_is_append_only BEFORE UPDATE OR DELETE ON committee_response
                FOR EACH ROW EXECUTE FUNCTION reform_refuse('committee responses are append-only')
            """,
            """
            CREATE TRIGGER committee_response_is_never_emptied BEFORE TRUNCATE ON committee_response
                FOR EACH STATEMENT EXECUTE FUNCTION reform_refuse('committee responses are append-only')
            """,
            """
            CREATE TABLE user_account (
                id bigserial PRIMARY KEY,
                username text NOT NULL,
                password_hash text NOT NULL,
                role text NOT NULL CHECK (role IN ('viewer', 'contributor', 'lead', 'admin')),
                owners text NOT NULL DEFAULT '[]',
                disabled boolean NOT NULL DEFAULT false,
                created_at text NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX user_account_username ON user_account (lower(username))",
            """
            CREATE TABLE web_session (
                token_hash text PRIMARY KEY,
                user_id bigint NOT NULL REFERENCES user_account(id),
                csrf_token text NOT NULL,
                started_at bigint NOT NULL,
                last_seen_at bigint NOT NULL
            )
            """,
            "CREATE INDEX web_session_by_user ON web_session (user_id)",
            """
            CREATE TABLE failed_sign_in (
                id bigserial PRIMARY KEY,
                username text NOT NULL,
                address text NOT NULL,
                at bigint NOT NULL
            )
            """,
            "CREATE INDEX failed_sign_in_by_username ON failed_sign_in (lower(username), at)",
            "CREATE INDEX failed_sign_in_by_address ON failed_sign_in (address, at)",
        ]),
    ]

    /// The newest version this build knows.
    static var latest: Int { all.last?.version ?? 0 }

    /// Where a database stands: no schema yet, or the version of the newest migration applied.
    enum Standing: Equatable {
        case empty
        case version(Int)
    }

    /// The version recorded in the database, or `.empty` when the tool's tables are not there.
    static func standing(on connection: PostgresConnection) async throws -> Standing {
        let rows = try await connection.query("SELECT to_regclass('reform_schema') IS NOT NULL", logger: PostgresLog.quiet)
        var exists = false
        for try await present in rows.decode(Bool.self) { exists = present }
        guard exists else { return .empty }
        var version = 0
        for try await latest in try await connection.query("SELECT coalesce(max(version), 0) FROM reform_schema", logger: PostgresLog.quiet)
            .decode(Int.self) { version = latest }
        return .version(version)
    }

    /// Applies every migration not yet applied, in one transaction that holds an advisory lock, so
    /// that several processes starting at once on a new database migrate it once.
    ///
    /// - Throws: `NewerSchema` when the database was migrated by a newer build; nothing is changed.
    static func migrate(on connection: PostgresConnection) async throws {
        let log = PostgresLog.quiet
        try await connection.query("BEGIN", logger: log)
        do {
            try await connection.query("SELECT pg_advisory_xact_lock(\(advisoryLock))", logger: log)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS reform_schema (
                    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: log)
            guard case .version(let current) = try await standing(on: connection) else { throw NewerSchema() }
            if current > latest { throw NewerSchema() }
            for migration in all where migration.version > current {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: log)
                }
                try await connection.query("INSERT INTO reform_schema (version, name) VALUES (\(migration.version), \(migration.name))", logger: log)
            }
            try await connection.query("COMMIT", logger: log)
        } catch {
            do { try await connection.query("ROLLBACK", logger: log) } catch { throw PostgresBrokenConnection(underlying: error) }
            throw error
        }
    }

    /// The key of the advisory lock that migrations hold: "reform" in ASCII.
    private static let advisoryLock: Int64 = 0x7265_666F_726D

    /// The database was migrated by a newer build of the tool, which this one must not change.
    struct NewerSchema: Error {}
}
