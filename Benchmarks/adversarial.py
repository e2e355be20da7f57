#!/usr/bin/env python3
"""Makes 100 MB hostile programme files and reports how fast, and in how much memory, `reform
validate` rejects each one. The limits promise: under a second, under 512 MB.

    adversarial.py REFORM DATA_DIR
"""
import os
import subprocess
import sys
import time

SIZE = 100 * 1000 * 1000


def write(path, head, unit, tail=""):
    with open(path, "w") as f:
        f.write(head)
        chunk = unit * max(1, 1_000_000 // len(unit))
        while f.tell() < SIZE:
            f.write(chunk)
        f.write(tail)


def main():
    reform, data = sys.argv[1], sys.argv[2]
    header = "format: reform-programme/1\nprogramme: {id: t, title: T, organisation: C}\npillars: [{id: P1, title: One}]\n"
    cases = {
        "one 100 MB value": (header + "actions:\n  - {id: A1, pillar: P1, title: \"", "x" * 1000, "\"}\n"),
        "100 MB of unknown keys": (header + "programme2:\n", "  unknown_key: value\n"),
        "alias bomb then 100 MB": ("format: reform-programme/1\na: &a [x, x, x, x]\nb: [*a, *a, *a, *a]\nc:\n", "  - filler\n"),
        "deep nesting, 100 MB": ("format: reform-programme/1\nactions: ", "[" * 1000),
        "top-level list, 100 MB": ("", "- item\n"),
        "NUL bytes, 100 MB": ("format: reform-programme/1\n", "\0" * 1000),
    }
    print("| hostile file (100 MB) | time to reject | peak memory | first error |")
    print("| --- | --: | --: | --- |")
    for name, (head, unit, *tail) in cases.items():
        path = os.path.join(data, "hostile.yaml")
        write(path, head, unit, tail[0] if tail else "")
        start = time.perf_counter()
        process = subprocess.Popen([reform, "validate", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env=dict(os.environ, REFORM_DB=os.path.join(data, "none.sqlite")))
        errors = process.stderr.read().decode("utf-8", "replace")
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        first = errors.splitlines()[0].split(": error: ", 1)[-1][:70] if errors else "(none)"
        code = os.waitstatus_to_exitcode(status)
        print(f"| {name} | {elapsed:.2f} s | {usage.ru_maxrss / 1024:.0f} MB | exit {code}: {first} |")
        os.remove(path)


if __name__ == "__main__":
    main()
