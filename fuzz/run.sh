#!/usr/bin/env bash
# Runs the pipeline fuzz target for a bounded time (default 300 s), seeded
# with the Whop spec and the corpus in ../shared. Not part of CI.
#
#   fuzz/run.sh [SECONDS]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). The machine has only the
# stable toolchain; RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the sanitizer
# flags it needs. Crashes land in fuzz/artifacts/pipeline/: turn each one
# into a case in generator/tests/broken.rs before fixing it.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
corpus=corpus/pipeline
mkdir -p "$corpus"
for f in ../../shared/specs/corpus/*.{json,yml,yaml} ../../shared/specs/whop/openapi.documented.yml; do
  [ -f "$f" ] && cp -f "$f" "$corpus/"
done
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline "$corpus" -- -max_total_time="$seconds" -max_len=4000000 -timeout=30
