#!/usr/bin/env bash
# The browser tests: starts `reform serve` on a free loopback port with a fresh record and one
# user of each role, and signs in as each in headless Chromium (browse.py). Screenshots go to
# .build/browser-screenshots. Needs chromium, chromium-driver and Selenium, which Scripts/test
# installs; under CI=true a missing one fails the run rather than skipping it.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
python3 -c "import selenium" 2>/dev/null || missing+=(selenium)
python3 -c "import aiosmtpd" 2>/dev/null || missing+=(aiosmtpd)
if (( ${#missing[@]} )); then
  echo "browser tests: missing ${missing[*]} (Scripts/test installs them)" >&2
  [[ "${CI:-}" == "true" ]] && exit 1
  echo "browser tests: skipped" >&2
  exit 0
fi

reform=.build/debug/reform
work=$(mktemp -d)
out=.build/browser-screenshots
rm -rf "$out"
password="a long enough password"
cp programme.yaml "$work/programme.yaml"
for role in viewer officer contributor lead admin; do
  owner=(); [[ $role == contributor ]] && owner=(--owner "Head of Service Provider Services")
  echo "$password" | "$reform" users add "$role" --role "$role" "${owner[@]}" --password-stdin --file "$work/programme.yaml" >/dev/null
done
"$reform" update A-NF-EMBED --status in-progress --progress 30 --note "Discussed at DMT" --by "Head of Service" --at 2024-07-03 \
  --file "$work/programme.yaml" >/dev/null

"$reform" serve --file "$work/programme.yaml" --port 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  address=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" || true)
  [[ -n "$address" ]] && break
  sleep 0.1
done
[[ -n "$address" ]] || { echo "browser tests: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

status=0
python3 Tests/Browser/browse.py "$address" "$out" "$password" || status=1

# A whole round of updates with email: a second server, with --smtp to a real SMTP server on
# loopback, on a plan where two actions are open (the rest recorded complete), one per owner.
round="$work/round"
mkdir -p "$round"
cp programme.yaml "$round/programme.yaml"
python3 Tests/Support/smtp-server.py 0 "$round/received.jsonl" "$round" reform "mail password" >"$round/smtp.log" 2>&1 &
smtp=$!
for name in lena:lead omar:contributor priya:contributor admin:admin; do
  user=${name%%:*}; role=${name##*:}; owner=()
  [[ $user == omar ]] && owner=(--owner "Head of Service Provider Services")
  [[ $user == priya ]] && owner=(--owner "Manchester Safeguarding Partnership (MSP)")
  echo "$password" | "$reform" users add "$user" --role "$role" "${owner[@]}" --email "$user@council.example.gov.uk" --password-stdin \
    --file "$round/programme.yaml" >/dev/null
done
for action in $(python3 -c "import yaml; print(' '.join(a['id'] for a in yaml.safe_load(open('programme.yaml'))['actions'] if a['id'] not in ('A-KIN-POLICY', 'A-MSP-PLAN')))"); do
  "$reform" update "$action" --status complete --note "Closed before the round" --by "programme manager" --file "$round/programme.yaml" >/dev/null
done
for _ in $(seq 1 100); do grep -q '^listening' "$round/smtp.log" && break; sleep 0.1; done
port=$(awk '/^listening/ {print $2}' "$round/smtp.log")
[[ -n "$port" ]] || { echo "browser tests: the SMTP server did not start:" >&2; cat "$round/smtp.log" >&2; exit 1; }
# The links in emails need the server's address before it starts: a free port, chosen now.
webPort=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"$reform" serve --file "$round/programme.yaml" --port "$webPort" --outbox-interval 1 \
  --smtp "smtp://reform:mail%20password@127.0.0.1:$port?starttls=required&from=reform@council.example.gov.uk&ca=$round/cert.pem" \
  --public-url "http://127.0.0.1:$webPort" >"$round/serve.log" 2>&1 &
roundServer=$!
trap 'kill $server $roundServer $smtp 2>/dev/null; wait $server $roundServer $smtp 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  roundAddress=$(grep -o 'http://127.0.0.1:[0-9]*/' "$round/serve.log" || true)
  [[ -n "$roundAddress" ]] && break
  sleep 0.1
done
[[ -n "$roundAddress" ]] || { echo "browser tests: the round's server did not start:" >&2; cat "$round/serve.log" >&2; exit 1; }
python3 Tests/Browser/round.py "$roundAddress" "$out" "$password" "$round/received.jsonl" "$round/programme.yaml" || status=1
exit $status
