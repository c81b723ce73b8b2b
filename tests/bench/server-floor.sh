#!/usr/bin/env bash
# The reference server's HTTP throughput against a floor: nginx serving the same bytes.
#
# Usage: tests/bench/server-floor.sh [--backends LIST] [BUILD_DIR_OR_SERVER_BINARY]
#   BUILD_DIR_OR_SERVER_BINARY  a build folder (its bin/invitedesk-server is used) or the
#                               server binary itself; default build/bin/invitedesk-server
#                               next to this source tree.
#   --backends LIST             (or env BACKENDS) "sqlite", "postgresql" or both, space-
#                               or comma-separated. Default: both when PostgreSQL 15's
#                               binaries exist in PG_BIN, otherwise sqlite only.
#
# For each backend, in a process of its own (a failing backend does not stop the next):
#  1. backend=postgresql only: starts a throwaway PostgreSQL cluster in a temp folder
#     (chown postgres; runuser -u postgres initdb -A trust; pg_ctl start on a free
#     loopback port other than 5432, unix socket in the temp folder), creates the
#     databases invitedesk, invitedesk_load and pgbench, and stops it on exit.
#  2. Seeds user "bench" (invitedesk-server seed --sent BENCH_SENT --received
#     BENCH_RECEIVED --seed BENCH_SEED) into a temp SQLite file or
#     postgresql://postgres@127.0.0.1:PORT/invitedesk, serves it on 127.0.0.1:0 with
#     --rate-limit 0 and signs in with curl (POST /api/v1/auth/token).
#  3. Captures the exact body and Content-Type of GET /health, /me,
#     /invitations?direction=sent&state=pending&limit=50 and /sync?limit=500, and starts
#     nginx (root-runnable config of its own in the temp folder, worker_processes 2,
#     keep-alive, access_log off) serving those bytes as static files with the same
#     Content-Type (checked byte for byte through nginx before measuring).
#  4. Per endpoint: wrk -tWRK_THREADS -cWRK_CONNECTIONS -dDURATION --latency with the
#     Authorization header, after a WARMUP_DURATION warm-up, first against the server,
#     then against nginx (each run starts once the server, and the cluster, have worked
#     off what the previous run left in flight), and prints one line:
#       BENCH server backend=B endpoint=E rps=R p99_ms=P floor_rps=F ratio=R/F errors=N
#             floor_p99_ms=.. floor_errors=.. requests=N
#     errors = wrk's "Non-2xx or 3xx responses" + all its socket errors (connect, read,
#     write, timeout); requests = the server's completed requests (none: "<-- NO
#     ANSWERS"). A line with errors ends in "<-- ERRORS: ..." (with a warning on
#     stderr) and the script exits 1: such a figure is not a measurement. A "timeout"
#     is an answer slower than WRK_TIMEOUT: wrk counts it in rps but leaves it out of
#     the latency histogram, so p99 is then a lower bound (WRK_TIMEOUT=10s lets a slow
#     endpoint such as /sync be measured without them).
#     /health's floor is printed too (it is a 15-byte answer: the ratio is mostly HTTP
#     and threading overhead).
#  5. backend=postgresql only: the database's own floor, pgbench -i -s PGBENCH_SCALE, then
#     pgbench -S -c PGBENCH_CLIENTS -j PGBENCH_THREADS -T PGBENCH_DURATION, printed as
#       BENCH pgbench backend=postgresql tps=.. latency_avg_ms=.. ...
#  6. Runs tests/bench/server-load.sh (mixed reads + exactly-once withdrawals) for the
#     backend (SERVER_DB=postgresql://.../invitedesk_load for PostgreSQL) and prints its
#       BENCH server-load backend=B mixed_rps=.. ... exactly_once=yes|no
#     line; its full report goes to stderr.
# stdout carries only the BENCH lines; progress and reports go to stderr, and a recap of
# all BENCH lines is printed to stderr at the end. A backend that fails prints
#   BENCH FAILED backend=B stage=STAGE exit=N
# (e.g. stage=seed while the server has no PostgreSQL backend). Exit status: 0 when every
# backend ran without errors and all of server-load.sh's checks passed, 1 otherwise,
# 2 on a usage or setup problem.
#
# Both runs of a pair share the machine's cores with wrk (2 threads) and each other's
# idle process, so only the ratio within one run means much; absolute figures move with
# whatever else runs on the machine.
#
# Tunables (environment): BACKENDS, DURATION (10s), WARMUP_DURATION (2s; 0 = none),
# WRK_THREADS (2), WRK_CONNECTIONS (100), WRK_TIMEOUT (2s, wrk's default),
# SERVER_THREADS (128), DB_POOL (unset: the server's default; else --db-pool N for
# backend=postgresql), BENCH_SENT (5000), BENCH_RECEIVED (500), BENCH_SEED (42),
# NGINX (/usr/sbin/nginx), PG_BIN (/usr/lib/postgresql/15/bin), PG_MAX_CONNECTIONS (300),
# PGBENCH_SCALE (10), PGBENCH_CLIENTS (16), PGBENCH_THREADS (2), PGBENCH_DURATION (10),
# IDLE_MAX_SECONDS (180: longest wait for the server to work off the requests a wrk run
# left in flight, before the next run), SKIP_SERVER_LOAD (1 = skip step 6). server-load.sh's own tunables (READ_DURATION,
# WARMUP_DURATION, WITHDRAW_CONNECTIONS, ...) pass through to it.
# Tools: wrk, curl, nginx, python3 (and PostgreSQL 15 for backend=postgresql).
# Only loopback is used; every process started here is stopped on exit (also on failure).
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
SRC=$(cd -- "$HERE/../.." && pwd)

