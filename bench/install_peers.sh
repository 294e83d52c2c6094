#!/usr/bin/env bash
# Installs one peer generator into bench/.tools (git-ignored) unless it is
# already there; shared by bench/compare.sh and bench/peers.py.
#
#   bench/install_peers.sh progenitor|openapi-generator LOG
#
# progenitor:        cargo install cargo-progenitor --locked --root bench/.tools
#                    (compiles it: several minutes the first time)
# openapi-generator: python3 -m venv bench/.tools/venv, then
#                    pip install openapi-generator-cli (it bundles the jar)
#
# Output of the install goes to LOG; the exit status says whether the peer
# can be run. CARGO_TARGET_DIR (default /tmp/bench-target) holds the
# progenitor build.

set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
TOOLS=$HERE/.tools
peer=${1:?usage: install_peers.sh progenitor|openapi-generator LOG}
logf=${2:?usage: install_peers.sh progenitor|openapi-generator LOG}
mkdir -p "$TOOLS" "$(dirname "$logf")"

case $peer in
    progenitor)
        [ -x "$TOOLS/bin/cargo-progenitor" ] && exit 0
        printf '[install %s] installing cargo-progenitor (compiles it; several minutes)\n' "$(date +%H:%M:%S)" >&2
        CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/bench-target}/progenitor-install \
            cargo install cargo-progenitor --locked --root "$TOOLS" >"$logf" 2>&1
        ;;
    openapi-generator)
        [ -x "$TOOLS/venv/bin/openapi-generator-cli" ] && exit 0
        printf '[install %s] installing openapi-generator-cli into a venv\n' "$(date +%H:%M:%S)" >&2
        { python3 -m venv "$TOOLS/venv" && "$TOOLS/venv/bin/pip" install openapi-generator-cli; } >"$logf" 2>&1
        ;;
    *)
        echo "unknown peer: $peer (progenitor or openapi-generator)" >&2
        exit 2
        ;;
esac
