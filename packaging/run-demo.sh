#!/usr/bin/env bash
# Installs what is missing, builds, and starts the demo: the reference server on
# loopback with a seeded database kept in the user's data folder. Extra arguments go
# to `invitedesk-server demo` (see --help).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${INVITEDESK_BUILD_DIR:-$root/build}

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target invitedesk-server
exec "$build/server/invitedesk-server" demo "$@"
