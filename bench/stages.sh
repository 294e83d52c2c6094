#!/usr/bin/env bash
# Our generator alone, in one run: per-stage wall time (release and dev
# profiles) next to the bare serde_yaml floor, per-stage instruction counts
# (callgrind), and the CLI's wall time and peak RSS (release and dev builds).
# Prints markdown on stdout, progress on stderr.
#
#   bench/stages.sh
#
# Environment: CARGO_TARGET_DIR (default /tmp/bench-target), BENCH_SAMPLES
# (per spec, passed to the bench), SKIP_CALLGRIND=1, SKIP_DEV=1.

set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SPECS=$(cd "$ROOT/../shared/specs" && pwd) || exit 1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/bench-target}
WORK=${BENCH_WORK:-/tmp/clientgen-stages}
mkdir -p "$WORK"
cd "$ROOT" || exit 1

log() { printf '[stages %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "### clientgen per stage"
echo
echo "Commit \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- generator/src generator/runtime generator/build.rs 2>/dev/null || echo ' (plus uncommitted changes in generator/)'), $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(rustc --version)."
echo

log "cargo bench (bench profile)"
echo "#### Wall time, bench profile (release)"
echo
cargo bench -q -p clientgen --bench stages 2>"$WORK/bench.log" | sed 's/^## /##### /' || { echo "bench failed:"; tail -n 20 "$WORK/bench.log"; }

if [ "${SKIP_DEV:-0}" != 1 ]; then
    log "cargo bench --profile dev"
    echo "#### Wall time, dev profile (what \`cargo run\` and a \`build.rs\` use: opt-level 2 for clientgen and dependencies, debug assertions on)"
    echo
    cargo bench -q -p clientgen --bench stages --profile dev 2>"$WORK/bench-dev.log" | sed 's/^## /##### /' || { echo "dev bench failed:"; tail -n 20 "$WORK/bench-dev.log"; }
fi

if [ "${SKIP_CALLGRIND:-0}" != 1 ]; then
    BIN=$(cargo bench -p clientgen --bench stages --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\))$/\1/p' | tail -n1)
    echo "#### Instructions (callgrind, bench profile; each step run once; millions of instructions, inclusive)"
    echo
    echo "| spec | floor | load | normalize | parse | lower | emit | write | sum of stages | sum ÷ floor | emit: \`Layout::file\` | of which syn::parse2 | of which prettyplease | emit: building tokens (emit − \`Layout::file\`) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for spec in whop conductor nexus; do
        log "callgrind on $spec"
        out=$WORK/callgrind.$spec
        # One emit thread, so every instruction is under `bench_emit` (and
        # the counts are the total work, whatever the thread count).
        if ! CLIENTGEN_THREADS=1 BENCH_ONCE=1 BENCH_SPECS=$spec valgrind --tool=callgrind --callgrind-out-file="$out" "$BIN" >"$WORK/callgrind.$spec.log" 2>&1; then
            echo "| $spec | callgrind failed, see $WORK/callgrind.$spec.log |"
            continue
        fi
        callgrind_annotate --inclusive=yes --threshold=100 "$out" >"$out.txt" 2>/dev/null
        # ir NAME: inclusive instructions of the function named exactly NAME (0 if absent).
        ir() { grep -F -- ":$1 [" "$out.txt" | head -n1 | awk '{gsub(",", "", $1); printf "%.0f\n", $1 + 0}'; }
        m() { awk -v x="${1:-0}" 'BEGIN {printf "%.0f", x / 1e6}'; }
        floor=$(ir stages::bench_floor)
        row="| $spec | $(m "$floor")"
        sum=0
        for st in load normalize parse lower emit write; do
            v=$(ir "stages::bench_$st")
            sum=$((sum + ${v:-0}))
            row="$row | $(m "$v")"
        done
        emit=$(ir stages::bench_emit)
        parse2=$(ir '<F as syn::parse::Parser>::parse2')
        pretty=$(ir prettyplease::unparse)
        format=$(ir clientgen::emit::Layout::file)
        rest=$(( ${emit:-0} - ${format:-0} ))
        ratio=$(awk -v a="$sum" -v b="$floor" 'BEGIN {printf "%.2f", a / b}')
        echo "$row | $(m "$sum") | ${ratio}× | $(m "$format") | $(m "$parse2") | $(m "$pretty") | $(m "$rest") |"
    done
    echo
    echo "Functions as named in the profile: \`stages::bench_<stage>\` (\`generator/benches/stages.rs\`); \`clientgen::emit::Layout::file\` (tokens → \`syn::File\` → text, for every file of the default formatted layout), within it \`<F as syn::parse::Parser>::parse2\` (the re-parse of the emitted tokens) and \`prettyplease::unparse\`. Lowering includes dropping the parsed document, emit dropping the IR. \`write\` is mostly system calls, which callgrind does not count. Profiles: \`$WORK/callgrind.*\`."
    echo
