#!/usr/bin/env bash
# Kills the server (SIGKILL) during withdrawals and invitations, RUNS times (default
# 100), and checks that every answer a client received is durable after the restart,
# that a retry with the same Idempotency-Key replays the same answer, and that the
# database is sound after each kill: PRAGMA integrity_check and foreign_key_check on
# SQLite; on PostgreSQL (INVITEDESK_TEST_BACKEND=postgresql, in the cluster
# INVITEDESK_TEST_POSTGRES_URL names: tests/support/with-postgres.sh) no orphan rows.
# Both: no change left with a provisional (negative) number, no stored 201 answer
# naming an invitation that does not exist.
#   tests/reliability/kill-server.sh BUILD_DIR [RUNS]
# Last line: BENCH kill-server runs=N acknowledged_lost=0 replay_mismatch=0 integrity_ok=N
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 BUILD_DIR [RUNS]" >&2; exit 2; }
build=$(realpath -- "$1")
runs=${2:-100}
here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
server=$build/bin/invitedesk-server
[[ -x $server ]] || { echo "kill-server: $server not built" >&2; exit 2; }
backend=${INVITEDESK_TEST_BACKEND:-sqlite}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-kill-server.XXXXXX")
pgname=""
cleanup() {
  [[ -n $pgname ]] && psql -q "$INVITEDESK_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pgname WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT

# Orphans either backend would show: $1 turns the stored answer's body into JSON text.
orphans_sql() {
  cat <<SQL
SELECT (SELECT count(*) FROM invitations WHERE change_seq < 0 OR created_seq < 0)
     + (SELECT count(*) FROM idempotency_keys k WHERE k.status = 201
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = $1));
SQL
}
if [[ $backend == postgresql ]]; then
  [[ -n ${INVITEDESK_TEST_POSTGRES_URL:-} ]] || { echo "kill-server: postgresql needs INVITEDESK_TEST_POSTGRES_URL" >&2; exit 2; }
  pgname=kill_server_$$
  psql -q -v ON_ERROR_STOP=1 "$INVITEDESK_TEST_POSTGRES_URL" -c "CREATE DATABASE $pgname" >/dev/null
  db=${INVITEDESK_TEST_POSTGRES_URL%/*}/$pgname
  orphans=$(orphans_sql "convert_from(k.body, 'UTF8')::json->>'id'")
  orphans+="SELECT count(*) FROM notifications n WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = n.invitation_id);"
  check="test \"\$(psql -qtA '$db' <<'SQL'
$orphans
SQL
)\" = \"\$(printf '0\n0')\""
else
  db=$tmp/server.db
  orphans=$(orphans_sql "json_extract(CAST(k.body AS TEXT), '\$.id')")
  check="test \"\$(sqlite3 '$db' <<'SQL'
PRAGMA integrity_check;
PRAGMA foreign_key_check;
$orphans
SQL
)\" = \"\$(printf 'ok\n0')\""
fi

"$server" seed --db "$db" --user alice --password kill-server-pw --sent 6000 --received 10 --seed 7 >/dev/null
echo "kill-server: $backend, $runs runs"
node "$here/kill-server.mjs" --server "$server" --db "$db" --check "$check" --runs "$runs"