usage() { sed -n '4,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; }

RUN_BACKEND=      # internal: --run-backend NAME runs one backend (see the end of the file)
BACKENDS_ARG=${BACKENDS:-}
TARGET=
while (($#)); do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --backends) [[ $# -ge 2 ]] || { usage; exit 2; }; BACKENDS_ARG=$2; shift 2 ;;
    --backends=*) BACKENDS_ARG=${1#*=}; shift ;;
    --run-backend) [[ $# -ge 2 ]] || exit 2; RUN_BACKEND=$2; shift 2 ;;
    -*) echo "floor: unknown option $1" >&2; usage; exit 2 ;;
    *) [[ -z $TARGET ]] || { echo "floor: one BUILD_DIR_OR_SERVER_BINARY only" >&2; exit 2; }
       TARGET=$1; shift ;;
  esac
done

TARGET=$(realpath -m -- "${TARGET:-$SRC/build/bin/invitedesk-server}")
if [[ -d $TARGET ]]; then
  if [[ -x $TARGET/bin/invitedesk-server ]]; then SERVER=$TARGET/bin/invitedesk-server
  elif [[ -x $TARGET/invitedesk-server ]]; then SERVER=$TARGET/invitedesk-server
  else echo "floor: no invitedesk-server in $TARGET (looked for bin/invitedesk-server)" >&2; exit 2
  fi
else
  SERVER=$TARGET
fi
[[ -x $SERVER ]] || { echo "floor: server binary not found or not executable: $SERVER" >&2; exit 2; }

NGINX=${NGINX:-/usr/sbin/nginx}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP_DURATION:-2s}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-100}
WRK_TIMEOUT=${WRK_TIMEOUT:-2s}
SERVER_THREADS=${SERVER_THREADS:-128}
DB_POOL=${DB_POOL:-}
BENCH_SENT=${BENCH_SENT:-5000}
BENCH_RECEIVED=${BENCH_RECEIVED:-500}
BENCH_SEED=${BENCH_SEED:-42}
PG_MAX_CONNECTIONS=${PG_MAX_CONNECTIONS:-300}
PGBENCH_SCALE=${PGBENCH_SCALE:-10}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-16}
PGBENCH_THREADS=${PGBENCH_THREADS:-2}
PGBENCH_DURATION=${PGBENCH_DURATION:-10}
SKIP_SERVER_LOAD=${SKIP_SERVER_LOAD:-0}
IDLE_MAX_SECONDS=${IDLE_MAX_SECONDS:-180}
USER_NAME=bench
PASSWORD=bench-password-1
ENDPOINTS=(/health /me "/invitations?direction=sent&state=pending&limit=50" "/sync?limit=500")

