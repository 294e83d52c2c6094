#!/usr/bin/env bash
# Runs the pipeline fuzz target for a bounded time (default 300 s). Not part
# of CI.
#
#   fuzz/run.sh [SECONDS]
#
# Seeds: the small specs of ../shared/specs/corpus (under 32 KiB; the large
# ones make every run slow under the sanitizer without reaching new code)
# and generator/tests/fixtures. Inputs are capped at 64 KiB; mutations use
# the OpenAPI keywords of openapi.dict.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`, done here when missing) and
# a nightly toolchain for the sanitizer flags; without nightly it falls back
# to RUSTC_BOOTSTRAP=1 on stable. Crashes land in fuzz/artifacts/pipeline/:
# turn each one into a case in generator/tests/broken.rs before fixing it.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
corpus=corpus/pipeline
mkdir -p "$corpus"
for f in ../../shared/specs/corpus/*.{json,yml,yaml} ../generator/tests/fixtures/*.yml; do
  [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 32768 ] && cp -f "$f" "$corpus/"
done
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi
cargo "${toolchain[@]}" fuzz run pipeline "$corpus" -- \
  -dict=openapi.dict -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096
