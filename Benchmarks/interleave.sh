#!/usr/bin/env bash
# Runs commands in turns (a, b, c, a, b, c, ...) and prints each one's best and median wall time,
# so that a slow minute on a shared machine slows every command alike. A quick check beside the
# suite, for comparing two builds.
#
#   Benchmarks/interleave.sh ROUNDS NAME 'COMMAND' [NAME 'COMMAND' ...]
#   Benchmarks/interleave.sh 15 floor '.build-bench/yaml_events F.yaml' validate '.build/release/reform validate F.yaml'
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,7p' "$0" >&2
  exit 2
fi
rounds=$1; shift
names=(); commands=()
while [ $# -ge 2 ]; do names+=("$1"); commands+=("$2"); shift 2; done
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for _ in $(seq "$rounds"); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    bash -c "${commands[$i]}" >/dev/null 2>&1 || { echo "failed: ${commands[$i]}" >&2; exit 1; }
    echo "${names[$i]} $(( ($(date +%s%N) - start) / 1000000 ))" >> "$times"
  done
done
for name in "${names[@]}"; do
  awk -v n="$name" '$1 == n {print $2}' "$times" | sort -n |
    awk -v n="$name" '{t[NR] = $1} END {printf "%-12s best %5d ms  median %5d ms  (%d runs)\n", n, t[1], t[int((NR + 1) / 2)], NR}'
done
