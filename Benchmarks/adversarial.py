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
    """`unit` is text to repeat, or a function of a counter giving the next piece (for distinct ids)."""
    with open(path, "w") as f:
        f.write(head)
        if callable(unit):
            count = 0
            while f.tell() < SIZE:
                f.write("".join(unit(n) for n in range(count, count + 100)))
                count += 100
        else:
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
        "one list of 100 MB of unknown references": (header + "actions:\n  - id: A1\n    title: T\n    pillar: P1\n    depends_on:\n",
                                                     "      - NOPE\n"),
        "100 MB of funding lines of 9,000 years each": (header + "funding:\n", lambda n: "  - {id: F%d, title: G, status: confirmed, amounts: {%s}}\n"
                                                         % (n, ", ".join(f"{y}/{(y + 1) % 100:02d}: 1" for y in range(1000, 10000)))),
        "100 MB of minimal actions": (header + "actions:\n", lambda n: f"  - {{id: A{n}, title: T, pillar: P1}}\n"),
        "100 MB of actions with unknown references": (header + "actions:\n",
                                                      lambda n: f"  - {{id: A{n}, title: T, pillar: P1, depends_on: [B{n}, C{n}]}}\n"),
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
