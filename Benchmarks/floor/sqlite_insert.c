/* The import floor: reads the update CSV (no quoted fields) and inserts every row into the same
 * table as reform's history store, with one prepared statement in one transaction. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *schema =
    "PRAGMA journal_mode=WAL;"
    "CREATE TABLE IF NOT EXISTS event (id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, occurred_at TEXT NOT NULL,"
    " day TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, note TEXT, status_old TEXT, status_new TEXT,"
    " progress_old INTEGER, progress_new INTEGER, due_old TEXT, due_new TEXT, origin TEXT NOT NULL DEFAULT 'update');"
    "CREATE INDEX IF NOT EXISTS event_by_action ON event(action, day, id);"
    "CREATE INDEX IF NOT EXISTS event_by_day ON event(day, id);";

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: sqlite_insert CSV DB\n"); return 2; }
    FILE *csv = fopen(argv[1], "r");
    if (!csv) { perror(argv[1]); return 1; }
    sqlite3 *db;
    if (sqlite3_open(argv[2], &db) != SQLITE_OK) return 1;
    if (sqlite3_exec(db, schema, 0, 0, 0) != SQLITE_OK) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; }
    sqlite3_stmt *insert;
    sqlite3_prepare_v2(db, "INSERT INTO event (action, occurred_at, day, recorded_at, recorded_by, note, progress_new, origin)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, 'import')", -1, &insert, 0);
    sqlite3_exec(db, "BEGIN", 0, 0, 0);
    char line[1024];
    long rows = 0;
    fgets(line, sizeof line, csv); /* header */
    while (fgets(line, sizeof line, csv)) {
        char *fields[5];
        char *cursor = line;
        for (int i = 0; i < 5; i++) { fields[i] = strsep(&cursor, ",\n"); }
        sqlite3_bind_text(insert, 1, fields[0], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, fields[1], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, fields[1], 10, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, "2026-01-01T00:00:00Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, fields[4], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, fields[3], -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 7, atoi(fields[2]));
        if (sqlite3_step(insert) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; }
        sqlite3_reset(insert);
        rows++;
    }
    sqlite3_exec(db, "COMMIT", 0, 0, 0);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    printf("%ld rows\n", rows);
    return 0;
}
