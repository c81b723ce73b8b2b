#!/usr/bin/env bash
# Kills the real command-line client (SIGKILL) at random moments while it queues,
# sends, syncs and migrates its cache, RUNS times (default 100), against the real
# server, and checks that every queued action took effect on the server exactly once,
# that nothing unasked changed, and that the cache is sound with an empty outbox (see
# kill-client.mjs).
#   tests/reliability/kill-client.sh BUILD_DIR [RUNS]
# Last line: BENCH kill-client runs=N kills=K lost=0 duplicated=0 integrity_ok=N
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 BUILD_DIR [RUNS]" >&2; exit 2; }
build=$(realpath -- "$1")
here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
for program in invitedesk-server invitedesk-cli; do
  [[ -x $build/bin/$program ]] || { echo "kill-client: $build/bin/$program not built" >&2; exit 2; }
done
exec node "$here/kill-client.mjs" --server "$build/bin/invitedesk-server" --cli "$build/bin/invitedesk-cli" \
  --runs "${2:-100}"
