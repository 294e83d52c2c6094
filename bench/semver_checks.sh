#!/usr/bin/env bash
# The cargo-semver-checks agreement suite (generator/tests/semver_agreement.rs):
#
#   bench/semver_checks.sh        # about 5 min, plus 15-20 min once to install the tool (2 cores)
#
# Installs the pinned cargo-semver-checks into target/tools (once), then
# generates both crates of every spec pair at 1.0.0 and checks that the
# tool passes every pair `clientgen diff` calls minor or patch and flags
# every major one (changes only the wire sees excepted, see the test).
# Prints the change-kind → lint table, also written to
# target/semver-agreement.md; the README's table comes from it.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.51.0
TOOLS="$PWD/target/tools"
if ! "$TOOLS/bin/cargo-semver-checks" --version 2>/dev/null | grep -q "$VERSION"; then
    CARGO_TARGET_DIR="$TOOLS/build" cargo install cargo-semver-checks --version "$VERSION" --locked --root "$TOOLS"
    rm -rf "$TOOLS/build"
fi
CARGO_SEMVER_CHECKS="$TOOLS/bin/cargo-semver-checks" \
    cargo test -p clientgen --test semver_agreement -- --ignored --nocapture
