#!/usr/bin/env python3
"""Times whole processes side by side and prints ratios against the floor, as a Markdown table.

Each command runs --runs times; the table shows the median wall time and the largest peak
resident memory (from wait4's rusage). Setup steps (removing a database) are not timed.

A floor and the commands compared with it run in turns (floor, command, floor, command, ...),
not one after the other: on a shared machine a slow minute then slows both sides of a ratio,
instead of only one of them.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run(command, env=None, setup=None):
    if setup:
        setup()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024.0


def measure_in_turns(specs, runs):
    """Runs each spec (name, command, and optionally env, setup and its own number of runs) once
    per round, for `runs` rounds, and returns a row per spec in the same order."""
    results = [[] for _ in specs]
    for round_number in range(runs):
        for spec, times in zip(specs, results):
            if round_number < spec.get("runs", runs):
                times.append(run(spec["command"], spec.get("env"), spec.get("setup")))
    return [{"name": spec["name"], "seconds": statistics.median(r[0] for r in times), "best": min(r[0] for r in times),
             "mb": max(r[1] for r in times)} for spec, times in zip(specs, results)]


def table(title, rows, floor):
    print(f"\n### {title}\n")
    print("| | median time | ratio to floor | peak memory |")
    print("| --- | --: | --: | --: |")
    for row in rows:
        print(f"| {row['name']} | {row['seconds']:.3f} s | {row['seconds'] / floor['seconds']:.2f}× | {row['mb']:.0f} MB |")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reform", required=True)
    parser.add_argument("--yams")
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    data, reform, runs = args.data, args.reform, args.runs
    env = dict(os.environ, REFORM_DB=os.path.join(data, "bench.sqlite"), NO_COLOR="1")

    for size in [int(s) for s in args.sizes.split(",")]:
        path = os.path.join(data, f"programme-{size}.yaml")
        megabytes = os.path.getsize(path) / 1e6
        largest = size == max(int(s) for s in args.sizes.split(","))
        specs = [{"name": "libyaml events only (C, the floor)", "command": [os.path.join(data, "yaml_events"), path]},
                 {"name": "`reform validate`", "command": [reform, "validate", path], "env": env}]
        if args.yams:
            specs.append({"name": "Yams `YAMLDecoder` into Codable types", "command": [args.yams, path], "runs": max(1, runs // 2)})
        specs.append({"name": "PyYAML `CSafeLoader`", "runs": max(1, runs // 2),
                      "command": ["python3", "-c", "import sys, yaml; yaml.load(open(sys.argv[1]), Loader=yaml.CSafeLoader)", path]})
        if largest:
            specs.append({"name": "`reform report cost-burden --format csv`", "env": env,
                          "command": [reform, "report", "cost-burden", path, "--format", "csv", "--as-of", "2025-01-01",
                                      "--out", os.path.join(data, "out.csv")]})
        rows = measure_in_turns(specs, runs)
        floor = rows[0]
        table(f"Load and validate: {size:,} actions ({megabytes:.1f} MB)", rows[:-1] if largest else rows, floor)
        if largest:
            table(f"Cost-burden report: {size:,} actions", [floor, rows[-1]], floor)

    csv = os.path.join(data, "updates-1m.csv")
    programme = os.path.join(data, "programme-1000.yaml")
    database = os.path.join(data, "import.sqlite")

    def fresh():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(database + suffix):
                os.remove(database + suffix)

    import_env = dict(env, REFORM_DB=database)
    no_rows = os.path.join(data, "no-updates.csv")
    with open(no_rows, "w") as f:
        f.write("action,at,progress,note,by\n")

    def with_schema():
        """A fresh record with the tool's own tables, indexes and triggers (made by importing no rows), for the floor to insert into."""
        fresh()
        subprocess.run([reform, "import-updates", no_rows, "--file", programme], check=True, stdout=subprocess.DEVNULL, env=import_env)

    insert_floor, imported = measure_in_turns([
        {"name": "C: one prepared statement, one transaction, into the tool's own table, indexes and triggers (the floor)",
         "command": [os.path.join(data, "sqlite_insert"), csv, database], "setup": with_schema},
        {"name": "`reform import-updates`", "command": [reform, "import-updates", csv, "--file", programme, "--reopen"],
         "env": import_env, "setup": fresh},
    ], runs)
    table("Bulk import: 1,000,000 updates", [insert_floor, imported], insert_floor)

    # The latest state is read from what the last import wrote.
    from_sqlite, latest = measure_in_turns([
        {"name": "`sqlite3` running the same SQL (the floor)", "command": ["sqlite3", database, LATEST_SQL]},
        {"name": "`reform history --latest`", "command": [reform, "history", "--latest", "--file", programme], "env": import_env},
    ], runs)
    table("Latest state of every action, after the import", [from_sqlite, latest], from_sqlite)


def latest_sql(dialect="SQLite"):
    """The SQL of `reform history --latest` in a dialect ("SQLite" or "Postgres"), read from the dialect's
    source (`latestStates`) so that both sides run exactly the same query."""
    folder = "SQLite" if dialect == "SQLite" else "PostgreSQL"
    source = open(os.path.join(os.path.dirname(__file__), "..", "Sources", "ReformStore", folder, f"{dialect}Dialect.swift")).read()
    return source.split("var latestStates: SQLStatement {", 1)[1].split('"""', 2)[1]


LATEST_SQL = latest_sql()

if __name__ == "__main__":
    main()
