-- A record as reform 0.1 made it: GRDB's migrations v1 to v4, with a row of every kind.
-- The store's tests open it to show that such a record is taken over as version 1 and kept.
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES ('v1: events and report runs'), ('v2: voids'), ('v3: users, sessions and failed sign-ins'),
    ('v4: report documents and committee responses');
CREATE TABLE event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
    origin TEXT NOT NULL DEFAULT 'update'
);
CREATE INDEX event_by_action ON event(action, day, id);
CREATE INDEX event_by_day ON event(day, id);
CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
    BEGIN SELECT RAISE(ABORT, 'recorded updates are append-only'); END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
    BEGIN SELECT RAISE(ABORT, 'recorded updates are append-only'); END;
CREATE TABLE report_run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plugin TEXT NOT NULL,
    plugin_version TEXT NOT NULL,
    format TEXT NOT NULL,
    as_of TEXT NOT NULL,
    since TEXT,
    generated_at TEXT NOT NULL,
    output_sha256 TEXT NOT NULL,
    output_bytes INTEGER NOT NULL,
    output_path TEXT,
    actions TEXT NOT NULL
);
CREATE INDEX report_run_by_plugin ON report_run(plugin, id);
ALTER TABLE event ADD COLUMN voids INTEGER REFERENCES event(id);
ALTER TABLE event ADD COLUMN reason TEXT;
CREATE UNIQUE INDEX event_voided_once ON event(voids) WHERE voids IS NOT NULL;
CREATE TRIGGER event_void_is_of_an_update BEFORE INSERT ON event
    WHEN NEW.voids IS NOT NULL AND (SELECT voids FROM event WHERE id = NEW.voids) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a void cannot itself be voided'); END;
CREATE VIEW live_event AS
    SELECT * FROM event e WHERE e.voids IS NULL AND NOT EXISTS (SELECT 1 FROM event v WHERE v.voids = e.id);
CREATE TABLE user_account (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'contributor', 'lead', 'admin')),
    owners TEXT NOT NULL DEFAULT '[]',
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE web_session (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES user_account(id),
    csrf_token TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX web_session_by_user ON web_session(user_id);
CREATE TABLE failed_sign_in (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL COLLATE NOCASE,
    address TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX failed_sign_in_by_username ON failed_sign_in(username, at);
CREATE INDEX failed_sign_in_by_address ON failed_sign_in(address, at);
ALTER TABLE report_run ADD COLUMN run_by TEXT;
CREATE TABLE report_document (
    run_id INTEGER PRIMARY KEY REFERENCES report_run(id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    bytes BLOB NOT NULL
);
CREATE TABLE committee_response (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    resolution TEXT NOT NULL,
    response TEXT NOT NULL,
    status TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TRIGGER committee_response_is_append_only_update BEFORE UPDATE ON committee_response
    BEGIN SELECT RAISE(ABORT, 'committee responses are append-only'); END;
CREATE TRIGGER committee_response_is_append_only_delete BEFORE DELETE ON committee_response
    BEGIN SELECT RAISE(ABORT, 'committee responses are append-only'); END;
CREATE TRIGGER report_document_is_kept_update BEFORE UPDATE ON report_document
    BEGIN SELECT RAISE(ABORT, 'report documents are kept as they were'); END;
INSERT INTO event (action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new, progress_old, progress_new, origin)
    VALUES ('A-NF-EMBED', '2024-07-03', '2024-07-03', '2024-07-03T10:00:00Z', 'Head of Service', 'Discussed at DMT', 'not-started', 'in-progress', NULL, 30, 'update');
INSERT INTO user_account (username, password_hash, role, owners, disabled, created_at) VALUES ('lead', '$2b$04$x', 'lead', '[]', 0, '2024-07-01T00:00:00Z');
INSERT INTO committee_response (resolution, response, status, recorded_by, recorded_at) VALUES ('1', 'Agreed', 'open', 'lead', '2024-07-04T10:00:00Z');
