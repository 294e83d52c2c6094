#!/usr/bin/env bash
# Compares clientgen with progenitor (cargo-progenitor) and openapi-generator
# (`-g rust`) on the same specs, in one run, and prints one markdown table:
# generation time, peak RSS, lines of generated Rust, operations, and the
# crate-only `cargo check` / `cargo build` time of each generated crate (in
# all and per operation). On Whop it also compiles Whop's official Rust SDK
# (`whop_sdk` on crates.io, Fern-generated from a newer spec), which has no
# generation step to time.
#
#   bench/compare.sh            # everything (installs the peers on first use); about
#                               # 25 min with COMPILE_RUNS=1 on 2 cores, whop_sdk's
#                               # check and build about 5 min of it
#
# Environment:
#   CARGO_TARGET_DIR   where our generator is built (default /tmp/bench-target);
#                      the generated crates compile in $CARGO_TARGET_DIR/compare
#   BENCH_WORK         scratch directory for generated crates and logs
#                      (default /tmp/clientgen-compare; keep it outside the repo)
#   GEN_RUNS           generation runs per cell, the median is shown (default 5)
#   COMPILE_RUNS       timed crate-only compiles per cell, median (default 1)
#   SKIP_COMPILE=1     generation columns only
#   CASES              subset of "whop whop_sdk nexus" (default all)
#   PEERS              subset of "progenitor openapi-generator" (default both;
#                      empty: ours alone, e.g. `CASES="whop whop_sdk" PEERS=""`)
#
# Peers are installed from their registries into bench/.tools (git-ignored)
# by bench/install_peers.sh.
# A peer that cannot be installed or fails on a spec does not stop the run:
# its error is printed in the table.
#
# Crate-only compile time: each generated crate is compiled once (so every
# dependency is built), then `cargo clean -p <crate>` and the timed
# `cargo check` / `cargo build` (dev profile) compile only the crate itself,
# with CARGO_INCREMENTAL=0.

set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
TOOLS=$HERE/.tools
SPECS=$(cd "$ROOT/../shared/specs" 2>/dev/null && pwd) || { echo "../shared/specs not found beside the checkout" >&2; exit 1; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/bench-target}
WORK=${BENCH_WORK:-/tmp/clientgen-compare}
GEN_RUNS=${GEN_RUNS:-5}
COMPILE_RUNS=${COMPILE_RUNS:-1}
SKIP_COMPILE=${SKIP_COMPILE:-0}
CASES=${CASES:-whop whop_sdk nexus}
PEERS=${PEERS-progenitor openapi-generator}
COMPILE_TARGET=$CARGO_TARGET_DIR/compare
LOGS=$WORK/logs
mkdir -p "$TOOLS" "$WORK" "$LOGS"

log() { printf '[compare %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The most telling line of a failed step's log, safe inside a table cell.
error_of() {
    local f=$1 line
    line=$(sed 's/\x1b\[[0-9;]*m//g' "$f" | grep -m1 -E '^(error|Error)|Exception|ERROR|error:|Error:|panicked|[Rr]efus|unsupported|not supported' || true)
    [ -n "$line" ] || line=$(sed 's/\x1b\[[0-9;]*m//g' "$f" | grep -v '^\s*$' | tail -n1)
    line=${line//|/\\|}
    printf 'FAILED: %s' "${line:0:220}"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print ""} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }

# ---------------------------------------------------------------- install
PROGENITOR=$TOOLS/bin/cargo-progenitor
OPENAPI_GEN=$TOOLS/venv/bin/openapi-generator-cli
declare -A INSTALL_ERROR=()

wants_peer() { [[ " $PEERS " == *" $1 "* ]]; }
for g in progenitor openapi-generator; do
    if wants_peer "$g" && ! "$HERE/install_peers.sh" "$g" "$LOGS/install-$g.log"; then
        INSTALL_ERROR[$g]="install $(error_of "$LOGS/install-$g.log")"
    fi
done

# The commit our generator is built from.
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- generator/src generator/runtime generator/build.rs 2>/dev/null || echo ' (plus uncommitted changes in generator/)')"
log "building clientgen (release)"
if ! (cd "$ROOT" && cargo build --release -p clientgen) >"$LOGS/build-clientgen.log" 2>&1; then
    echo "our generator does not build: see $LOGS/build-clientgen.log" >&2
    exit 1
fi
OURS=$CARGO_TARGET_DIR/release/clientgen

