#!/usr/bin/env bash
# Builds the C example plugin from the shipped header alone, into the directory given (default: here).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
cc -std=c11 -Wall -Wextra -Werror -shared -fPIC -I "$here/../../Sources/CReformPlugin/include" \
   "$here/report_c_example.c" -o "$out/libreform-report-c-example.so"
echo "$out/libreform-report-c-example.so"
