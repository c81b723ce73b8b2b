#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster on loopback:
#   tests/support/with-postgres.sh COMMAND [ARGS...]
# The cluster lives in a temporary folder, runs as the `postgres` system user (the
# server refuses to run as root), listens on 127.0.0.1 on a free port of its own (not
# 5432, which a packaged cluster may hold) and is stopped and deleted when the command
# ends, whether it passed, failed or was interrupted. The command sees
#   INVITEDESK_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:PORT/postgres
# (trust authentication: the cluster is reachable from this machine only, and only
# while the command runs). Exits with the command's status.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[[ -x $PGBIN/pg_ctl ]] || { echo "with-postgres: PostgreSQL 15 is not installed ($PGBIN/pg_ctl)" >&2; exit 2; }

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-pg.XXXXXX")
chmod 755 "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
started=0
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if ((started)); then
    as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf -- "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port=
for candidate in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port=$candidate
    break
  fi
done
[[ -n $port ]] || { echo "with-postgres: no free port in 55432-55532" >&2; exit 2; }

as_postgres "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust --no-instructions >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 2; }
# Durability settings off: the cluster is thrown away, and tests create many databases.
if ! as_postgres "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  cat "$dir/server.log" >&2
  exit 2
fi
started=1
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$port (cluster in $dir)"
export INVITEDESK_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
set +e
"$@"
status=$?
set -e
exit "$status"