missing=()
for tool in wrk curl python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[[ -x $NGINX ]] || missing+=("nginx ($NGINX; Debian: apt-get install nginx-light)")
if ((${#missing[@]})); then
  printf 'floor: missing tool: %s\n' "${missing[@]}" >&2
  echo "floor: Debian: apt-get install wrk curl nginx-light python3" >&2
  exit 2
fi

# ------------------------------------------------------------------ process bookkeeping
PIDS=()
CLEANUPS=()   # extra cleanup commands, run (in reverse) after the processes are stopped
TMPD=

say() { printf '%s\n' "$*" >&2; }
section() { printf '\n=== %s ===\n' "$*" >&2; }

# stop_pid PID [SECONDS]: TERM, then KILL after SECONDS (default 5).
stop_pid() {
  local pid=$1 tries=$((${2:-5} * 10)) _
  kill -TERM "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  for _ in $(seq "$tries"); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

forget_pid() {
  local kept=() pid
  for pid in "${PIDS[@]}"; do [[ $pid == "$1" ]] || kept+=("$pid"); done
  PIDS=("${kept[@]}")
}

STOP_SECONDS=5
cleanup() {
  local status=$? pid i
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do stop_pid "$pid" "$STOP_SECONDS"; done
  for ((i = ${#CLEANUPS[@]} - 1; i >= 0; i--)); do eval "${CLEANUPS[i]}" || true; done
  [[ -n $TMPD ]] && rm -rf -- "$TMPD"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# bg OUTFILE COMMAND...: runs COMMAND in the background (so the traps stay responsive and
# can stop it) with its output in OUTFILE, and waits for it.
bg() {
  local out=$1 pid status=0
  shift
  "$@" >"$out" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  wait "$pid" || status=$?
  forget_pid "$pid"
  return "$status"
}

free_port() {
  python3 -c 'import socket
while True:
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close()
    if p != 5432: print(p); break'
}

# The value of KEY=VALUE in a "BENCH ..." line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# ====================================================================== one backend
if [[ -n $RUN_BACKEND ]]; then
  BACKEND=$RUN_BACKEND
  STATUS_FILE=${FLOOR_STATUS_FILE:?internal: FLOOR_STATUS_FILE}
  TMPD=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-floor-$BACKEND.XXXXXX")
  cd "$TMPD" # anything a misread --db might create lands here

  stage() { echo "$1" >"$STATUS_FILE"; }
  die() { say "floor: backend=$BACKEND: $*"; exit 1; }
  ERRORS_SEEN=0

  # ---------------------------------------------------------------- PostgreSQL cluster
  if [[ $BACKEND == postgresql ]]; then
    stage postgresql-cluster
    section "backend=postgresql: throwaway PostgreSQL cluster"
    [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl && -x $PG_BIN/psql && -x $PG_BIN/pgbench ]] ||
      die "PostgreSQL binaries (initdb, pg_ctl, psql, pgbench) not found in $PG_BIN (Debian: apt-get install postgresql-15)"
    if ((EUID == 0)); then
      command -v runuser >/dev/null || die "runuser is required to run PostgreSQL as user postgres"
      id postgres >/dev/null 2>&1 || die "there is no user postgres (PostgreSQL refuses to run as root)"
      as_pg() { runuser -u postgres -- "$@"; }
    else
      as_pg() { "$@"; }
    fi
    PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-floor-pg.XXXXXX")
    CLEANUPS+=("rm -rf -- '$PGDIR'")
    ((EUID != 0)) || chown postgres: "$PGDIR"
    chmod 700 "$PGDIR"
    as_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres -A trust >"$TMPD/initdb.log" 2>&1 ||
      { cat "$TMPD/initdb.log" >&2; die "initdb failed"; }
    CLEANUPS+=("[[ -f '$PGDIR/data/postmaster.pid' ]] && as_pg '$PG_BIN/pg_ctl' -D '$PGDIR/data' -m fast -w stop >/dev/null 2>&1")
    PG_PORT=
    for _ in 1 2 3 4 5; do
      port=$(free_port)
      if as_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 60 \
        -o "-p $port -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=$PG_MAX_CONNECTIONS" \
        start >"$TMPD/pg_ctl.log" 2>&1; then
        PG_PORT=$port
        break
      fi
      grep -q 'could not bind\|already in use' "$PGDIR/log" 2>/dev/null || break
    done
    [[ -n $PG_PORT ]] || { cat "$TMPD/pg_ctl.log" "$PGDIR/log" >&2 2>/dev/null; die "PostgreSQL did not start"; }
    PG_PM_PID=$(head -n 1 "$PGDIR/data/postmaster.pid")
    PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
    for db in invitedesk invitedesk_load pgbench; do
      "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db" >&2 || die "CREATE DATABASE $db failed"
    done
    say "PostgreSQL $("${PSQL[@]}" -d postgres -At -c 'SHOW server_version') on 127.0.0.1:$PG_PORT" \
      "(data $PGDIR/data; databases invitedesk, invitedesk_load, pgbench)"
    DB=postgresql://postgres@127.0.0.1:$PG_PORT/invitedesk
    LOAD_DB=postgresql://postgres@127.0.0.1:$PG_PORT/invitedesk_load
    DB_ARGS=()
    [[ -z $DB_POOL ]] || DB_ARGS=(--db-pool "$DB_POOL")
    if ! "$SERVER" serve --help 2>&1 | grep -qi 'postgres\|db-pool'; then
      say "floor: note: this server's 'serve --help' mentions neither PostgreSQL nor --db-pool;" \
        "it probably has no PostgreSQL backend yet, and seeding will fail"
    fi
  else
    DB=$TMPD/bench.db
    LOAD_DB=
    DB_ARGS=()
  fi

  # ---------------------------------------------------------------- seed, serve, sign in
  stage seed
  section "backend=$BACKEND: seed, serve, sign in"
  say "server:  $SERVER (sha256 $(sha256sum "$SERVER" | cut -c1-16)); cpus: $(nproc)"
  say "db:      $DB"
  if ! "$SERVER" seed --db "$DB" --user "$USER_NAME" --password "$PASSWORD" --sent "$BENCH_SENT" \
    --received "$BENCH_RECEIVED" --seed "$BENCH_SEED" >"$TMPD/seed.log" 2>&1; then
    sed 's/^/  seed: /' "$TMPD/seed.log" >&2
    die "seeding $DB failed (see above)"
  fi
  cat "$TMPD/seed.log" >&2
  if [[ $BACKEND == postgresql ]] && compgen -G "$TMPD/postgres*:" >/dev/null; then
    die "the server took the PostgreSQL URL for a SQLite file name: this binary has no PostgreSQL backend"
  fi

  stage serve
  "$SERVER" serve --db "$DB" "${DB_ARGS[@]}" --listen 127.0.0.1:0 --rate-limit 0 --threads "$SERVER_THREADS" \
    >"$TMPD/server.out" 2>"$TMPD/server.err" &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
  BASE=
  for _ in $(seq 100); do
    BASE=$(sed -n '1s#^invitedesk-server listening on \(http://127\.0\.0\.1:[0-9]*/api/v1\)$#\1#p' "$TMPD/server.out")
    [[ -n $BASE ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n $BASE ]] || { cat "$TMPD/server.out" "$TMPD/server.err" >&2; die "the server did not start"; }
  say "serving: $BASE (--threads $SERVER_THREADS --rate-limit 0${DB_ARGS[*]:+ ${DB_ARGS[*]}})"

  stage sign-in
  CURL=(curl -sS --max-time 30)
  code=$("${CURL[@]}" -o "$TMPD/token.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" "$BASE/auth/token") || code=000
  [[ $code == 200 ]] || die "POST $BASE/auth/token answered $code: $(head -c 300 "$TMPD/token.json" 2>/dev/null)"
  TOKEN=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["access_token"])' "$TMPD/token.json")
  AUTH="Authorization: Bearer $TOKEN"

  # ---------------------------------------------------------------- capture the answers
  stage capture
  WWW=$TMPD/nginx/www
  mkdir -p "$WWW/api/v1" "$TMPD/nginx/tmp"
  LOCATIONS=
  for ep in "${ENDPOINTS[@]}"; do
    path=/api/v1${ep%%\?*}
    file=$WWW$path
    read -r code ctype < <("${CURL[@]}" -o "$file" -w '%{http_code} %{content_type}\n' -H "$AUTH" "$BASE$ep") ||
      die "GET $BASE$ep failed"
    [[ $code == 200 ]] || die "GET $BASE$ep answered $code: $(head -c 300 "$file")"
    [[ -n $ctype && $ctype != *[\"\\\$\{\}]* ]] ||
      die "GET $BASE$ep: unusable Content-Type '$ctype'"
    LOCATIONS+="        location = $path { default_type \"$ctype\"; }"$'\n'
    say "captured $ep: $(wc -c <"$file" | tr -d ' ') bytes, $ctype"
  done

  # ---------------------------------------------------------------- nginx: the floor
  stage nginx
  NGX=$TMPD/nginx
  start_nginx() {
    local port=$1
    cat >"$NGX/nginx.conf" <<EOF
# Generated by tests/bench/server-floor.sh: the captured answers as static files.
daemon off;
master_process on;
$( ((EUID == 0)) && echo "user root;  # the temp folder is private to root")
worker_processes 2;
pid $NGX/nginx.pid;
lock_file $NGX/nginx.lock;
error_log $NGX/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $NGX/tmp/body;
    proxy_temp_path $NGX/tmp/proxy;
    fastcgi_temp_path $NGX/tmp/fastcgi;
    uwsgi_temp_path $NGX/tmp/uwsgi;
    scgi_temp_path $NGX/tmp/scgi;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    open_file_cache max=16 inactive=600s;
    open_file_cache_valid 600s;
    # Like the server: keep-alive, at most 1000 requests a connection, TCP_NODELAY,
    # a SOMAXCONN listen backlog, no compression.
    keepalive_timeout 65s;
    keepalive_requests 1000;
    gzip off;
    server_tokens off;
    types { }
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$port backlog=4096;
        root $WWW;
$LOCATIONS        location / { return 404; }
    }
}
EOF
    "$NGINX" -t -q -p "$NGX/" -e "$NGX/error.log" -c "$NGX/nginx.conf" 2>"$NGX/test.log" ||
      { cat "$NGX/test.log" "$NGX/nginx.conf" >&2; die "nginx rejects its config"; }
    "$NGINX" -p "$NGX/" -e "$NGX/error.log" -c "$NGX/nginx.conf" >"$NGX/stdout.log" 2>&1 &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    local _
    for _ in $(seq 50); do
      [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/api/v1/health") == 200 ]] &&
        return 0
      kill -0 "$NGINX_PID" 2>/dev/null || break
      sleep 0.1
    done
    stop_pid "$NGINX_PID"
    forget_pid "$NGINX_PID"
    return 1
  }
  FLOOR_BASE=
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if start_nginx "$port"; then FLOOR_BASE=http://127.0.0.1:$port/api/v1; break; fi
    grep -q 'in use' "$NGX/error.log" 2>/dev/null || break
  done
  [[ -n $FLOOR_BASE ]] || { cat "$NGX/error.log" "$NGX/stdout.log" >&2 2>/dev/null; die "nginx did not start"; }
  for ep in "${ENDPOINTS[@]}"; do
    path=/api/v1${ep%%\?*}
    read -r code ctype < <("${CURL[@]}" -o "$NGX/check" -w '%{http_code} %{content_type}\n' -H "$AUTH" "$FLOOR_BASE$ep") || true
    [[ $code == 200 ]] || die "nginx answered $code for $ep"
    cmp -s "$NGX/check" "$WWW$path" || die "nginx does not serve the captured bytes for $ep"
    want=$(sed -n "s#^ *location = $path { default_type \"\(.*\)\"; }\$#\1#p" <<<"$LOCATIONS")
    [[ $ctype == "$want" ]] || die "nginx answers $ep with Content-Type '$ctype', the server with '$want'"
  done
  say "floor:   nginx $("$NGINX" -v 2>&1 | sed 's#.*/##') on $FLOOR_BASE (pid $NGINX_PID), same bytes and Content-Type checked"

  # ---------------------------------------------------------------- wrk, pair by pair
  # parse_wrk FILE: "rps p99_ms non2xx connect read write timeout requests" from wrk's report.
  parse_wrk() {
    awk '
      function ms(v,   n, u) {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") return n / 1000
        if (u == "ms") return n
        if (u == "s") return n * 1000
        if (u == "m") return n * 60000
        if (u == "h") return n * 3600000
        return -1
      }
      /^Requests\/sec:/ { rps = $2; have_rps = 1 }
      /^[ \t]+99(\.0+)?%[ \t]/ { p99 = ms($2) }
      /Socket errors:/ {
        for (i = 1; i < NF; i++) { k = $i; v = $(i + 1); sub(/,$/, "", v)
          if (k == "connect") c = v; else if (k == "read") r = v
          else if (k == "write") w = v; else if (k == "timeout") t = v }
      }
      /Non-2xx or 3xx responses:/ { non2xx = $NF }
      / requests in / { requests = $1 }
      END {
        if (!have_rps || p99 == "" || p99 < 0) exit 1
        printf "%s %.3f %d %d %d %d %d %d\n", rps, p99, non2xx, c, r, w, t, requests
      }' "$1"
  }
  # wait_idle: when wrk stops, the requests it had in flight are abandoned, but the server
  # (and the database) still work them off; a run started meanwhile would share the CPUs
  # with them. Waits until the server's process (and the cluster's) used < 5 % of a CPU
  # over 0.5 s, at most IDLE_MAX_SECONDS.
  wait_idle() {
    local pids=("$SERVER_PID") waited
    [[ -z ${PG_PM_PID:-} ]] || pids+=("$PG_PM_PID")
    waited=$(python3 - "$IDLE_MAX_SECONDS" "${pids[@]}" <<'PY'
import os, sys, time
limit, roots = float(sys.argv[1]), [int(p) for p in sys.argv[2:]]
hz = os.sysconf("SC_CLK_TCK")
def ticks():
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(name), int(fields[1])
        if pid in roots or ppid in roots:  # the server; the postmaster and its backends
            out[pid] = int(fields[11]) + int(fields[12])
    return out
start = time.monotonic()
prev, quiet = ticks(), 0
while time.monotonic() - start < limit:
    time.sleep(0.25)
    now = ticks()
    used = sum(now[p] - prev[p] for p in now if p in prev) / hz
    quiet = quiet + 1 if used < 0.0125 else 0
    prev = now
    if quiet >= 2:
        break
print(f"{time.monotonic() - start:.1f}" + ("" if quiet >= 2 else " busy"))
PY
)
    case $waited in
      *busy) say "floor: WARNING: the server was still busy after ${IDLE_MAX_SECONDS} s; measuring anyway" ;;
      0.* | 1.*) ;;
      *) say "  (waited $waited s for the server to finish the requests wrk abandoned)" ;;
    esac
  }
  # measure NAME URL: warm-up, then the measured wrk run; sets M (the parse_wrk fields).
  measure() {
    local url=$2 out=$TMPD/wrk-$1.txt
    if [[ $WARMUP != 0 && $WARMUP != 0s ]]; then
      bg "$TMPD/warmup.txt" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP" --timeout "$WRK_TIMEOUT" \
        -H "$AUTH" "$url" || { cat "$TMPD/warmup.txt" >&2; die "wrk (warm-up) failed against $url"; }
    fi
    wait_idle
    bg "$out" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency \
      -H "$AUTH" "$url" || { cat "$out" >&2; die "wrk failed against $url"; }
    M=$(parse_wrk "$out") || { cat "$out" >&2; die "cannot read wrk's report for $url (above)"; }
    wait_idle
  }

  stage wrk
  section "backend=$BACKEND: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$DURATION --latency (warm-up $WARMUP), server then nginx"
  for ep in "${ENDPOINTS[@]}"; do
    say "measuring $ep ..."
    measure server "$BASE$ep"
    read -r s_rps s_p99 s_non2xx s_c s_r s_w s_t s_n <<<"$M"
    measure floor "$FLOOR_BASE$ep"
    read -r f_rps f_p99 f_non2xx f_c f_r f_w f_t f_n <<<"$M"
    s_err=$((s_non2xx + s_c + s_r + s_w + s_t))
    f_err=$((f_non2xx + f_c + f_r + f_w + f_t))
    line=$(awk -v b="$BACKEND" -v e="$ep" -v r="$s_rps" -v p="$s_p99" -v fr="$f_rps" -v fp="$f_p99" \
      -v se="$s_err" -v fe="$f_err" -v n="$s_n" 'BEGIN {
        printf "BENCH server backend=%s endpoint=%s rps=%.1f p99_ms=%.2f floor_rps=%.1f ratio=%s errors=%d floor_p99_ms=%.2f floor_errors=%d requests=%d",
          b, e, r, p, fr, (fr > 0 ? sprintf("%.3f", r / fr) : "nan"), se, fp, fe, n }')
    if ((s_err > 0)); then
      line+="  <-- ERRORS: server non-2xx $s_non2xx, socket connect $s_c read $s_r write $s_w timeout $s_t"
      ((s_t == 0)) || line+=" (answers slower than WRK_TIMEOUT=$WRK_TIMEOUT are left out of p99)"
      ERRORS_SEEN=1
      say "floor: WARNING: backend=$BACKEND $ep: the server answered with $s_err errors;" \
        "its rps/p99 are not a measurement (wrk's report: $(tr '\n' ' ' <"$TMPD/wrk-server.txt" | tr -s ' '))"
    fi
    if ((s_n == 0)); then
      line+="  <-- NO ANSWERS: the server completed no request in $DURATION"
      ERRORS_SEEN=1
      say "floor: WARNING: backend=$BACKEND $ep: the server completed no request in $DURATION; there is no measurement"
    fi
    if ((f_n == 0)); then
      line+="  <-- NO FLOOR: nginx completed no request in $DURATION"
      ERRORS_SEEN=1
    fi
    if ((f_err > 0)); then
      line+="  <-- FLOOR ERRORS: nginx non-2xx $f_non2xx, socket connect $f_c read $f_r write $f_w timeout $f_t"
      ERRORS_SEEN=1
      say "floor: WARNING: backend=$BACKEND $ep: nginx answered with $f_err errors; the floor is not a measurement"
    fi
    echo "$line"
  done
  if grep -q 'request failed' "$TMPD/server.err"; then
    say "floor: WARNING: the server logged failed requests:"
    grep 'request failed' "$TMPD/server.err" | tail -n 5 >&2
    ERRORS_SEEN=1
  fi
  stop_pid "$NGINX_PID"; forget_pid "$NGINX_PID"
  stop_pid "$SERVER_PID"; forget_pid "$SERVER_PID"
  if [[ -s $NGX/error.log ]] && grep -v '\[notice\]' "$NGX/error.log" | grep -q .; then
    say "nginx error.log:"; tail -n 5 "$NGX/error.log" >&2
  fi

  # ---------------------------------------------------------------- pgbench
  if [[ $BACKEND == postgresql ]]; then
    stage pgbench
    section "backend=postgresql: pgbench -i -s $PGBENCH_SCALE; pgbench -S -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_DURATION"
    PGB=("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres)
    bg "$TMPD/pgbench-init.txt" "${PGB[@]}" -i -q -s "$PGBENCH_SCALE" pgbench ||
      { cat "$TMPD/pgbench-init.txt" >&2; die "pgbench -i failed"; }
    bg "$TMPD/pgbench.txt" "${PGB[@]}" -S -c "$PGBENCH_CLIENTS" -j "$PGBENCH_THREADS" -T "$PGBENCH_DURATION" pgbench ||
      { cat "$TMPD/pgbench.txt" >&2; die "pgbench -S failed"; }
    cat "$TMPD/pgbench.txt" >&2
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$TMPD/pgbench.txt" | tail -n 1)
    lat=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$TMPD/pgbench.txt" | tail -n 1)
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$TMPD/pgbench.txt")
    [[ -n $tps ]] || die "cannot read pgbench's tps (above)"
    tps=$(awk -v t="$tps" 'BEGIN { printf "%.1f", t }')
    echo "BENCH pgbench backend=postgresql tps=$tps latency_avg_ms=${lat:-?} failed=${failed:-0}" \
      "mode=select-only clients=$PGBENCH_CLIENTS threads=$PGBENCH_THREADS duration_s=$PGBENCH_DURATION scale=$PGBENCH_SCALE"
    [[ ${failed:-0} -eq 0 ]] || ERRORS_SEEN=1
  fi

  # ---------------------------------------------------------------- server-load.sh
  if [[ $SKIP_SERVER_LOAD != 1 ]]; then
    stage server-load
    section "backend=$BACKEND: tests/bench/server-load.sh${LOAD_DB:+ (SERVER_DB=$LOAD_DB)}"
    load_env=()
    [[ -z $LOAD_DB ]] || load_env+=(SERVER_DB="$LOAD_DB")
    [[ -z $LOAD_DB || -z $DB_POOL ]] || load_env+=(SERVER_DB_POOL="$DB_POOL")
    load_status=0
    env "${load_env[@]}" SERVER_THREADS="$SERVER_THREADS" BENCH_SENT="$BENCH_SENT" \
      BENCH_RECEIVED="$BENCH_RECEIVED" BENCH_SEED="$BENCH_SEED" WRK_THREADS="$WRK_THREADS" \
      WRK_CONNECTIONS="$WRK_CONNECTIONS" "$HERE/server-load.sh" "$SERVER" >"$TMPD/load.txt" 2>&1 &
    load_pid=$!
    PIDS+=("$load_pid")
    tail -n +1 -f --pid="$load_pid" "$TMPD/load.txt" | grep --line-buffered -v '^BENCH server-load ' | sed -u 's/^/  | /' >&2 &
    tail_pid=$!
    wait "$load_pid" || load_status=$?
    forget_pid "$load_pid"
    wait "$tail_pid" 2>/dev/null || true
    LOAD_LINE=$(grep '^BENCH server-load ' "$TMPD/load.txt" || true)
    if [[ -n $LOAD_LINE ]]; then echo "$LOAD_LINE"; else say "floor: server-load.sh printed no BENCH server-load line"; fi
    ((load_status == 0)) || die "server-load.sh failed (exit $load_status; its report is above)"
  fi

  if ((ERRORS_SEEN)); then
    stage measurement-errors
    die "some measurements had errors (see the warnings above)"
  fi
  stage finished
  exit 0
fi

# ====================================================================== all backends
if [[ -n $BACKENDS_ARG ]]; then
  read -r -a BACKEND_LIST <<<"${BACKENDS_ARG//,/ }"
elif [[ -x $PG_BIN/initdb ]]; then
  BACKEND_LIST=(sqlite postgresql)
else
  BACKEND_LIST=(sqlite)
  say "floor: no PostgreSQL 15 in $PG_BIN: backend=sqlite only"
fi
((${#BACKEND_LIST[@]})) || { echo "floor: no backend given" >&2; exit 2; }
for b in "${BACKEND_LIST[@]}"; do
  [[ $b == sqlite || $b == postgresql ]] || { echo "floor: unknown backend '$b' (sqlite, postgresql)" >&2; exit 2; }
done

TMPD=$(mktemp -d "${TMPDIR:-/tmp}/invitedesk-floor.XXXXXX")
STOP_SECONDS=60 # a backend's own cleanup stops a server, nginx and perhaps a cluster
# Run a private copy: others may relink the build tree's binary during the run.
cp -p -- "$SERVER" "$TMPD/invitedesk-server"
say "invitedesk-server: $SERVER (built $(date -r "$SERVER" '+%F %T')); backends: ${BACKEND_LIST[*]}"

OVERALL=0
for b in "${BACKEND_LIST[@]}"; do
  status_file=$TMPD/status.$b
  echo start >"$status_file"
  status=0
  FLOOR_STATUS_FILE=$status_file bash "${BASH_SOURCE[0]}" --run-backend "$b" "$TMPD/invitedesk-server" \
    > >(tee -a "$TMPD/bench.txt") &
  pid=$!
  PIDS+=("$pid")
  wait "$pid" || status=$?
  forget_pid "$pid"
  sleep 0.2 # let tee catch up
  if ((status != 0)); then
    line="BENCH FAILED backend=$b stage=$(cat "$status_file") exit=$status"
    echo "$line" | tee -a "$TMPD/bench.txt"
    say "floor: backend=$b failed at stage $(cat "$status_file") (exit $status); see its output above"
    OVERALL=1
  fi
done

section "BENCH lines"
cat "$TMPD/bench.txt" >&2
exit "$OVERALL"
