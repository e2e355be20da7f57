#!/usr/bin/env python3
"""Writes every output a build of reform gives for two programmes, so that a refactoring can be
shown to change none of them: compare two runs with `diff -r`.

    Scripts/outputs.py REFORM_BINARY OUT_DIR

For the default programme.yaml and a generated 10,000-action one (Benchmarks/generate.py), each
with a fixed record (updates, a void and a correction imported from CSV with their recorded times,
so nothing depends on the clock), it writes: validate, status, deadlines, funding, explain,
history, log, export-updates, every format of every bundled report (a Word document as its XML
parts), and every page's JSON from `reform serve` (users' creation times, the one value a run
cannot fix, are blanked). Each output is a file named for the command.
"""
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import zipfile

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2025-06-30"
PASSWORD = "a long enough password"


def run(reform, args, cwd, out_dir, name, binary=False):
    env = dict(os.environ, NO_COLOR="1", REFORM_DB=os.path.join(cwd, "record.sqlite"))
    result = subprocess.run([reform] + args, cwd=cwd, env=env, capture_output=True)
    text = result.stdout if binary else result.stdout + b"\n--- stderr ---\n" + result.stderr + f"\n--- exit {result.returncode} ---\n".encode()
    # Where the build is (plugins are found beside it) is not an output.
    for folder in (os.path.dirname(os.path.realpath(reform)), os.path.dirname(reform)):
        text = text.replace(folder.encode(), b"<build>")
    if binary and result.returncode == 0 and result.stdout[:2] == b"PK":
        folder = os.path.join(out_dir, name)
        os.makedirs(folder, exist_ok=True)
        archive = os.path.join(folder, "document.zip")
        with open(archive, "wb") as f:
            f.write(result.stdout)
        with zipfile.ZipFile(archive) as package:
            for member in sorted(package.namelist()):
                with open(os.path.join(folder, member.replace("/", "_")), "wb") as f:
                    f.write(package.read(member))
        os.remove(archive)
        return
    with open(os.path.join(out_dir, name), "wb") as f:
        f.write(text)


def record(workspace, rows):
    """Writes an import-updates CSV with fixed recorded times."""
    path = os.path.join(workspace, "updates.csv")
    with open(path, "w") as f:
        f.write("id,action,at,status,progress,due,note,recorded_by,recorded_at,voids,reason,reopen\n")
        for row in rows:
            f.write(",".join(row) + "\n")
    return path


def default_rows():
    return [
        ("1", "A-NF-EMBED", "2024-07-03", "in-progress", "30", "", "Discussed at DMT", "Head of Service", "2024-07-03T10:00:00Z", "", "", ""),
        ("2", "A-KIN-POLICY", "2024-08-01", "in-progress", "40", "Spring 2025", "\"Policy drafted, with carers\"", "lead", "2024-08-01T09:00:00Z", "", "", ""),
        ("3", "A-MSP-PLAN", "2024-09-02", "", "55", "", "wrong action", "lead", "2024-09-02T09:00:00Z", "", "", ""),
        ("4", "A-MSP-PLAN", "2024-09-03", "", "", "", "", "lead", "2024-09-03T09:00:00Z", "3", "typed against the wrong action", ""),
        ("5", "A-NF-EMBED", "2025-01-10", "", "45", "", "Workforce plan agreed", "Head of Service", "2025-01-10T10:00:00Z", "", "", ""),
    ]


def generated_rows(programme, count):
    actions = sum(1 for line in open(programme) if line.startswith("  - id: A"))
    rows = []
    for index in range(count):
        rows.append((str(index + 1), f"A{(index * 7919) % actions}", f"2024-{index % 11 + 2:02d}-{index % 28 + 1:02d}", "",
                     str(index % 100), "", f"update {index}", f"officer{index % 20}", f"2024-{index % 11 + 2:02d}-{index % 28 + 1:02d}T10:00:00Z",
                     "", "", ""))
    return rows