PROGENITOR_VERSION=$(cargo install --list --root "$TOOLS" 2>/dev/null | sed -n 's/^cargo-progenitor \(v[^:]*\):.*/\1/p')
OPENAPI_GEN_VERSION=$([ -x "$OPENAPI_GEN" ] && "$OPENAPI_GEN" version 2>/dev/null | tail -n1)

# ---------------------------------------------------------------- generation
# gen_cmd GENERATOR INPUT OUT NAME: the command line, one word per line.
gen_cmd() {
    local g=$1 input=$2 out=$3 name=$4
    case $g in
        ours) printf '%s\n' "$OURS" generate --spec "$input" --out "$out" --crate-name "$name" ;;
        progenitor) printf '%s\n' "$PROGENITOR" progenitor -i "$input" -o "$out" -n "$name" -v 0.1.0 ;;
        openapi-generator) printf '%s\n' "$OPENAPI_GEN" generate -i "$input" -g rust -o "$out" \
            --additional-properties="packageName=$name" ;;
    esac
}

# run_gen KEY GENERATOR INPUT NAME RUNS: generates RUNS times into fresh
# directories; sets GEN_MS (median), GEN_RSS_KB (max), GEN_ERR, GEN_OUT.
run_gen() {
    local key=$1 g=$2 input=$3 name=$4 runs=$5 i out start end
    local -a cmd times=() rss=()
    GEN_ERR="" GEN_MS="" GEN_RSS_KB="" GEN_OUT=""
    for i in $(seq 1 "$runs"); do
        out=$WORK/gen/$key
        rm -rf "$out" && mkdir -p "$WORK/gen"
        mapfile -t cmd < <(gen_cmd "$g" "$input" "$out" "$name")
        start=$(now_ms)
        if ! /usr/bin/time -f '%M' -o "$LOGS/$key.time" "${cmd[@]}" >"$LOGS/$key.gen.log" 2>&1; then
            GEN_ERR=$(error_of "$LOGS/$key.gen.log")
            return 1
        fi
        end=$(now_ms)
        times+=($((end - start)))
        rss+=("$(tail -n1 "$LOGS/$key.time")")
    done
    GEN_MS=$(printf '%s\n' "${times[@]}" | median)
    GEN_RSS_KB=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n1)
    GEN_OUT=$out
}

# Lines of the crate's library sources (`src/**/*.rs`): what `cargo check` compiles.
rust_lines() { find "$1/src" -name '*.rs' -print0 | xargs -0 cat | wc -l; }

# crate_compile DIR NAME MODE(check|build): sets CC_S (median seconds) or CC_ERR.
crate_compile() {
    local dir=$1 name=$2 mode=$3 i start end
    local -a times=()
    CC_S="" CC_ERR=""
    local logf=$LOGS/$(basename "$dir").$mode.log
    # Dependencies first (untimed).
    if ! (cd "$dir" && CARGO_TARGET_DIR=$COMPILE_TARGET CARGO_INCREMENTAL=0 cargo "$mode") >"$logf" 2>&1; then
        CC_ERR=$(error_of "$logf")
        return 1
    fi
    for i in $(seq 1 "$COMPILE_RUNS"); do
        (cd "$dir" && CARGO_TARGET_DIR=$COMPILE_TARGET cargo clean -p "$name") >>"$logf" 2>&1
        start=$(now_ms)
        if ! (cd "$dir" && CARGO_TARGET_DIR=$COMPILE_TARGET CARGO_INCREMENTAL=0 cargo "$mode") >>"$logf" 2>&1; then
            CC_ERR=$(error_of "$logf")
            return 1
        fi
        end=$(now_ms)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", (b - a) / 1000}')")
    done
    CC_S=$(printf '%s\n' "${times[@]}" | median)
}

declare -A R_INPUT R_GEN R_RSS R_LINES R_OPS R_CHECK R_BUILD
NOTES=()
ROWS=()

