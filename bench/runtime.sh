#!/usr/bin/env bash
# Runtime overhead of the generated Whop client over bare reqwest on
# loopback (bench/runtime/), as wall time and as instructions per call
# (callgrind, difference of two call counts). Prints markdown on stdout.
#
#   bench/runtime.sh
#
# Environment: CARGO_TARGET_DIR (default /tmp/bench-target), SKIP_CALLGRIND=1,
# and the RUNTIME_* variables of bench/runtime/benches/runtime.rs.

set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/bench-target}
WORK=${BENCH_WORK:-/tmp/clientgen-runtime}
MANIFEST=$HERE/runtime/Cargo.toml
mkdir -p "$WORK"

log() { printf '[runtime %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "building bench/runtime (compiles the generated client; minutes)"
BIN=$(cargo bench --manifest-path "$MANIFEST" --no-run 2>&1 | tee "$WORK/build.log" | sed -n 's/.*Executable .*(\(.*\))$/\1/p' | tail -n1)
[ -x "$BIN" ] || { echo "bench/runtime does not build: see $WORK/build.log"; exit 1; }

echo "### whop-client runtime overhead"
echo
echo "Commit \`$(git -C "$HERE/.." rev-parse --short HEAD)\`, $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at start."
echo
log "wall time"
"$BIN" --bench

if [ "${SKIP_CALLGRIND:-0}" != 1 ]; then
    echo
    echo "#### Instructions per call (callgrind; client and loopback server together)"
    echo
    echo "| variant | instructions per call |"
    echo "|---|---:|"
    N1=${CG_CALLS_1:-100}
    N2=${CG_CALLS_2:-300}
    declare -A PER
    total() { grep -m1 'Collected' "$1" | awk '{print $NF}'; }
    for v in bare_retrieve client_retrieve bare_list client_list decode; do
        log "callgrind $v"
        for n in $N1 $N2; do
            RUNTIME_VARIANT=$v RUNTIME_CALLS=$n valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$v.$n" "$BIN" >"$WORK/cg.$v.$n.log" 2>&1
        done
        a=$(total "$WORK/cg.$v.$N1.log") b=$(total "$WORK/cg.$v.$N2.log")
        if [ -n "$a" ] && [ -n "$b" ]; then
            PER[$v]=$(( (b - a) / (N2 - N1) ))
            echo "| $v | $(printf "%'d" "${PER[$v]}") |"
        else
            echo "| $v | callgrind failed, see $WORK/cg.$v.*.log |"
        fi
    done
    echo
    if [ -n "${PER[client_retrieve]:-}" ] && [ -n "${PER[bare_retrieve]:-}" ]; then
        d=$(( PER[client_retrieve] - PER[bare_retrieve] ))
        echo "Generated client over bare reqwest, retrieve: $(printf "%'d" "$d") instructions per call ($(awk -v d="$d" -v b="${PER[bare_retrieve]}" 'BEGIN {printf "%+.1f", d / b * 100}') %)."
    fi
    if [ -n "${PER[client_list]:-}" ] && [ -n "${PER[bare_list]:-}" ]; then
        d=$(( PER[client_list] - PER[bare_list] ))
        echo "Generated client over bare reqwest, 100-item list: $(printf "%'d" "$d") instructions per call ($(awk -v d="$d" -v b="${PER[bare_list]}" 'BEGIN {printf "%+.1f", d / b * 100}') %)."
    fi
    echo "Each variant: ($N2 calls − $N1 calls) ÷ $((N2 - N1)), so start-up and warm-up cancel out."
fi
