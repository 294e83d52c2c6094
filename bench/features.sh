#!/usr/bin/env bash
# Compile cost of the generated Whop client per cargo feature: crate-only
# `cargo check` and `cargo build` (dev profile, CARGO_INCREMENTAL=0,
# dependencies prebuilt) with all features (the default), with none, and
# with each resource group alone. Prints a markdown table on stdout,
# progress on stderr.
#
#   bench/features.sh            # COMPILE_RUNS=3 (median), CARGO_TARGET_DIR=/tmp/bench-target
#
# The crate measured is the checked-in generated-client/ (equal to a fresh
# generation: `cargo run -- check`).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${COMPILE_RUNS:-3}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/bench-target}"
export CARGO_TERM_COLOR=never

log() { echo "[features] $*" >&2; }

# The features, in Cargo.toml order (the `default` list).
mapfile -t FEATURES < <(sed -n 's/^default = \[\(.*\)\]$/\1/p' generated-client/Cargo.toml | tr -d '" ' | tr ',' '\n')
[ "${#FEATURES[@]}" -gt 0 ] || { echo "no default features in generated-client/Cargo.toml" >&2; exit 1; }

# compile MODE FLAGS...: median seconds of RUNS crate-only compiles.
compile() {
    local mode=$1; shift
    cargo "$mode" -p whop-client --lib "$@" >/dev/null 2>&1 # dependencies for this feature set
    local times=()
    for _ in $(seq "$RUNS"); do
        cargo clean -p whop-client >/dev/null 2>&1
        local start end
        start=$(date +%s.%N)
        CARGO_INCREMENTAL=0 cargo "$mode" -p whop-client --lib "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'
}

declare -A CHECK BUILD
rows=("all (default)" "none")
for f in "${FEATURES[@]}"; do rows+=("$f"); done
for row in "${rows[@]}"; do
    case "$row" in
        "all (default)") flags=() ;;
        none) flags=(--no-default-features) ;;
        *) flags=(--no-default-features --features "$row") ;;
    esac
    log "$row: check"
    CHECK[$row]=$(compile check "${flags[@]}")
    log "$row: build"
    BUILD[$row]=$(compile build "${flags[@]}")
done

all_check=${CHECK["all (default)"]}
all_build=${BUILD["all (default)"]}
echo "Commit \`$(git rev-parse --short HEAD)\`, $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(rustc --version)."
echo "Crate-only \`cargo check\`/\`cargo build\` of \`whop-client --lib\`, dev profile, CARGO_INCREMENTAL=0, dependencies prebuilt, median of $RUNS."
echo
echo "| features | check s | × all | build s | × all |"
echo "|---|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
    c=${CHECK[$row]}; b=${BUILD[$row]}
    printf '| %s | %s | %.2f | %s | %.2f |\n' "$row" "$c" "$(echo "$c / $all_check" | bc -l)" "$b" "$(echo "$b / $all_build" | bc -l)"
done
