#!/usr/bin/env bash
# Runs the benchmark suite: builds release binaries, the C floors and the Yams decoder, generates
# the data, and prints the tables that BENCHMARKS.md records.
#
#   Benchmarks/run.sh              # 1k, 10k and 100k actions, 1M updates, 5 runs each
#   RUNS=3 SIZES=1000,10000 Benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=.build-bench
mkdir -p "$data"
python3 -c "import yaml" 2>/dev/null || python3 -m pip install --quiet pyyaml
swift build -c release
# SwiftPM (6.3) does not notice source files added to the main package since the last build of this one, and
# then fails with "cannot find type in scope"; dropping the cached build description makes it look again.
rm -f Benchmarks/.build/*/release/description.json
(cd Benchmarks && swift build -c release --product yams-decode && swift build -c release --product phases)
cc -O2 Benchmarks/floor/yaml_events.c -lyaml -o "$data/yaml_events"
cc -O2 Benchmarks/floor/sqlite_insert.c -lsqlite3 -o "$data/sqlite_insert"
sizes="${SIZES:-1000,10000,100000}"
# Data made by an older generator is made again, so that every figure is measured on today's plans.
fresh() { [ -f "$1" ] && [ "$1" -nt Benchmarks/generate.py ]; }
for size in 1000 ${sizes//,/ }; do
  fresh "$data/programme-$size.yaml" || python3 Benchmarks/generate.py programme "$size" "$data/programme-$size.yaml"
done
fresh "$data/updates-1m.csv" || python3 Benchmarks/generate.py updates 1000000 "$data/programme-1000.yaml" "$data/updates-1m.csv"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(swift --version 2>&1 | head -1); libyaml $(pkg-config --modversion yaml-0.1); SQLite $(sqlite3 --version | cut -d' ' -f1)"
python3 Benchmarks/measure.py --reform .build/release/reform --yams Benchmarks/.build/release/yams-decode --data "$data" \
  --runs "${RUNS:-5}" --sizes "$sizes"
echo
echo "### Where a report's time goes, 100,000 actions (one process, median of ${RUNS:-5})"
echo
fresh "$data/programme-100000.yaml" || python3 Benchmarks/generate.py programme 100000 "$data/programme-100000.yaml"
Benchmarks/.build/release/phases "$data/programme-100000.yaml" "${RUNS:-5}"
echo
echo "### Hostile files"
echo
python3 Benchmarks/adversarial.py .build/release/reform "$data"