def web(reform, workspace, out_dir, pages):
    env = dict(os.environ, NO_COLOR="1", REFORM_DB=os.path.join(workspace, "record.sqlite"))
    subprocess.run([reform, "users", "add", "admin", "--role", "admin", "--password-stdin", "--file", "programme.yaml"], cwd=workspace, env=env,
                   input=PASSWORD.encode(), check=True, capture_output=True)
    log = open(os.path.join(workspace, "serve.log"), "w")
    server = subprocess.Popen([reform, "serve", "--file", "programme.yaml", "--port", "0"], cwd=workspace, env=env, stdout=log, stderr=log)
    try:
        address = None
        for _ in range(300):
            time.sleep(0.1)
            found = re.search(r"http://127\.0\.0\.1:\d+/", open(os.path.join(workspace, "serve.log")).read())
            if found:
                address = found.group(0)
                break
        if not address:
            raise SystemExit("the server did not start: " + open(os.path.join(workspace, "serve.log")).read())
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        login = opener.open(address + "login").read().decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', login).group(1)
        form = urllib.parse.urlencode({"csrf": csrf, "next": "/", "username": "admin", "password": PASSWORD}).encode()
        opener.open(address + "login", data=form)
        real = os.path.dirname(os.path.realpath(reform))
        for page in pages:
            request = urllib.request.Request(address + page.lstrip("/"), headers={"Accept": "application/json"})
            try:
                body = opener.open(request).read().decode()
            except urllib.error.HTTPError as error:
                body = f"HTTP {error.code}\n" + error.read().decode()
            body = re.sub(r'"created_at" : "[^"]*"', '"created_at" : "…"', body).replace(real, "<build>")
            name = "web" + (page.replace("/", "_") if page != "/" else "_dashboard") + ".json"
            with open(os.path.join(out_dir, name), "w") as f:
                f.write(body)
    finally:
        server.terminate()
        server.wait()


def outputs(reform, programme, rows, out_dir, action, pillar):
    os.makedirs(out_dir, exist_ok=True)
    workspace = tempfile.mkdtemp(prefix="reform-outputs-")
    try:
        shutil.copy(programme, os.path.join(workspace, "programme.yaml"))
        record(workspace, rows)
        run(reform, ["import-updates", "updates.csv", "--reopen"], workspace, out_dir, "import-updates")
        a = ["--as-of", AS_OF]
        for name, args in [("validate", ["validate"]), ("status", ["status"] + a), ("status.json", ["status", "--json"] + a),
                           ("status-pillar.json", ["status", "--json", "--pillar", pillar] + a), ("deadlines", ["deadlines"] + a),
                           ("deadlines.json", ["deadlines", "--json"] + a), ("funding", ["funding"] + a), ("funding.json", ["funding", "--json"] + a),
                           ("explain", ["explain", action] + a), ("explain.json", ["explain", action, "--json"] + a),
                           ("history", ["history"]), ("history.json", ["history", "--json"]), ("history-latest.json", ["history", "--latest", "--json"]),
                           ("log", ["log"]), ("log.json", ["log", "--json"]), ("export-updates", ["export-updates"]),
                           ("plugins.json", ["plugins", "--json"])]:
            run(reform, args, workspace, out_dir, name)
        for plugin, formats in [("committee-update", ["markdown", "html", "docx"]), ("cost-burden", ["csv", "markdown", "html", "docx"]),
                                ("summary", ["markdown", "html"])]:
            for fmt in formats:
                run(reform, ["report", plugin, "--format", fmt, "--since", "2024-06-01"] + a, workspace, out_dir, f"report-{plugin}.{fmt}",
                    binary=fmt == "docx")
        web(reform, workspace, out_dir, ["/", f"/pillars/{pillar}", f"/actions/{action}", "/deadlines", "/funding", "/risks", "/committee",
                                         "/my", "/log", "/reports", "/admin/users"])
    finally:
        shutil.rmtree(workspace)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    reform, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    outputs(reform, os.path.join(REPOSITORY, "programme.yaml"), default_rows(), os.path.join(out, "default"), "A-NF-EMBED", "P3")
    large = os.path.join(tempfile.mkdtemp(prefix="reform-outputs-"), "programme-10000.yaml")
    subprocess.run([sys.executable, os.path.join(REPOSITORY, "Benchmarks/generate.py"), "programme", "10000", large], check=True)
    outputs(reform, large, generated_rows(large, 3000), os.path.join(out, "10000"), "A17", "P2")


if __name__ == "__main__":
    main()
