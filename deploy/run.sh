#!/usr/bin/env bash
# One command to run CaseTracker locally: database (deploy/db.sh), Release build of the API,
# demo data (`demo seeds`, skip with CASETRACKER_DEMO=0), then the API in the foreground.
# Environment: CASETRACKER_URLS (default http://127.0.0.1:5080), CASETRACKER_DEMO,
# ConnectionStrings__Marten (skips the database start), ASPNETCORE_ENVIRONMENT (default Development).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/src/CaseTracker.Api"
URLS="${CASETRACKER_URLS:-http://127.0.0.1:5080}"

# Messages go to stdout with everything else, so `deploy/run.sh > run.log` keeps the whole story.
log() { printf 'run: %s\n' "$*"; }
die() { printf 'run: error: %s\n' "$*" >&2; exit 1; }

# Relative paths given to commands (such as `demo seeds`) are meant from the repository root.
cd "$ROOT"

conn="$("$ROOT/deploy/db.sh" | tail -n 1)"
[[ "$conn" == *Host=* ]] || die "deploy/db.sh printed no connection string"
export ConnectionStrings__Marten="$conn"

dotnet build "$PROJECT" -c Release
dll="$(dotnet msbuild "$PROJECT/CaseTracker.Api.csproj" -nologo -p:Configuration=Release -getProperty:TargetPath)"
[[ -f "$dll" ]] || die "built API not found at '$dll'"

# Like `dotnet run`: settings (appsettings*.json) and web assets come from the project folder.
export ASPNETCORE_CONTENTROOT="${ASPNETCORE_CONTENTROOT:-$PROJECT}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="$URLS"

if [[ "${CASETRACKER_DEMO:-1}" != 0 ]]; then
  # Seeds in, their claims accepted, the demo cases printed, and an admin key: its last line.
  log "loading demo data: dotnet CaseTracker.Api.dll demo seeds"
  # tee into a private file, never /dev/stderr: reopening a redirected log file would truncate it.
  demo_out="$(mktemp)"
  if dotnet "$dll" demo seeds | tee "$demo_out"; then
    tail -n 1 "$demo_out" > "$ROOT/.demo-key"
    chmod 600 "$ROOT/.demo-key"
    log "demo admin key saved in .demo-key (KEY=\$(cat .demo-key))"
  else
    log "warning: 'demo seeds' failed; starting the API anyway"
  fi
  rm -f "$demo_out"
fi

# Show a browsable address even when listening on every interface.
base="${URLS%%;*}"
base="$(printf '%s' "$base" | sed -E 's#://(0\.0\.0\.0|\*|\+|\[::\])#://127.0.0.1#')"
base="${base%/}"
cat <<EOF

CaseTracker web      $base/cases   (sign in with the key in .demo-key)
CaseTracker API      $base
API reference        $base/scalar
OpenAPI document     $base/openapi/v1.json
Health               $base/health/live  $base/health/ready
(Ctrl+C stops the API; the database keeps running: deploy/pg-local.sh stop, or docker compose down)

EOF

exec dotnet "$dll"
