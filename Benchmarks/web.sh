#!/usr/bin/env bash
# The web front end under load: wrk against the dashboard of the default programme and of a
# 10,000-action programme, signed in, at 1, 16 and 64 connections, beside the server's own
# static style sheet (the floor: the same server and middleware, no session, no analysis).
# Prints the table BENCHMARKS.md records: requests per second as a ratio to the floor, p50 and p99.
#
#   Benchmarks/web.sh              # 10 s a measurement
#   SECONDS_EACH=5 Benchmarks/web.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product reform && swift build -c release --product reform-plugin-runner
reform=.build/release/reform
data=.build-bench
mkdir -p "$data"
# Data made by an older generator is made again, so that every figure is measured on today's plans.
[ "$data/programme-10000.yaml" -nt Benchmarks/generate.py ] || python3 Benchmarks/generate.py programme 10000 "$data/programme-10000.yaml"
duration="${SECONDS_EACH:-10}"
password="a long enough password"

measure() { # name file
  local name=$1 file=$2 work
  work=$(mktemp -d)
  cp "$file" "$work/programme.yaml"
  echo "$password" | "$reform" users add bench --role viewer --password-stdin --file "$work/programme.yaml" >/dev/null
  "$reform" serve --file "$work/programme.yaml" --port 0 >"$work/serve.log" 2>&1 &
  local server=$!
  local address=""
  for _ in $(seq 1 300); do address=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" || true); [ -n "$address" ] && break; sleep 0.1; done
  [ -n "$address" ] || { cat "$work/serve.log"; kill $server; exit 1; }
  local jar="$work/cookies" token
  token=$(curl -s -c "$jar" "${address}login" | grep -o 'name="csrf" value="[0-9a-f]*"' | tail -1 | grep -o '[0-9a-f]\{64\}')
  curl -s -b "$jar" -c "$jar" -d "csrf=$token&next=%2F&username=bench&password=a+long+enough+password" "${address}login" -o /dev/null
  local cookie
  cookie="reform_session=$(awk '$6 == "reform_session" {print $7}' "$jar")"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$address")" = 200 ] || { echo "sign-in failed" >&2; kill $server; exit 1; }
  for connections in 1 16 64; do
    local threads=$(( connections < 2 ? 1 : 2 ))
    for route in static dashboard; do
      local path="" header=()
      if [ $route = static ]; then path="static/reform.css"; else header=(-H "Cookie: $cookie"); fi
      wrk -t$threads -c$connections -d${duration}s --latency "${header[@]}" "${address}${path}" >"$work/wrk.txt"
      python3 - "$name" "$route" "$connections" "$work/wrk.txt" <<'PY'
import re, sys
name, route, connections, path = sys.argv[1:5]
text = open(path).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def latency(p):
    m = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)\b", text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{name}\t{route}\t{connections}\t{rps:.0f}\t{latency(50):.2f}\t{latency(99):.2f}\t{errors.group(1) if errors else 0}")
PY
    done
  done
  kill $server; wait $server 2>/dev/null || true
  rm -rf "$work"
}

echo "Machine: $(nproc) cores; $(swift --version 2>&1 | head -1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); ${duration} s a measurement"
{
  measure "default (14 actions)" programme.yaml
  measure "10,000 actions" "$data/programme-10000.yaml"
} | python3 -c '
import sys
rows = [line.rstrip("\n").split("\t") for line in sys.stdin]
floor = {(r[0], r[2]): float(r[3]) for r in rows if r[1] == "static"}
print("| programme | connections | route | requests/s | ÷ floor | p50 ms | p99 ms | errors |")
print("| --- | --: | --- | --: | --: | --: | --: | --: |")
for name, route, connections, rps, p50, p99, errors in rows:
    ratio = floor[(name, connections)] / float(rps)
    print(f"| {name} | {connections} | {route} | {float(rps):,.0f} | {ratio:.2f}× | {p50} | {p99} | {errors} |")
'
