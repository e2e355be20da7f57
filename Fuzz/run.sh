#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs one of them.
#
#   Fuzz/run.sh fuzz-programme-loader 600     # ten minutes on the loader
#   Fuzz/run.sh fuzz-update-csv 300
#   Fuzz/run.sh fuzz-report-request 300
#   Fuzz/run.sh fuzz-plan-date 3600          # every reading of a date and the day arithmetic on it (CI runs it for 30 s)
#
# The corpus starts from the test fixtures; crashes and hangs are written to Fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:-fuzz-programme-loader}"
seconds="${2:-300}"
# SwiftPM (6.3) does not notice source files added to the main package since the last build here, and then
# fails with "cannot find type in scope"; dropping the cached build description makes it look again.
rm -f .build-fuzz/*/release/description.json
# --sanitize instruments this package and links libFuzzer's main; -Xswiftc instruments the main package's targets too.
swift build -c release --product "$target" --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz
corpus="corpus/$target"
mkdir -p "$corpus" findings
case "$target" in
  fuzz-programme-loader) cp ../Tests/Fixtures/bad/*.yaml ../Tests/Fixtures/every-key.yaml ../programme.yaml "$corpus/" ;;
  fuzz-update-csv) printf 'action,at,status,progress,due,note,by\nA1,2024-02-01,in-progress,10,,"a, b",x\n' > "$corpus/seed.csv" ;;
  fuzz-report-request) cp seeds/report-request.json "$corpus/" ;;
  fuzz-plan-date) printf "%s\n" "2024-12-31" "Q1 2024/25" "Winter 2024" "30/09/2024" "2199/00" "early 2024" "1 Sept 2024" | split -l 1 - "$corpus/seed-" ;;
esac
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"   # see -detect_leaks below: the exit-time check too
# -detect_leaks=0: LeakSanitizer reports the one-time static tables (FormatSchema's sections, built once and
# held for the life of the process) as leaks at exit; they are not per-input leaks.
exec ".build-fuzz/release/$target" "$corpus" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -detect_leaks=0 \
  -artifact_prefix="findings/$target-" -print_final_stats=1