# measure CASE GENERATOR INPUT NAME [gen-only]
measure() {
    local case=$1 g=$2 input=$3 name=$4 gen_only=${5:-}
    local key=$case.$g${gen_only:+.$gen_only}
    ROWS+=("$key")
    R_INPUT[$key]=$(basename "$input")
    R_CHECK[$key]="" R_BUILD[$key]="" R_LINES[$key]="" R_RSS[$key]=""
    R_OPS[$key]=$(spec_operations "$input")
    if [ -n "${INSTALL_ERROR[$g]:-}" ]; then
        R_GEN[$key]=${INSTALL_ERROR[$g]}
        return
    fi
    log "$key: generating ($GEN_RUNS runs) from $(basename "$input")"
    if ! run_gen "$key" "$g" "$input" "$name" "$GEN_RUNS"; then
        R_GEN[$key]=$GEN_ERR
        return
    fi
    R_GEN[$key]=$(awk -v ms="$GEN_MS" 'BEGIN {printf "%.2f", ms / 1000}')
    R_RSS[$key]=$(awk -v kb="$GEN_RSS_KB" 'BEGIN {printf "%.0f", kb / 1024}')
    R_LINES[$key]=$(rust_lines "$GEN_OUT")
    if [ -n "$gen_only" ] || [ "$SKIP_COMPILE" = 1 ]; then
        return
    fi
    # A standalone crate, whatever directory it sits in.
    grep -q '^\[workspace\]' "$GEN_OUT/Cargo.toml" || printf '\n[workspace]\n' >>"$GEN_OUT/Cargo.toml"
    log "$key: cargo check (deps, then crate only)"
    if crate_compile "$GEN_OUT" "$name" check; then R_CHECK[$key]=$CC_S; else R_CHECK[$key]=$CC_ERR; fi
    log "$key: cargo build (deps, then crate only)"
    if crate_compile "$GEN_OUT" "$name" build; then R_BUILD[$key]=$CC_S; else R_BUILD[$key]=$CC_ERR; fi
}

# The operations of a spec (YAML or JSON): what every generator makes a method of.
spec_operations() {
    python3 - "$1" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
try:
    doc = json.loads(text)
except ValueError:
    import yaml
    doc = yaml.safe_load(text)
methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
print(sum(1 for item in (doc.get("paths") or {}).values() for m in (item or {}) if m in methods))
PY
}

# measure_published CASE CRATE VERSION: a generated SDK published on
# crates.io, compiled crate-only as a dependency of an empty crate (no
# generation to time). Its operations are its `pub async fn`s.
measure_published() {
    local case=$1 crate=$2 version=$3
    local key=$case.$crate dir=$WORK/gen/$case.$crate src
    ROWS+=("$key")
    R_INPUT[$key]="crates.io $crate $version" R_GEN[$key]="— (published)" R_RSS[$key]="" R_LINES[$key]="" R_OPS[$key]=""
    R_CHECK[$key]="" R_BUILD[$key]=""
    rm -rf "$dir" && mkdir -p "$dir/src"
    printf '[package]\nname = "published-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s = "=%s"\n\n[workspace]\n' \
        "$crate" "$crate" "$version" >"$dir/Cargo.toml"
    : >"$dir/src/lib.rs"
    [ "$SKIP_COMPILE" = 1 ] && return
    log "$key: cargo check (deps, then crate only)"
    if crate_compile "$dir" "$crate" check; then R_CHECK[$key]=$CC_S; else R_CHECK[$key]=$CC_ERR; fi
    log "$key: cargo build (deps, then crate only)"
    if crate_compile "$dir" "$crate" build; then R_BUILD[$key]=$CC_S; else R_BUILD[$key]=$CC_ERR; fi
    src=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -maxdepth 2 -type d -name "$crate-$version" | head -n1)
    if [ -n "$src" ]; then
        R_LINES[$key]=$(rust_lines "$src")
        R_OPS[$key]=$(find "$src/src" -name '*.rs' -print0 | xargs -0 cat | grep -c 'pub async fn')
    fi
}

