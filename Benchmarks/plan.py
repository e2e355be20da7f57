#!/usr/bin/env python3
"""The plan in the record at scale, with the release build:

1. A lead's form edit on a plan of 10,000 actions (Benchmarks/generate.py): the form is drawn
   (not timed), then the POST that publishes the next revision is timed to its redirect. Each
   edit reschedules a different action, as a programme manager's session does.
2. `reform plan log` over 1,000 revisions of the default plan (published from the command line
   beforehand, not timed), as wall time of the whole command.

    Benchmarks/plan.py [EDITS]      # default 200 edits

Prints the figures BENCHMARKS.md records.
"""
import http.cookiejar
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFORM = os.path.join(ROOT, ".build", "release", "reform")
DATA = os.path.join(ROOT, ".build-bench")
PASSWORD = "a long enough password"


def run(*arguments, cwd=None, stdin=None):
    return subprocess.run([REFORM, *arguments], cwd=cwd, input=stdin, capture_output=True, text=True, check=True)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def form_edits(count):
    plan = os.path.join(DATA, "programme-10000.yaml")
    generator = os.path.join(ROOT, "Benchmarks", "generate.py")
    # Data made by an older generator is made again, so that every figure is measured on today's plans.
    if not os.path.exists(plan) or os.path.getmtime(plan) < os.path.getmtime(generator):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run([sys.executable, generator, "programme", "10000", plan], check=True)
    work = tempfile.mkdtemp()
    file = os.path.join(work, "programme.yaml")
    with open(plan, "rb") as source, open(file, "wb") as copy:
        copy.write(source.read())
    run("users", "add", "lead", "--role", "lead", "--password-stdin", "--file", file, stdin=PASSWORD + "\n")
    log = open(os.path.join(work, "serve.log"), "w+")
    server = subprocess.Popen([REFORM, "serve", "--file", file, "--port", "0"], stdout=log, stderr=subprocess.STDOUT)
    try:
        address = None
        for _ in range(600):
            log.seek(0)
            found = re.search(r"http://127\.0\.0\.1:\d+/", log.read())
            if found:
                address = found.group(0)
                break
            time.sleep(0.1)
        assert address, "the server did not start"
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

        def get(path):
            return opener.open(address + path.lstrip("/")).read().decode()

        def post(path, fields):
            data = urllib.parse.urlencode(fields).encode()
            try:
                response = opener.open(urllib.request.Request(address + path.lstrip("/"), data=data))
                return response.status, response.read().decode()
            except urllib.error.HTTPError as error:
                return error.code, error.read().decode()

        page = get("/login")
        token = re.findall(r'name="csrf" value="([0-9a-f]{64})"', page)[-1]
        post("/login", {"csrf": token, "next": "/", "username": "lead", "password": PASSWORD})
        actions = re.findall(r"^  - id: (A\S*)", open(plan).read(), re.M)
        times = []
        # The first edit also keeps the file as revision 1: timed apart.
        first = None
        for index in range(count + 1):
            action = actions[(index * 37) % len(actions)]
            form = get(f"/actions/{action}/edit")
            token = re.search(r'action="/actions/[^"]+/edit".*?name="csrf" value="([0-9a-f]{64})"', form, re.S).group(1)
            base = re.search(r'name="base" value="(\d*)"', form).group(1)
            fields = {"csrf": token, "base": base, "due": f"March {2027 + index % 3}", "reason": f"benchmark edit {index}"}
            started = time.perf_counter()
            status, body = post(f"/actions/{action}/edit", fields)
            elapsed = (time.perf_counter() - started) * 1000
            assert status == 303, f"{status}: {body[:300]}"
            if index == 0:
                first = elapsed
            else:
                times.append(elapsed)
        size = os.path.getsize(plan)
        print(f"form edit, 10,000 actions ({size / 1e6:.1f} MB a revision), {count} edits: "
              f"p50 {statistics.median(times):.0f} ms, p90 {percentile(times, 90):.0f} ms, p99 {percentile(times, 99):.0f} ms, "
              f"max {max(times):.0f} ms; the first (keeping the file as revision 1 too) {first:.0f} ms")
    finally:
        server.terminate()
        server.wait()


def plan_log(revisions):
    work = tempfile.mkdtemp()
    file = os.path.join(work, "programme.yaml")
    original = open(os.path.join(ROOT, "programme.yaml")).read()
    db = os.path.join(work, "record.sqlite")
    for index in range(revisions):
        # Each revision moves A-NF-EMBED's date: every log line has a change to say.
        text = original.replace("    milestone: M-NF-EMBEDDED\n", f"    milestone: M-NF-EMBEDDED\n    due: March {2027 + index % 5}\n", 1) if index else original
        if index % 5 == 0 and index:
            text = original
        with open(file, "w") as out:
            out.write(text)
        subprocess.run([REFORM, "plan", "publish", "--reason", f"revision {index + 1}", "--db", db], cwd=work, capture_output=True, check=True)
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        output = run("plan", "log", "--db", db, cwd=work).stdout
        runs.append(time.perf_counter() - started)
    count = output.count("\nrevision ") + 1
    runs_json = []
    for _ in range(5):
        started = time.perf_counter()
        run("plan", "log", "--json", "--db", db, cwd=work)
        runs_json.append(time.perf_counter() - started)
    print(f"plan log, {count} revisions: median {statistics.median(runs) * 1000:.0f} ms (text), {statistics.median(runs_json) * 1000:.0f} ms (--json); "
          f"record {os.path.getsize(db) / 1e6:.1f} MB")


if __name__ == "__main__":
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    form_edits(edits)
    plan_log(1000)
