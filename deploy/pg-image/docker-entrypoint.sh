#!/bin/bash
# Entrypoint of the locally built PostgreSQL image (deploy/pg-image/build.sh). It stands in for the
# official image's where the tests and compose rely on it:
#   - arguments that start with '-' are options to postgres ("-c max_connections=300");
#   - an empty $PGDATA (default /var/lib/postgresql/data) is initialised once with superuser
#     $POSTGRES_USER (default postgres), password $POSTGRES_PASSWORD (required) and database
#     $POSTGRES_DB (default the user's name);
#   - the server listens on all interfaces, password (scram-sha-256) for every TCP client;
#   - it runs as the 'postgres' user.
# No temporary server runs during initialisation, so pg_isready answers only once the real
# server is up.
set -euo pipefail

export PGDATA="${PGDATA:-/var/lib/postgresql/data}"

if [[ "${1:-}" == -* ]]; then set -- postgres "$@"; fi
if [[ "${1:-}" != postgres ]]; then exec "$@"; fi

if [[ "$(id -u)" -eq 0 ]]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres "$PGDATA" /var/run/postgresql
  chmod 700 "$PGDATA"
  # setpriv execs (runuser would stay as PID 1 and not pass signals on).
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

log() { printf 'entrypoint: %s\n' "$*" >&2; }

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  if [[ -z "${POSTGRES_PASSWORD:-}" ]]; then
    log "error: POSTGRES_PASSWORD must be set (the superuser's password)"
    exit 1
  fi
  user="${POSTGRES_USER:-postgres}"
  database="${POSTGRES_DB:-$user}"
  pwfile="$(mktemp)"
  printf '%s' "$POSTGRES_PASSWORD" >"$pwfile"
  # C.UTF-8: code point order and Unicode case rules, with no locale package needed.
  # --no-sync: the image is for tests and local runs; syncing a fresh cluster costs seconds.
  initdb -D "$PGDATA" --username="$user" --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >&2
  rm -f "$pwfile"
  printf 'host all all all scram-sha-256\n' >>"$PGDATA/pg_hba.conf"
  printf "listen_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
  if [[ "$database" != postgres ]]; then
    # Single-user mode: no server is reachable while the database is being made.
    printf 'CREATE DATABASE "%s"\n' "${database//\"/\"\"}" |
      postgres --single -D "$PGDATA" postgres >/dev/null
  fi
  log "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
