#!/usr/bin/env bash
# Installs what is missing, builds, and opens the InviteDesk window on its demo: the
# bundled server runs as a child on a free loopback port with a seeded database kept
# in your data folder, so a second start shows the same data. Extra arguments go to
# invitedesk (see --help), e.g. --data-dir DIR.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${INVITEDESK_BUILD_DIR:-$root/build}

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target invitedesk invitedesk-server
exec "$build/bin/invitedesk" --demo "$@"
