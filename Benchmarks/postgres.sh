#!/usr/bin/env bash
# The PostgreSQL store against PostgreSQL's own tools (Benchmarks/postgres.py): importing 1M
# updates against psql's \copy of the same rows, and the latest state of 100k actions against
# psql running the same SQL. Uses the server named by REFORM_BENCH_POSTGRES (a database whose
# user may create databases), else starts the tests' throwaway server (Scripts/test-postgres).
#
#   Benchmarks/postgres.sh            # 5 runs each
#   RUNS=3 Benchmarks/postgres.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=.build-bench
mkdir -p "$data"
swift build -c release --product reform
url=${REFORM_BENCH_POSTGRES:-$(Scripts/test-postgres)}
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(swift --version 2>&1 | head -1)"
python3 Benchmarks/postgres.py --reform .build/release/reform --data "$data" --url "$url" --runs "${RUNS:-5}"
