#!/usr/bin/env bash
# Scale benchmark of the reference server: one user with 100,000 sent invitations.
# Prints the seeding time, a full /sync (the client's first start) at two page sizes,
# an empty delta, and single-page reads. Not a test: figures only.
#
# Usage: tests/bench/server-scale.sh [SERVER_BINARY]   (env: SCALE_SENT, SCALE_RECEIVED)
# Only loopback is used; the server and the temp dir are removed on exit.
set -euo pipefail
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
SERVER=$(realpath -m -- "${1:-$HERE/../../build/bin/invitedesk-server}")
[[ -x $SERVER ]] || { echo "scale: server binary not found: $SERVER" >&2; exit 2; }
SENT=${SCALE_SENT:-100000}
RECEIVED=${SCALE_RECEIVED:-5000}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-scale.XXXXXX")
PID=
cleanup() {
  [[ -n $PID ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  rm -rf -- "$TMP"
}
trap cleanup EXIT

start=$(date +%s%N)
"$SERVER" seed --db "$TMP/scale.db" --user scale --password scale-password --sent "$SENT" \
  --received "$RECEIVED" --seed 3 >/dev/null
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "seed            $SENT sent + $RECEIVED received: $((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000))) s," \
  "database $(du -m "$TMP/scale.db" | cut -f1) MB"

"$SERVER" serve --db "$TMP/scale.db" --listen 127.0.0.1:0 --rate-limit 0 >"$TMP/out" 2>&1 &
PID=$!
for _ in $(seq 100); do grep -q listening "$TMP/out" && break; sleep 0.1; done
URL=$(awk '/listening/ {print $4; exit}' "$TMP/out")
[[ -n $URL ]] || { echo "scale: the server did not start:" >&2; cat "$TMP/out" >&2; exit 1; }

python3 - "$URL" <<'PY'
import json, sys, time, urllib.parse, urllib.request

url = sys.argv[1]

def call(path, body=None, token=None):
    headers = {"Authorization": "Bearer " + token} if token else {}
    with urllib.request.urlopen(urllib.request.Request(url + path, data=body, headers=headers)) as reply:
        return json.load(reply)

token = call("/auth/token", json.dumps({"username": "scale", "password": "scale-password"}).encode())["access_token"]
since = None
for limit in (500, 1000):
    started, since, changes, pages = time.perf_counter(), None, 0, 0
    while True:
        page = call(f"/sync?limit={limit}" + (f"&since={urllib.parse.quote(since)}" if since else ""), token=token)
        changes, pages, since = changes + len(page["changes"]), pages + 1, page["next_since"]
        if not page["has_more"]:
            break
    took = time.perf_counter() - started
    print(f"full sync       limit={limit}: {changes} changes in {pages} pages, {took:.2f} s"
          f" ({took / pages * 1000:.1f} ms a page)")

def median_ms(path, runs=7):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call(path, token=token)
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)[runs // 2]

print(f"empty delta     {median_ms('/sync?since=' + urllib.parse.quote(since)):.1f} ms")
for path in ("/invitations?direction=sent&limit=50", "/invitations?state=all&limit=50",
             "/invitations?direction=sent&state=pending&limit=500", "/people/suggestions",
             "/connections", "/notifications", "/me"):
    print(f"{path:<52} {median_ms(path):6.1f} ms (median of 7)")
PY
