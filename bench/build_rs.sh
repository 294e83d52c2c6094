#!/usr/bin/env bash
# The build.rs path as a downstream crate gets it: a crate *outside* this
# workspace with the generator as a build-dependency, so none of the
# workspace's profile settings reach it. Measures, cold (empty target dir)
# and warm (the spec touched: build script rerun + client recompiled):
#
#   - the whole `cargo build` (dev profile) wall time;
#   - the generation alone, as the build script itself times it;
#   - the compile of the included client alone (`src/lib.rs` touched);
#
# for clientgen on Whop (formatted, and in the compact layout its README
# recommends for `include!`) and on nexus, and for progenitor's documented build.rs
# path on nexus, each in two profiles: cargo's default (build scripts and
# their dependencies at opt-level 0) and with the recommended
# `[profile.dev.build-override] opt-level = 2`. Prints one markdown table and
# whether `clap` is in the build-dependency graph.
#
#   bench/build_rs.sh        # about 25 min on 2 cores (six cold builds, each followed by four warm ones)
#
# Environment:
#   BENCH_WORK   scratch directory (default /tmp/clientgen-build-rs; outside the repo)
#   CASES        subset of "ours-whop ours-whop-compact ours-nexus progenitor-nexus" (default all)
#   PROFILES     subset of "default build-override" (default both)
#   WARM_RUNS    warm rebuilds per cell, median (default 2)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SPECS=$(cd "$ROOT/../shared/specs" 2>/dev/null && pwd) || { echo "../shared/specs not found beside the checkout" >&2; exit 1; }
WORK=${BENCH_WORK:-/tmp/clientgen-build-rs}
CASES=${CASES:-ours-whop ours-whop-compact ours-nexus progenitor-nexus}
PROFILES=${PROFILES:-default build-override}
WARM_RUNS=${WARM_RUNS:-2}
mkdir -p "$WORK"

log() { printf '[build_rs %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print ""} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

# The generated client's runtime dependencies, exactly as the generator
# writes them into a generated Cargo.toml (its [dependencies] table).
runtime_deps() {
    local spec=$1 tmp
    tmp=$(mktemp -d)
    (cd "$ROOT" && cargo run -q --release -p clientgen -- generate --spec "$spec" --out "$tmp/c" --crate-name probe >/dev/null 2>&1)
    awk '/^\[dependencies\]/ {on=1; next} /^\[/ {on=0} on && NF' "$tmp/c/Cargo.toml"
    rm -rf "$tmp"
}

# A downstream crate in $WORK/<case>-<profile>.
make_crate() {
    local case=$1 profile=$2 dir=$WORK/$1-$2 spec
    rm -rf "$dir"
    mkdir -p "$dir/src"
    case $case in
        ours-whop*) spec=$SPECS/whop/openapi.documented.yml ;;
        *-nexus) spec=$SPECS/corpus/progenitor-nexus.json ;;
    esac
    # The build script watches its own copy, so touching it is a spec change.
    cp "$spec" "$dir/spec.${spec##*.}"
    {
        printf '[package]\nname = "downstream"\nversion = "0.1.0"\nedition = "2021"\npublish = false\n\n[workspace]\n\n'
        case $case in
            ours-*)
                printf '[build-dependencies]\nclientgen = { path = "%s", default-features = false }\n\n' "$ROOT/generator"
                printf '[dependencies]\n'
                runtime_deps "$spec"
                ;;
            progenitor-*)
                # progenitor's README build.rs: generate_tokens, syn, prettyplease.
                printf '[build-dependencies]\nprogenitor = "0.15.1"\nserde_json = "1"\nsyn = "2"\nprettyplease = "0.2"\n\n'
                printf '[dependencies]\nprogenitor-client = "0.15.1"\n'
                printf 'reqwest = { version = "0.13", default-features = false, features = ["json", "stream", "query", "rustls"] }\n'
                printf 'serde = { version = "1", features = ["derive"] }\nserde_json = "1"\nserde_urlencoded = "0.7"\n'
                printf 'chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }\n'
                printf 'uuid = { version = "1", features = ["serde", "v4"] }\nfutures = "0.3"\nbytes = "1"\nregress = "0.12"\n'
                ;;
        esac
        if [ "$profile" = build-override ]; then
            printf '\n[profile.dev.build-override]\nopt-level = 2\n'
        fi
    } >"$dir/Cargo.toml"
    local layout=Formatted
    case $case in *-compact) layout=Compact ;; esac
    case $case in
        ours-*) cat >"$dir/build.rs" <<EOF
