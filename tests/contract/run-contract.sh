#!/usr/bin/env bash
# Contract test of the Invitations API: lints resources/api/openapi.yaml with Spectral,
# then, for each scenario group, runs the real server behind a Prism validation proxy and
# drives every endpoint and error code through it (drive-contract.mjs).
#
# Usage: tests/contract/run-contract.sh SERVER_BINARY BUILD_DIR
#
# The pinned tools (package.json + package-lock.json here) are installed into
# BUILD_DIR/contract-tools, never into the source tree, and only when the lockfile changed.
# Logs of the last run: BUILD_DIR/contract-run-BACKEND/. Only loopback addresses are used; every
# process started here is stopped on exit.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 SERVER_BINARY BUILD_DIR" >&2
  exit 2
fi
SERVER=$(realpath -- "$1")
BUILD=$(realpath -m -- "$2")
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd -- "$HERE/../.." && pwd)
SPEC=$SRC/resources/api/openapi.yaml
TOOLS=$BUILD/contract-tools
RUN=$BUILD/contract-run-${INVITEDESK_TEST_BACKEND:-sqlite}

[[ -x $SERVER ]] || { echo "contract: server binary not found or not executable: $SERVER" >&2; exit 2; }
[[ -f $SPEC ]] || { echo "contract: spec not found: $SPEC" >&2; exit 2; }
command -v node >/dev/null || { echo "contract: node is required (Node 20)" >&2; exit 2; }
command -v npm >/dev/null || { echo "contract: npm is required" >&2; exit 2; }

PIDS=()
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-contract.XXXXXX")

