#!/usr/bin/env bash
# Every benchmark in one command, one after the other (never in parallel:
# they measure wall time on a 2-core machine). Markdown on stdout, in the
# order of BENCHMARKS.md's sections; progress on stderr.
#
#   bench/all.sh > bench-results.md      # ~60 min (+10 min the first time: peer installs)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
for script in stages compare features runtime build_rs; do
    echo "[all] bench/$script.sh" >&2
    "$HERE/$script.sh"
    echo
done
