#!/usr/bin/env python3
"""Runs commands in turns (a, b, c, a, b, c, ...) with measure.py's `measure_in_turns`, and prints
each one's best and median wall time and peak memory: a quick comparison of two builds beside
the suite, on a shared machine where a slow minute must slow every command alike.

    Benchmarks/interleave.py ROUNDS NAME 'COMMAND' [NAME 'COMMAND' ...]
"""
import shlex
import sys

from measure import measure_in_turns


def main():
    arguments = sys.argv[1:]
    if len(arguments) < 3 or len(arguments) % 2 == 0:
        sys.exit(__doc__)
    specs = [{"name": name, "command": shlex.split(command)} for name, command in zip(arguments[1::2], arguments[2::2])]
    for row in measure_in_turns(specs, int(arguments[0])):
        print(f"{row['name']:<12} best {row['best'] * 1000:6.0f} ms  median {row['seconds'] * 1000:6.0f} ms  peak {row['mb']:.0f} MB")


if __name__ == "__main__":
    main()
