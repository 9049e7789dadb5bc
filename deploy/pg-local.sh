#!/usr/bin/env bash
# A private PostgreSQL cluster built from the machine's own binaries, for machines without Docker.
#
#   deploy/pg-local.sh start   initialise if needed, start, print the connection string (last line)
#   deploy/pg-local.sh url     print the connection string of the running cluster (last line)
#   deploy/pg-local.sh status  exit 0 when it runs, 1 when it does not
#   deploy/pg-local.sh stop    stop it (data is kept)
#
# Environment: CASETRACKER_PG_PORT (default 5433), CASETRACKER_PG_DIR (data folder, default
# <repo>/.pg/data), CASETRACKER_PG_MAX_CONNECTIONS (default 300).
# Only the connection string goes to stdout; progress goes to stderr, the server log to
# <data folder's parent>/postgres.log.
set -euo pipefail
umask 022

# Inherited PG* variables (PGHOST, PGOPTIONS, ...) would silently redirect psql and pg_ctl.
for var in "${!PG@}"; do unset "$var"; done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${CASETRACKER_PG_PORT:-5433}"
MAX_CONNECTIONS="${CASETRACKER_PG_MAX_CONNECTIONS:-300}"
APP_ROLE=casetracker
APP_DB=casetracker
SUPERUSER=postgres

