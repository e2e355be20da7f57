#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs one of them.
#
#   Fuzz/run.sh fuzz-programme-loader 600     # ten minutes on the loader
#   Fuzz/run.sh fuzz-update-csv 300
#   Fuzz/run.sh fuzz-report-request 300
#
# The corpus starts from the test fixtures; crashes and hangs are written to Fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:-fuzz-programme-loader}"
seconds="${2:-300}"
# --sanitize instruments this package and links libFuzzer's main; -Xswiftc instruments the main package's targets too.
swift build -c release --product "$target" --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz
corpus="corpus/$target"
mkdir -p "$corpus" findings
case "$target" in
  fuzz-programme-loader) cp ../Tests/Fixtures/bad/*.yaml ../Tests/Fixtures/every-key.yaml ../programme.yaml "$corpus/" ;;
  fuzz-update-csv) printf 'action,at,status,progress,due,note,by\nA1,2024-02-01,in-progress,10,,"a, b",x\n' > "$corpus/seed.csv" ;;
  fuzz-report-request) printf '{"contract":"reform-report/1"}' > "$corpus/seed.json" ;;
esac
export SWIFT_BACKTRACE=enable=no
exec ".build-fuzz/release/$target" "$corpus" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -artifact_prefix="findings/$target-" -print_final_stats=1