fn main() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=spec.${spec##*.}");
    let start = std::time::Instant::now();
    clientgen::Generator::new("spec.${spec##*.}")
        .crate_name("downstream")
        .layout(clientgen::emit::Layout::$layout)
        .generate()
        .and_then(|c| c.write_single_file(out.join("client.rs")))
        .unwrap_or_else(|e| panic!("{e}"));
    println!("cargo:warning=GENERATION_MS={}", start.elapsed().as_millis());
}
EOF
            ;;
        progenitor-*) cat >"$dir/build.rs" <<EOF
fn main() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=spec.json");
    let start = std::time::Instant::now();
    let file = std::fs::File::open("spec.json").unwrap();
    let spec = serde_json::from_reader(file).unwrap();
    let mut generator = progenitor::Generator::default();
    let tokens = generator.generate_tokens(&spec).unwrap();
    let ast = syn::parse2(tokens).unwrap();
    std::fs::write(out.join("client.rs"), prettyplease::unparse(&ast)).unwrap();
    println!("cargo:warning=GENERATION_MS={}", start.elapsed().as_millis());
}
EOF
            ;;
    esac
    echo 'include!(concat!(env!("OUT_DIR"), "/client.rs"));' >"$dir/src/lib.rs"
}

# One `cargo build` of $1; prints "<wall ms> <generation ms>" (the
# generation as the build script reports it in a cargo warning).
build_once() {
    local dir=$1 start end gen
    start=$(now_ms)
    (cd "$dir" && CARGO_TARGET_DIR=$dir/target cargo build >"$dir/build.log" 2>&1) || {
        log "build failed in $dir: $(grep -m1 -E '^error' "$dir/build.log" || tail -n1 "$dir/build.log")"
        echo "FAILED FAILED"
        return
    }
    end=$(now_ms)
    gen=$(grep -o 'GENERATION_MS=[0-9]*' "$dir/build.log" | head -n1 | cut -d= -f2)
    echo "$(( end - start )) ${gen:-none}"
}

echo "| case | build-script profile | cold build (whole) | spec touched: build script + client (median of $WARM_RUNS) | generation in the build script, cold / spec touched | client alone (\`src/lib.rs\` touched) |"
echo "|---|---|---:|---:|---:|---:|"
for case in $CASES; do
    for profile in $PROFILES; do
        log "$case, $profile: cold"
        make_crate "$case" "$profile"
        dir=$WORK/$case-$profile
        read -r cold_wall cold_gen < <(build_once "$dir")
        if [ "$cold_wall" = FAILED ]; then
            echo "| $case | $profile | FAILED: see $dir/build.log | | | |"
            continue
        fi
        warm_walls=() warm_gens=() unit_walls=()
        for _ in $(seq "$WARM_RUNS"); do
            log "$case, $profile: spec touched"
            touch "$dir"/spec.*
            read -r w g < <(build_once "$dir")
            warm_walls+=("$w") warm_gens+=("$g")
            log "$case, $profile: src/lib.rs touched"
            touch "$dir/src/lib.rs"
            read -r u _ < <(build_once "$dir")
            unit_walls+=("$u")
        done
        ww=$(printf '%s\n' "${warm_walls[@]}" | median)
        wg=$(printf '%s\n' "${warm_gens[@]}" | median)
        wu=$(printf '%s\n' "${unit_walls[@]}" | median)
        echo "| $case | $profile | $(secs "$cold_wall") | $(secs "$ww") | ${cold_gen} ms / ${wg} ms | $(secs "$wu") |"
    done
done

echo
for case in $CASES; do
    case $case in ours-*) ;; *) continue ;; esac
    dir=$WORK/$case-default
    [ -d "$dir" ] || continue
    if (cd "$dir" && cargo tree -e build,normal --prefix none 2>/dev/null | grep -q '^clap '); then
        echo "- $case: \`clap\` IS in the dependency graph"
    else
        echo "- $case: \`clap\` is not in the dependency graph (\`cargo tree\`)"
    fi
done
