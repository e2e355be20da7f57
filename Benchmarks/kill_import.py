#!/usr/bin/env python3
"""kill -9 during an import of 200,000 rows, on SQLite and on PostgreSQL: how many rows are left.

    kill_import.py --reform .build/release/reform --url postgres://…/reform [--times 3]

Each time: a fresh record with one update in it, an import of 200,000 rows started, killed with
SIGKILL once a megabyte of it has been written (SQLite's write-ahead log, PostgreSQL's table on
disk), then the events counted. All or nothing means 1 (the update before) or 200,001, never between.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlsplit, urlunsplit


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reform", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--times", type=int, default=3)
    args = parser.parse_args()
    reform = os.path.abspath(args.reform)
    work = tempfile.mkdtemp(prefix="kill-import-")
    programme = os.path.join(work, "programme.yaml")
    subprocess.run(["cp", "programme.yaml", programme], check=True)
    csv = os.path.join(work, "updates.csv")
    with open(csv, "w") as f:
        f.write("action,at,progress,note\n")
        for row in range(200_000):
            f.write(f"A-MSP-PLAN,2024-02-01,{row % 101},row {row}\n")

    def postgres(name):
        return urlunsplit(urlsplit(args.url)._replace(path="/" + name))

    for kind in ("SQLite", "PostgreSQL"):
        for attempt in range(args.times):
            if kind == "SQLite":
                db = os.path.join(work, f"history-{attempt}.sqlite")
                written = lambda: os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
            else:
                name = f"kill_import_{attempt}"
                subprocess.run(["psql", "-X", "-q", args.url, "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"],
                               check=True, stderr=subprocess.DEVNULL)
                db = postgres(name)
                written = lambda: int(subprocess.run(["psql", "-X", "-At", db, "-c", "SELECT pg_relation_size('event')"],
                                                     capture_output=True, text=True).stdout.strip() or 0)
            env = dict(os.environ, REFORM_DB=db)
            subprocess.run([reform, "update", "A-DSCO", "--note", "before", "--file", programme], check=True, env=env, stdout=subprocess.DEVNULL)
            start = time.perf_counter()
            process = subprocess.Popen([reform, "import-updates", csv, "--file", programme], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while process.poll() is None and written() < 1_000_000:
                time.sleep(0.002)
            running = process.poll() is None
            process.send_signal(signal.SIGKILL)
            process.wait()
            elapsed = time.perf_counter() - start
            log = subprocess.run([reform, "log", "--json", "--file", programme], env=env, capture_output=True, text=True, check=True)
            count = len(json.loads(log.stdout))
            verdict = "all or nothing" if count in (1, 200_001) else "PARTIAL"
            print(f"{kind}: killed {'mid-write' if running else 'after it finished'} at {elapsed:.2f} s; "
                  f"{count} events afterwards ({verdict})")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