log() { printf 'pg-local: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ "$PORT" =~ ^[0-9]+$ ]] || die "CASETRACKER_PG_PORT must be a number, got '$PORT'"
[[ "$MAX_CONNECTIONS" =~ ^[0-9]+$ ]] || die "CASETRACKER_PG_MAX_CONNECTIONS must be a number"

# Absolute before the cd below.
DATA="${CASETRACKER_PG_DIR:-}"
if [[ -n "$DATA" && "$DATA" != /* ]]; then DATA="$PWD/$DATA"; fi

# The server user may not be allowed into the caller's directory (e.g. /root), and initdb and
# pg_ctl fail when they cannot resolve their current directory.
cd /

# The server binaries: PATH first, else the newest Debian-style install.
if command -v pg_ctl >/dev/null 2>&1; then
  PGBIN="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
else
  PGBIN="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
fi
[[ -n "$PGBIN" && -x "$PGBIN/pg_ctl" && -x "$PGBIN/initdb" ]] ||
  die "PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL or use Docker"

# PostgreSQL refuses to run as root: as root, the server and its tools run as 'postgres'.
if [[ "$(id -u)" -eq 0 ]]; then
  SERVER_USER=postgres
  id -u "$SERVER_USER" >/dev/null 2>&1 ||
    die "running as root needs a '$SERVER_USER' system user to own the server"
  as_server() { runuser -u "$SERVER_USER" -- "$@"; }
  own() { chown "$SERVER_USER": "$@"; }
else
  SERVER_USER="$(id -un)"
  as_server() { "$@"; }
  own() { :; }
fi

# Where the cluster lives. The default folder is used only if the server user can reach the
# repository; otherwise a folder under /tmp named after the repository path (stable, so
# start/stop/url agree).
if [[ -z "$DATA" ]]; then
  if as_server test -x "$ROOT"; then
    DATA="$ROOT/.pg/data"
  else
    DATA="/tmp/casetracker-pg-$(printf '%s' "$ROOT" | cksum | cut -d ' ' -f 1)/data"
  fi
fi
DATA="${DATA%/}"
PARENT="$(dirname "$DATA")"
LOGFILE="$PARENT/postgres.log"
PASSFILE="$PARENT/password"
LOCKFILE="$PARENT/pg-local.lock"

# Unix socket paths are limited to 107 bytes; a deep checkout falls back to /tmp.
SOCKDIR="$DATA"
if (( ${#SOCKDIR} > 90 )); then
  SOCKDIR="/tmp/casetracker-pg-sock-$(printf '%s' "$DATA" | cksum | cut -d ' ' -f 1)"
fi

pgctl() { as_server "$PGBIN/pg_ctl" -D "$DATA" "$@"; }

is_running() { [[ -f "$DATA/PG_VERSION" ]] && pgctl status >/dev/null 2>&1; }

# The port a running server really listens on (4th line of postmaster.pid), which may differ
# from CASETRACKER_PG_PORT if it was started with another one.
running_port() { sed -n 4p "$DATA/postmaster.pid"; }

connection_string() {
  local port="$1"
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s\n' \
    "$port" "$APP_DB" "$APP_ROLE" "$(cat "$PASSFILE")"
}

lock() {
  mkdir -p "$PARENT"
  exec 9>>"$LOCKFILE"
  # Two test processes may start the cluster at the same moment.
  flock -w 180 9 || die "timed out waiting for another pg-local.sh holding $LOCKFILE"
}

init_cluster() {
  if [[ -d "$DATA" && -n "$(ls -A "$DATA")" ]]; then
    die "$DATA is not empty and holds no PostgreSQL cluster; remove it or set CASETRACKER_PG_DIR"
  fi
  log "initialising a cluster in $DATA"
  mkdir -p "$DATA"
  chmod 700 "$DATA"
  own "$DATA"
  as_server "$PGBIN/initdb" -D "$DATA" -U "$SUPERUSER" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 --no-instructions >&2
  # The socket sits in a folder only the server user can enter, so local trust admits
  # nobody else; TCP always needs the password.
  cat >"$DATA/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  scram-sha-256
EOF
  printf "\ninclude_if_exists = 'casetracker.conf'\n" >>"$DATA/postgresql.conf"
  own "$DATA/pg_hba.conf"
}

# Rewritten at every start so a changed port or setting takes effect.
write_settings() {
  cat >"$DATA/casetracker.conf" <<EOF
# Written by deploy/pg-local.sh at every start.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKDIR'
max_connections = $MAX_CONNECTIONS
EOF
  own "$DATA/casetracker.conf"
}

ensure_password() {
  if [[ ! -s "$PASSFILE" ]]; then
    (umask 077 && od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$PASSFILE")
  fi
}

# Idempotent: the role gets the current password every time, so a lost password file heals.
ensure_role_and_database() {
  local port="$1"
  as_server "$PGBIN/psql" -X -q -h "$SOCKDIR" -p "$port" -U "$SUPERUSER" -d postgres \
    -v ON_ERROR_STOP=1 >/dev/null <<EOF
SELECT 'CREATE ROLE $APP_ROLE' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE')\gexec
ALTER ROLE $APP_ROLE WITH LOGIN CREATEDB PASSWORD '$(cat "$PASSFILE")';
SELECT 'CREATE DATABASE $APP_DB OWNER $APP_ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$APP_DB')\gexec
EOF
}

cmd_start() {
  mkdir -p "$PARENT"
  if ! as_server test -x "$PARENT"; then
    die "user '$SERVER_USER' cannot enter $PARENT; set CASETRACKER_PG_DIR to a folder it can reach"
  fi
  lock
  if is_running; then
    local port
    port="$(running_port)"
    log "already running on 127.0.0.1:$port (data $DATA)"
    [[ "$port" == "$PORT" ]] || log "note: it listens on $port, not CASETRACKER_PG_PORT=$PORT"
    ensure_password
    ensure_role_and_database "$port"
    connection_string "$port"
    return
  fi
  [[ -f "$DATA/PG_VERSION" ]] || init_cluster
  write_settings
  ensure_password
  if [[ "$SOCKDIR" != "$DATA" ]]; then
    mkdir -p "$SOCKDIR"
    chmod 700 "$SOCKDIR"
    own "$SOCKDIR"
  fi
  touch "$LOGFILE"
  own "$LOGFILE"
  log "starting PostgreSQL on 127.0.0.1:$PORT (data $DATA, log $LOGFILE)"
  # 9>&- : the server must not inherit the lock, or it would hold it for its whole life.
  if ! pgctl -l "$LOGFILE" -w -t 60 start >&2 9>&-; then
    tail -n 20 "$LOGFILE" >&2 || true
    die "PostgreSQL did not start (is port $PORT taken? set CASETRACKER_PG_PORT)"
  fi
  ensure_role_and_database "$PORT" 9>&-
  connection_string "$PORT"
}

cmd_stop() {
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    log "no cluster in $DATA"
    return
  fi
  lock
  if is_running; then
    pgctl -m fast -w -t 60 stop >&2
    log "stopped (data kept in $DATA)"
  else
    log "not running (data $DATA)"
  fi
}

cmd_status() {
  if is_running; then
    echo "running on 127.0.0.1:$(running_port) (data $DATA, log $LOGFILE)"
  else
    echo "not running (data $DATA)"
    return 1
  fi
}

cmd_url() {
  is_running || die "not running; start it with: deploy/pg-local.sh start"
  connection_string "$(running_port)"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  url) cmd_url ;;
  *)
    echo "usage: $0 {start|stop|status|url}" >&2
    exit 2
    ;;
esac