fi

log "CLI wall time and peak RSS"
cargo build -q --release -p clientgen 2>"$WORK/build-release.log" || { echo "release build failed"; exit 1; }
DEV_OK=1
if [ "${SKIP_DEV:-0}" != 1 ]; then cargo build -q -p clientgen 2>"$WORK/build-dev.log" || DEV_OK=0; fi
echo "#### The CLI, whole run (\`clientgen generate\` into an empty directory; median of 5 wall times, max peak RSS)"
echo
echo "| spec | build | wall s | peak RSS MB |"
echo "|---|---|---:|---:|"
cli_row() {
    local spec=$1 label=$2 input=$3 profile=$4 i start end out
    local -a cmd times=() rss=()
    for i in 1 2 3 4 5; do
        out=$WORK/out.$spec
        rm -rf "$out"
        case $profile in
            release) cmd=("$CARGO_TARGET_DIR/release/clientgen" generate --spec "$input" --out "$out" --crate-name "$spec-client") ;;
            dev) cmd=("$CARGO_TARGET_DIR/debug/clientgen" generate --spec "$input" --out "$out" --crate-name "$spec-client") ;;
            cargo-run) cmd=(cargo run -q -p clientgen -- generate --spec "$input" --out "$out" --crate-name "$spec-client") ;;
        esac
        start=$(now_ms)
        /usr/bin/time -f '%M' -o "$WORK/time" "${cmd[@]}" >"$WORK/cli.log" 2>&1 || { echo "| $label | $profile | failed: $(tail -n1 "$WORK/cli.log") | |"; return; }
        end=$(now_ms)
        times+=($((end - start)))
        rss+=("$(tail -n1 "$WORK/time")")
    done
    local med max
    med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    max=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n1)
    printf '| %s | %s | %.2f | %.0f |\n' "$label" "$profile" "$(awk -v x="$med" 'BEGIN {print x / 1000}')" "$(awk -v x="$max" 'BEGIN {print x / 1024}')"
}
for p in release dev cargo-run; do
    [ "$p" != release ] && { [ "${SKIP_DEV:-0}" = 1 ] || [ $DEV_OK = 0 ]; } && continue
    cli_row whop "whop (\`openapi.documented.yml\`)" "$ROOT/spec/openapi.documented.yml" "$p"
    [ "$p" = cargo-run ] && continue
    cli_row conductor "conductor (\`conductor-3.1.documented.yml\`)" "$SPECS/corpus/conductor-3.1.documented.yml" "$p"
    cli_row nexus "nexus (\`progenitor-nexus.json\`)" "$SPECS/corpus/progenitor-nexus.json" "$p"
done
echo
echo "\`cargo-run\` is \`cargo run -q -p clientgen -- generate …\` with the dev binary already built (cargo's own start-up included; its RSS is the largest process of the tree). Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