stop_pids() {
  local pid
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "contract: process $pid ignored SIGTERM, killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

# The backend under test: SQLite files, or with INVITEDESK_TEST_BACKEND=postgresql a fresh
# database per group in the cluster INVITEDESK_TEST_POSTGRES_URL names (see
# tests/support/with-postgres.sh), dropped at the end.
BACKEND=${INVITEDESK_TEST_BACKEND:-sqlite}
PG_DATABASES=()
if [[ $BACKEND == postgresql ]]; then
  [[ -n ${INVITEDESK_TEST_POSTGRES_URL:-} ]] ||
    { echo "contract: INVITEDESK_TEST_BACKEND=postgresql needs INVITEDESK_TEST_POSTGRES_URL (tests/support/with-postgres.sh)" >&2; exit 2; }
  command -v psql >/dev/null || { echo "contract: psql is required for the PostgreSQL backend" >&2; exit 2; }
fi

# db_for NAME: creates NAME's empty database and sets DB to what --db takes.
db_for() {
  if [[ $BACKEND != postgresql ]]; then
    DB=$TMPD/$1.db
    return
  fi
  local name="contract_$1_$$"
  psql -q -v ON_ERROR_STOP=1 "$INVITEDESK_TEST_POSTGRES_URL" -c "CREATE DATABASE $name" >/dev/null
  PG_DATABASES+=("$name")
  DB=${INVITEDESK_TEST_POSTGRES_URL%/*}/$name
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ ${#PIDS[@]} -gt 0 ]]; then stop_pids "${PIDS[@]}"; fi
  local name
  for name in "${PG_DATABASES[@]}"; do
    psql -q "$INVITEDESK_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf -- "$TMPD"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------
# 1. Tools, installed into the build tree.
install_tools() {
  mkdir -p "$TOOLS"
  if [[ -x $TOOLS/node_modules/.bin/prism && -x $TOOLS/node_modules/.bin/spectral ]] &&
    cmp -s "$HERE/package-lock.json" "$TOOLS/.installed-package-lock.json" &&
    cmp -s "$HERE/package.json" "$TOOLS/package.json"; then
    return 0
  fi
  echo "contract: installing the pinned tools into $TOOLS"
  rm -rf -- "$TOOLS/node_modules" "$TOOLS/.installed-package-lock.json"
  cp -- "$HERE/package.json" "$HERE/package-lock.json" "$TOOLS/"
  # --ignore-scripts: no tool needs an install script (one would only send telemetry).
  (cd "$TOOLS" && SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund \
    --loglevel=error --update-notifier=false)
  cp -- "$HERE/package-lock.json" "$TOOLS/.installed-package-lock.json"
}
install_tools
PRISM=$TOOLS/node_modules/@stoplight/prism-cli/dist/index.js
SPECTRAL=$TOOLS/node_modules/.bin/spectral

# ---------------------------------------------------------------------------------------
# 2. Lint: any finding of any severity fails.
echo "contract: spectral lint $SPEC"
"$SPECTRAL" lint --ruleset "$HERE/.spectral.yaml" --fail-severity=hint --display-only-failures "$SPEC"

# ---------------------------------------------------------------------------------------
# 3. Scenario groups.
rm -rf -- "$RUN"
mkdir -p "$RUN"

SERVER_PORT=
PRISM_PORT=
GROUP_PIDS=()

# start_server NAME DB FLAGS... -> SERVER_PORT
start_server() {
  local name=$1 db=$2 out line pid
  shift 2
  out=$RUN/$name-server.out
  "$SERVER" serve --db "$db" --listen 127.0.0.1:0 "$@" >"$out" 2>"$RUN/$name-server.err" &
  pid=$!
  PIDS+=("$pid")
  GROUP_PIDS+=("$pid")
  for _ in $(seq 150); do
    line=$(head -n 1 -- "$out" 2>/dev/null || true)
    if [[ $line =~ ^invitedesk-server\ listening\ on\ http://127\.0\.0\.1:([0-9]+)/api/v1 ]]; then
      SERVER_PORT=${BASH_REMATCH[1]}
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "contract: [$name] the server exited early; stderr:" >&2
      cat -- "$RUN/$name-server.err" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "contract: [$name] no 'invitedesk-server listening on http://127.0.0.1:PORT/api/v1' line within 15 s; got: $line" >&2
  return 1
}

# start_prism NAME -> PRISM_PORT (a proxy on a free loopback port, without --errors:
# every request is forwarded and findings come back in the sl-violations header)
start_prism() {
  local name=$1 log pid
  log=$RUN/$name-prism.log
  node "$PRISM" proxy --host 127.0.0.1 --port 0 "$SPEC" "http://127.0.0.1:$SERVER_PORT/api/v1" >"$log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  GROUP_PIDS+=("$pid")
  for _ in $(seq 600); do
    if [[ $(grep -a -o -m 1 'Prism is listening on http://127\.0\.0\.1:[0-9]*' "$log" 2>/dev/null) =~ :([0-9]+)$ ]]; then
      PRISM_PORT=${BASH_REMATCH[1]}
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "contract: [$name] prism exited early:" >&2
      cat -- "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "contract: [$name] prism did not start within 60 s" >&2
  tail -n 20 -- "$log" >&2
  return 1
}

stop_group() {
  if [[ ${#GROUP_PIDS[@]} -gt 0 ]]; then stop_pids "${GROUP_PIDS[@]}"; fi
  GROUP_PIDS=()
}

# cli NAME ARGS... : one CLI call of the server binary, bounded in time.
cli() {
  local name=$1
  shift
  if ! timeout 60 "$SERVER" "$@" >>"$RUN/$name-cli.log" 2>&1; then
    echo "contract: [$name] '$(basename -- "$SERVER") $*' failed:" >&2
    cat -- "$RUN/$name-cli.log" >&2
    return 1
  fi
}

FAILED_GROUPS=()

# run_group NAME DRIVER_ARGS -- SERVER_FLAGS  (after seeding NAME's database, $DB)
run_group() {
  local name=$1 rc=0
  shift
  local -a dargs=() sflags=()
  while [[ $# -gt 0 && $1 != -- ]]; do dargs+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  sflags=("$@")
  echo "contract: group $name: server ${sflags[*]}"
  if ! start_server "$name" "$DB" "${sflags[@]}" || ! start_prism "$name"; then
    stop_group
    FAILED_GROUPS+=("$name (setup)")
    return 0
  fi
  timeout 90 node "$HERE/drive-contract.mjs" --group "$name" \
    --proxy "http://127.0.0.1:$PRISM_PORT" --direct "http://127.0.0.1:$SERVER_PORT/api/v1" \
    "${dargs[@]}" 2>&1 | tee "$RUN/$name-driver.log" || rc=$?
  stop_group
  # Safety net: Prism logs every finding; no response-side one may exist.
  if grep -a -q 'Violation: response' "$RUN/$name-prism.log"; then
    echo "contract: [$name] Prism logged response violations:" >&2
    grep -a 'Violation: response' "$RUN/$name-prism.log" >&2
    rc=1
  fi
  if [[ $rc -ne 0 ]]; then FAILED_GROUPS+=("$name"); fi
  return 0
}

COMMON=(--rate-limit 0 --rate-burst 0 --reinvite-cooldown-days 21 --expiry-days 180 --note-max-chars 300)

# main: every endpoint and most error codes, two users.
db_for main
cli main seed --db "$DB" --user alice --password alice-pw-1 --sent 40 --received 40 --seed 7
cli main user add --db "$DB" bob --password bob-pw-1
run_group main --user alice --password alice-pw-1 --user2 bob --password2 bob-pw-1 \
  --note-max-chars 300 --weekly-limit 100 --cooldown-days 21 --expiry-days 180 \
  -- "${COMMON[@]}" --weekly-invite-limit 100

# ratelimit: a tiny token bucket (1 request/s, burst 3).
db_for ratelimit
cli ratelimit seed --db "$DB" --user alice --password alice-pw-1 --sent 3 --received 3 --seed 8
run_group ratelimit --user alice --password alice-pw-1 \
  -- --rate-limit 1 --rate-burst 3 --weekly-invite-limit 100

# weekly: a fresh user with a weekly limit of 2, on a server whose other rules are not the
# defaults either, so GET /me must publish what the server really runs with.
db_for weekly
cli weekly seed --db "$DB" --user alice --password alice-pw-1 --sent 3 --received 3 --seed 9
cli weekly user add --db "$DB" carol --password carol-pw-1
run_group weekly --user carol --password carol-pw-1 \
  --note-max-chars 50 --weekly-limit 2 --cooldown-days 2 --expiry-days 30 \
  -- --rate-limit 0 --rate-burst 0 --reinvite-cooldown-days 2 --expiry-days 30 --note-max-chars 50 \
  --weekly-invite-limit 2

if [[ ${#FAILED_GROUPS[@]} -gt 0 ]]; then
  echo "contract: FAILED groups: ${FAILED_GROUPS[*]} (logs in $RUN)"
  exit 1
fi
echo "contract: all groups passed"