# A peer on the original 3.1 YAML first; when it refuses, the 3.0 JSON.
# Sets PEER_INPUT.
peer_input() {
    local case=$1 g=$2 yaml=$3 json=$4 name=$5
    PEER_INPUT=$json
    [ -n "${INSTALL_ERROR[$g]:-}" ] && return
    log "$case.$g: trying $(basename "$yaml")"
    if run_gen "$case.$g.yaml-attempt" "$g" "$yaml" "$name" 1; then
        PEER_INPUT=$yaml
    else
        NOTES+=("$g on \`$(basename "$yaml")\`: $GEN_ERR — so it ran on \`$(basename "$json")\`")
    fi
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for case in $CASES; do
    case $case in
        whop)
            yaml=$ROOT/spec/openapi.documented.yml
            peers_json=$SPECS/whop/whop-3.0-for-peers.json
            measure whop ours "$yaml" whop-ours
            for g in $PEERS; do
                peer_input whop "$g" "$yaml" "$peers_json" "whop-${g%%-*}"
                measure whop "$g" "$PEER_INPUT" "whop-${g%%-*}"
            done
            # Ours on the peers' (lossy 3.0) JSON, generation only: same input bytes as the peers.
            measure whop ours "$peers_json" whop-ours-json same-json
            ;;
        whop_sdk)
            # A row of the Whop table (ratios against ours on Whop, when run with it).
            measure_published whop whop_sdk 1.1.5
            ;;
        nexus)
            nexus=$SPECS/corpus/progenitor-nexus.json
            for g in ours $PEERS; do
                measure nexus "$g" "$nexus" "nexus-${g%%-*}"
            done
            ;;
    esac
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- table
is_num() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
# per_operation SECONDS OPERATIONS: milliseconds per operation, or "n/a"
per_operation() { if is_num "$1" && is_num "$2" && [ "$2" != 0 ]; then awk -v s="$1" -v n="$2" 'BEGIN {printf "%.1f", s * 1000 / n}'; else echo "n/a"; fi; }
# ratio A B FORMAT: A/B, or "n/a"
ratio() { if is_num "$1" && is_num "$2" && [ "$2" != 0 ] && [ "$2" != 0.0 ] && [ "$2" != 0.00 ]; then awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN {printf f, a / b}'; else echo "n/a"; fi; }

echo "### clientgen vs progenitor vs openapi-generator"
echo
echo "Commit \`$COMMIT\` (at the start of the run), $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $LOAD_START at start, $LOAD_END at end."
echo "Peers: cargo-progenitor ${PROGENITOR_VERSION:-not installed}, openapi-generator-cli ${OPENAPI_GEN_VERSION:-not installed} (\`-g rust\`, default options), $(java -version 2>&1 | head -n1)."
echo "Generation: median of $GEN_RUNS runs, wall clock of the whole command (JVM start-up included for openapi-generator); peak RSS: max of the runs (\`/usr/bin/time\`)."
echo "Compile: crate-only, dev profile, CARGO_INCREMENTAL=0, dependencies prebuilt, median of $COMPILE_RUNS; $(rustc --version)."
echo "Ratios are ours ÷ peer on the same spec (generation: peer ÷ ours, i.e. how many times faster we are)."
echo
echo "| spec | generator | input | generation s | peak RSS MB | lines of Rust | operations | crate-only \`cargo check\` s | check ms per operation | crate-only \`cargo build\` s | build ms per operation | ours: × faster generation | ours/peer RSS | ours/peer lines | ours/peer check | ours/peer build | ours/peer check per operation |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for key in "${ROWS[@]}"; do
    IFS=. read -r case g extra <<<"$key"
    label=$g
    [ -n "$extra" ] && label="$g (gen only, on the peers' JSON)"
    ours=$case.ours
    check_per=$(per_operation "${R_CHECK[$key]}" "${R_OPS[$key]}")
    build_per=$(per_operation "${R_BUILD[$key]}" "${R_OPS[$key]}")
    if [ "$g" = ours ]; then
        r1="—" r2="—" r3="—" r4="—" r5="—" r6="—"
    else
        r6=$(ratio "$(per_operation "${R_CHECK[$ours]}" "${R_OPS[$ours]}")" "$check_per" '%.2f')
        r1=$(ratio "${R_GEN[$key]}" "${R_GEN[$ours]}" '%.1f×')
        r2=$(ratio "${R_RSS[$ours]}" "${R_RSS[$key]}" '%.2f')
        r3=$(ratio "${R_LINES[$ours]}" "${R_LINES[$key]}" '%.2f')
        r4=$(ratio "${R_CHECK[$ours]}" "${R_CHECK[$key]}" '%.2f')
        r5=$(ratio "${R_BUILD[$ours]}" "${R_BUILD[$key]}" '%.2f')
    fi
    echo "| $case | $label | \`${R_INPUT[$key]}\` | ${R_GEN[$key]} | ${R_RSS[$key]} | ${R_LINES[$key]} | ${R_OPS[$key]} | ${R_CHECK[$key]:-—} | $check_per | ${R_BUILD[$key]:-—} | $build_per | $r1 | $r2 | $r3 | $r4 | $r5 | $r6 |"
done
if [ ${#NOTES[@]} -gt 0 ]; then
    echo
    for n in "${NOTES[@]}"; do echo "- $n"; done
fi
echo
RUNTIME_LINES=$(cat "$ROOT"/generator/runtime/*.rs | wc -l)
echo "Lines of Rust: \`src/**/*.rs\` of the generated crate, what \`cargo check\` compiles. Ours includes its runtime, copied verbatim into \`src/runtime/\` ($RUNTIME_LINES lines, with its unit tests); progenitor's crate depends on the \`progenitor-client\` crate instead, openapi-generator's carries its small \`apis/configuration.rs\`. Logs: \`$LOGS\`."
