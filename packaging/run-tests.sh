#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (unit, integration
# over loopback HTTP, CLI, and the OpenAPI contract test behind Prism).
# Fails when a test fails or when no test ran.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${INVITEDESK_BUILD_DIR:-$root/build}

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja
cmake --build "$build"
ctest --test-dir "$build" --no-tests=error --output-on-failure -j "$(nproc)"
