#!/usr/bin/env python3
"""Reminders at a council's scale, with the release build: a round over 1,000 actions, each with
its own owner and an account with an email address, sends 1,000 opening emails through a real
SMTP server on loopback (Tests/Support/smtp-server.py: aiosmtpd, STARTTLS on a throwaway
certificate, AUTH). Timed: `reform remind --send`, the whole command, from the outbox to the
last message accepted. Set up, not timed: the plan (the default one with 1,000 actions added),
the accounts (written straight into the record, as bcrypt at cost 12 would take four minutes),
and the round.

    Benchmarks/reminders.py [OWNERS]     # default 1000

Prints the figures BENCHMARKS.md records.
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFORM = os.path.join(ROOT, ".build", "release", "reform")


def main():
    owners = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    work = tempfile.mkdtemp(prefix="reform-reminders-")
    plan = os.path.join(work, "programme.yaml")
    with open(os.path.join(ROOT, "programme.yaml"), encoding="utf-8") as default, open(plan, "w", encoding="utf-8") as out:
        text = default.read()
        marker = "\nactions:\n"
        head, tail = text.split(marker, 1)
        added = "".join(
            f"  - id: A-BENCH-{n:04d}\n    title: Benchmark action {n}\n    pillar: P1\n    owner: Owner {n:04d}\n    due: March 2027\n"
            for n in range(owners))
        out.write(head + marker + added + tail)
    subprocess.run([REFORM, "validate", plan], check=True, capture_output=True)
    # The record is made by a first account, added as a person would; the rest go straight into its table.
    subprocess.run([REFORM, "users", "add", "lena", "--role", "lead", "--password-stdin", "--file", plan],
                   input="a long enough password\n", text=True, check=True, capture_output=True)
    record = os.path.join(work, ".reform", "history.sqlite")
    with sqlite3.connect(record) as db:
        db.executemany("INSERT INTO user_account (username, password_hash, role, owners, disabled, created_at, email) VALUES (?, '-', 'contributor', ?, 0, '2026-12-01T00:00:00Z', ?)",
                       [(f"owner{n:04d}", json.dumps([f"Owner {n:04d}"]), f"owner{n:04d}@council.example.gov.uk") for n in range(owners)])
    subprocess.run([REFORM, "round", "open", "Benchmark round", "--due", time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400)),
                    "--pillar", "P1", "--file", plan], check=True, capture_output=True)
    smtp = subprocess.Popen([sys.executable, os.path.join(ROOT, "Tests", "Support", "smtp-server.py"), "0", os.path.join(work, "received.jsonl"), work],
                            stdout=subprocess.PIPE, text=True)
    port = int(smtp.stdout.readline().split()[1])
    url = f"smtp://reform:mail%20password@127.0.0.1:{port}?starttls=required&from=reform@council.example.gov.uk&ca={work}/cert.pem"
    try:
        started = time.perf_counter()
        sent = subprocess.run([REFORM, "remind", "--send", "--smtp", url, "--file", plan], check=True, capture_output=True, text=True)
        seconds = time.perf_counter() - started
    finally:
        smtp.kill()
    with open(os.path.join(work, "received.jsonl"), encoding="utf-8") as received:
        count = sum(1 for _ in received)
    print(f"reform remind --send: {sent.stdout.strip()}; {count} messages received by the SMTP server in {seconds:.2f} s "
          f"({count / seconds:.0f} a second, {1000 * seconds / max(count, 1):.1f} ms each)")


if __name__ == "__main__":
    main()
