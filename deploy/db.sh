#!/usr/bin/env bash
# Makes sure a database is there and prints its Npgsql connection string as the last stdout line.
# Choice: $ConnectionStrings__Marten if set; else the compose 'postgres' service when a Docker
# engine answers; else the private cluster of deploy/pg-local.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf 'db: %s\n' "$*" >&2; }

if [[ -n "${ConnectionStrings__Marten:-}" ]]; then
  log "using ConnectionStrings__Marten from the environment"
  printf '%s\n' "$ConnectionStrings__Marten"
  exit 0
fi

# The docker CLI may exist without an engine, and an engine without the compose plugin (which
# --wait needs): only both count.
if command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  log "Docker engine found: starting the compose 'postgres' service"
  # --wait returns once the health check (pg_isready) passes.
  docker compose -f "$ROOT/docker-compose.yml" up -d --wait postgres >&2
  printf 'Host=127.0.0.1;Port=%s;Database=casetracker;Username=casetracker;Password=casetracker\n' \
    "${CASETRACKER_DB_PORT:-5432}"
  exit 0
fi

log "no Docker engine: using the local PostgreSQL cluster (deploy/pg-local.sh)"
exec "$ROOT/deploy/pg-local.sh" start
