#!/usr/bin/env python3
"""The PostgreSQL store against PostgreSQL's own tools, on one server, as BENCHMARKS.md records them.

    postgres.py --reform .build/release/reform --data .build-bench --url postgres://…/reform --runs 5

1. Importing 1,000,000 updates (`reform import-updates`, which checks every row against the
   programme and streams them with COPY in one transaction) against `psql`'s `\\copy` of the same
   rows, already in the table's shape, into the same table, indexes and triggers.
2. The latest state of every one of 100,000 actions (`reform history --latest`) against `psql`
   running the same SQL, read from the store's source, and against the same command on SQLite
   holding the same events.
3. Memory at a million events: `reform store copy` each way between PostgreSQL and SQLite, and
   `reform backup` of the PostgreSQL record (each must stream, table by table and batch by batch).

Each side gets a fresh database with the schema already made (not timed); the two run in turns.
"""
import argparse
import os
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, os.path.dirname(__file__))
from measure import latest_sql, measure_in_turns, table  # noqa: E402

COLUMNS = "id, action, occurred_at, day, recorded_at, recorded_by, note, status_old, status_new, progress_old, progress_new, due_old, due_new, origin, voids, reason"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reform", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--url", required=True, help="a database on the server whose user may create databases")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    reform, data, runs = os.path.abspath(args.reform), args.data, args.runs
    programme = os.path.join(data, "programme-100000.yaml")
    csv = os.path.join(data, "updates-1m-100k.csv")
    rows = os.path.join(data, "events-1m.tsv")
    def stale(path):
        """Data made by an older generator is made again, so that every figure is measured on today's plans."""
        return not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime("Benchmarks/generate.py")

    if stale(programme):
        subprocess.run([sys.executable, "Benchmarks/generate.py", "programme", "100000", programme], check=True)
    if stale(csv):
        subprocess.run([sys.executable, "Benchmarks/generate.py", "updates", "1000000", programme, csv], check=True)

    def database(name):
        parts = urlsplit(args.url)
        return urlunsplit(parts._replace(path="/" + name))

    def psql(url, *arguments, **options):
        return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, *arguments], check=True, **options)

    def fresh(name):
        """A new database with the tool's schema (made by an import of no rows), so neither side times making it."""
        def setup():
            psql(args.url, "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}", stderr=subprocess.DEVNULL)
            empty = os.path.join(data, "no-updates.csv")
            with open(empty, "w") as f:
                f.write("action,at,progress,note,by\n")
            subprocess.run([reform, "import-updates", empty, "--file", programme], check=True, stdout=subprocess.DEVNULL,
                           env=dict(os.environ, REFORM_DB=database(name)))
        return setup

    imported_env = dict(os.environ, REFORM_DB=database("bench_reform"))
    # The floor's rows are the very rows the tool writes: imported once, then copied out.
    if stale(rows):
        fresh("bench_reform")()
        subprocess.run([reform, "import-updates", csv, "--file", programme, "--reopen"], check=True, stdout=subprocess.DEVNULL, env=imported_env)
        with open(rows, "w") as out:
            psql(database("bench_reform"), "-c", f"COPY (SELECT {COLUMNS} FROM event ORDER BY id) TO STDOUT", stdout=out)

    version = subprocess.run(["psql", "-X", "-At", args.url, "-c", "SHOW server_version"], capture_output=True, text=True).stdout.strip()
    settings = subprocess.run(["psql", "-X", "-At", args.url, "-c", "SELECT string_agg(name || '=' || setting, ', ') FROM pg_settings "
                               "WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_wal_size')"],
                              capture_output=True, text=True).stdout.strip()
    print(f"PostgreSQL {version} on this machine ({settings})")

    floor, imported = measure_in_turns([
        {"name": "`psql \\copy` of the same rows (the floor)", "setup": fresh("bench_floor"),
         "command": ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", database("bench_floor"), "-c", f"\\copy event ({COLUMNS}) FROM '{rows}'"]},
        {"name": "`reform import-updates` (checks every row, then COPY)", "setup": fresh("bench_reform"),
         "command": [reform, "import-updates", csv, "--file", programme, "--reopen"], "env": imported_env},
    ], runs)
    table("PostgreSQL: importing 1,000,000 updates", [floor, imported], floor)

    psql(database("bench_reform"), "-c", "VACUUM ANALYZE event")
    from_psql, latest = measure_in_turns([
        {"name": "`psql` running the same SQL (the floor)", "command": ["psql", "-X", "-At", database("bench_reform"), "-c", latest_sql("Postgres")]},
        {"name": "`reform history --latest`", "command": [reform, "history", "--latest", "--file", programme], "env": imported_env},
    ], runs)
    table("PostgreSQL: the latest state of 100,000 actions", [from_psql, latest], from_psql)

    # The same events on SQLite, copied from PostgreSQL (that copy is measured below too).
    sqlite = os.path.join(data, "bench-1m.sqlite")
    copy_out = os.path.join(data, "bench-copy.sqlite")
    backup = os.path.join(data, "bench-backup.sqlite")

    def removing(*paths):
        def setup():
            for path in paths:
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(path + suffix):
                        os.remove(path + suffix)
        return setup

    removing(sqlite)()
    subprocess.run([reform, "store", "copy", "--from", database("bench_reform"), "--to", sqlite], check=True, stdout=subprocess.DEVNULL)
    on_sqlite, on_postgres = measure_in_turns([
        {"name": "`reform history --latest` on SQLite", "command": [reform, "history", "--latest", "--file", programme, "--db", sqlite]},
        {"name": "`reform history --latest` on PostgreSQL", "command": [reform, "history", "--latest", "--file", programme], "env": imported_env},
    ], runs)
    table("The latest state of 100,000 actions (1,000,000 events): PostgreSQL against SQLite", [on_sqlite, on_postgres], on_sqlite)

    def empty_database(name):
        return lambda: psql(args.url, "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}", stderr=subprocess.DEVNULL)

    copies = measure_in_turns([
        {"name": "`reform store copy` PostgreSQL → SQLite", "setup": removing(copy_out),
         "command": [reform, "store", "copy", "--from", database("bench_reform"), "--to", copy_out]},
        {"name": "`reform store copy` SQLite → PostgreSQL", "setup": empty_database("bench_copy"),
         "command": [reform, "store", "copy", "--from", sqlite, "--to", database("bench_copy")]},
        {"name": "`reform backup` of the PostgreSQL record", "setup": removing(backup),
         "command": [reform, "backup", backup, "--file", programme], "env": imported_env},
    ], runs)
    print("\n### Copies of 1,000,000 events (peak memory is the target)\n")
    print("| | median time | peak memory |")
    print("| --- | --: | --: |")
    for row in copies:
        print(f"| {row['name']} | {row['seconds']:.3f} s | {row['mb']:.0f} MB |")
    print(f"| `reform import-updates` of 1,000,000 rows on PostgreSQL (above) | {imported['seconds']:.3f} s | {imported['mb']:.0f} MB |")


if __name__ == "__main__":
    main()
