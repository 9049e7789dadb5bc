#!/usr/bin/env bash
# Checks docker-compose.yml's database service with the engine on this machine: brings the
# 'postgres' service up (its own project, volume and free loopback port), waits for its health
# check, applies the schema with the API's `db-apply`, runs `demo seeds` against it, checks that
# the demo case (Zoom / Humanitarian China, reinstated) is in the database, and takes it all
# down again (also on failure).
#
# Exit: 0 checked and passed; 1 failed; 3 nothing checked because no engine answers, no compose
# command exists or the image is not available (the reason is the last stderr line).
# Environment: CASETRACKER_PG_IMAGE (the service's image; default as in docker-compose.yml),
# CASETRACKER_API_DLL (the built API; default the newest src/CaseTracker.Api/bin/*/net10.0 one,
# else it is built).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="casetracker-check-$$"

log() { printf 'compose-check: %s\n' "$*" >&2; }
not_checked() { log "not checked: $*"; exit 3; }
fail() { log "FAILED: $*"; exit 1; }

command -v docker >/dev/null 2>&1 && timeout 15 docker info >/dev/null 2>&1 ||
  not_checked "no container engine answers (deploy/container-engine.sh installs one)"
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  not_checked "neither 'docker compose' nor 'docker-compose' is installed"
fi
file="$ROOT/docker-compose.yml"
if [[ "${compose[0]}" == docker-compose ]] && grep -q '^name:' "$file"; then
  # docker-compose 1.x refuses the top-level 'name' key (the project name, which -p gives here):
  # it checks a copy without that line, every service definition unchanged.
  file="$(mktemp /tmp/casetracker-compose-XXXXXX.yml)"
  grep -v '^name:' "$ROOT/docker-compose.yml" >"$file"
  log "docker-compose 1.x: checking docker-compose.yml without its top-level 'name' line"
fi
compose+=(-f "$file" --project-directory "$ROOT" -p "$PROJECT")

image="$(sed -n -E 's/^[[:space:]]*image:[[:space:]]*\$\{CASETRACKER_PG_IMAGE:-([^}]*)\}.*/\1/p' "$ROOT/docker-compose.yml" | head -n 1)"
image="${CASETRACKER_PG_IMAGE:-$image}"
docker image inspect "$image" >/dev/null 2>&1 || timeout 120 docker pull -q "$image" >/dev/null 2>&1 ||
  not_checked "image $image is neither here nor pullable (set CASETRACKER_PG_IMAGE)"
export CASETRACKER_PG_IMAGE="$image"

# A free loopback port: nothing answers on it.
port=""
for _ in $(seq 50); do
  candidate=$(( 20000 + RANDOM % 20000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[[ -n "$port" ]] || fail "no free port found"
export CASETRACKER_DB_PORT="$port"

api="${CASETRACKER_API_DLL:-}"
if [[ -z "$api" ]]; then
  api="$(ls -t "$ROOT"/src/CaseTracker.Api/bin/*/net10.0/CaseTracker.Api.dll 2>/dev/null | head -n 1 || true)"
fi
if [[ -z "$api" ]]; then
  log "building the API"
  dotnet build "$ROOT/src/CaseTracker.Api" -v q -nologo >&2
  api="$(ls -t "$ROOT"/src/CaseTracker.Api/bin/*/net10.0/CaseTracker.Api.dll | head -n 1)"
fi

down() {
  "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || log "warning: '${compose[*]} down' failed"
  if [[ "$file" != "$ROOT/docker-compose.yml" ]]; then rm -f "$file"; fi
}
trap down EXIT

log "${compose[*]} up -d postgres (image $image, port 127.0.0.1:$port)"
"${compose[@]}" up -d postgres >&2
container="$("${compose[@]}" ps -q postgres)"
[[ -n "$container" ]] || fail "the postgres service has no container"

health=""
for _ in $(seq 90); do
  health="$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$container")"
  [[ "$health" == healthy ]] && break
  [[ "$(docker inspect -f '{{.State.Running}}' "$container")" == true ]] || break
  sleep 2
done
if [[ "$health" != healthy ]]; then
  docker logs --tail 20 "$container" >&2 || true
  fail "the postgres service did not become healthy (health '$health')"
fi
log "postgres service healthy"

export ConnectionStrings__Marten="Host=127.0.0.1;Port=$port;Database=casetracker;Username=casetracker;Password=casetracker"
# The schema comes from db-apply alone: the demo must not create it on the fly.
(cd "$(dirname "$api")" && dotnet "$api" db-apply) >&2 || fail "db-apply failed"
log "schema applied"
(cd "$(dirname "$api")" && Marten__AutoCreate=None dotnet "$api" demo "$ROOT/seeds") >&2 || fail "demo import failed"

found="$("${compose[@]}" exec -T postgres psql -U casetracker -d casetracker -At -F '|' -c \
  "select data->>'platform', data->'subject'->>'name', data->>'subjectStatus' from mt_doc_casehistory")"
expected="Zoom|Humanitarian China|reinstated"
[[ "$found" == "$expected" ]] || fail "the database holds '$found', expected the demo case '$expected'"
log "demo case in the database: $found"
log "passed (service up healthy, db-apply, demo, case found; taking it down)"
