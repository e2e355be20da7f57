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

python3 Tests/Browser/browse.py "$address" "$out" "$password"
