#!/usr/bin/env bash
# Runs every test project of CaseTracker.sln against a real PostgreSQL and ends with exactly one
# line "N passed, N failed" (totals; skipped tests, and projects that crashed or produced no
# results, count as failed). Exits non-zero on any failure or when no test ran.
#
# Database: $CASETRACKER_TEST_DB if set; else Testcontainers when a Docker engine answers and the
# image ($CASETRACKER_TEST_PG_IMAGE, default postgres:15-alpine) is here or pullable, unless
# CASETRACKER_TEST_CONTAINERS=0; else the private cluster of deploy/pg-local.sh (stopped at the
# end if this script started it). The summary names the path that served the database.
# Environment: CASETRACKER_TEST_RESULTS (TRX folder, default <repo>/TestResults),
# CASETRACKER_TEST_HANG_TIMEOUT (default 20m). Extra arguments go to `dotnet test`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOLUTION="$ROOT/CaseTracker.sln"
RESULTS="${CASETRACKER_TEST_RESULTS:-$ROOT/TestResults}"
if [[ "$RESULTS" != /* ]]; then RESULTS="$PWD/$RESULTS"; fi

log() { printf 'test: %s\n' "$*" >&2; }

cd "$ROOT"
# The browser tests drive the distribution's Chromium; browser.sh installs it when missing and prints its path.
if CASETRACKER_CHROMIUM="$("$ROOT/deploy/browser.sh" | tail -n 1)"; then export CASETRACKER_CHROMIUM; else log "no Chromium found or installable: the browser tests will fail"; fi

started_db=0
stop_db() {
  if (( started_db )); then
    started_db=0
    "$ROOT/deploy/pg-local.sh" stop || true
  fi
}
trap stop_db EXIT

# Labels this run's containers, so any a crashed test host leaves are removed below.
export CASETRACKER_TEST_RUN="${CASETRACKER_TEST_RUN:-test-$$-$(date +%s)}"
image="${CASETRACKER_TEST_PG_IMAGE:-postgres:15-alpine}"
engine=0
if command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1; then engine=1; fi
# Without a chosen image, the one deploy/container-engine.sh built here stands in for an official image
# that cannot be pulled (this script is also run by hand, without .ci/run's engine step).
local_image="${CASETRACKER_PG_LOCAL_IMAGE:-casetracker/postgres:15-debian}"
if (( engine )) && [[ -z "${CASETRACKER_TEST_PG_IMAGE:-}" ]] && ! docker image inspect "$image" >/dev/null 2>&1 &&
  docker image inspect "$local_image" >/dev/null 2>&1; then
  image="$local_image"
  export CASETRACKER_PG_IMAGE="${CASETRACKER_PG_IMAGE:-$local_image}"
fi
if [[ -n "${CASETRACKER_TEST_DB:-}" ]]; then
  db_path="given connection string (CASETRACKER_TEST_DB)"
elif [[ "${CASETRACKER_TEST_CONTAINERS:-1}" != 0 ]] && (( engine )) &&
  { docker image inspect "$image" >/dev/null 2>&1 || timeout 120 docker pull -q "$image" >/dev/null 2>&1; }; then
  db_path="Testcontainers, image $image (a container per test host)"
  export CASETRACKER_TEST_PG_IMAGE="$image"
  # Ryuk (Testcontainers' reaper) needs an image of its own; the sweep below does its job.
  export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
  # Testcontainers speaks Docker API 1.44 unless told otherwise; Debian's engine (20.10) has 1.41.
  api="$(docker version --format '{{.Server.APIVersion}}' 2>/dev/null || true)"
  if [[ -z "${DOCKER_API_VERSION:-}" && "$api" =~ ^1\.([0-9]+)$ ]] && (( BASH_REMATCH[1] < 44 )); then
    export DOCKER_API_VERSION="$api"
  fi
else
  if [[ "${CASETRACKER_TEST_CONTAINERS:-1}" == 0 ]]; then why="CASETRACKER_TEST_CONTAINERS=0"
  elif (( engine )); then why="image $image is neither here nor pullable"
  else why="no Docker engine answers"; fi
  db_path="local cluster (deploy/pg-local.sh), because $why"
  export CASETRACKER_TEST_CONTAINERS=0
  if ! "$ROOT/deploy/pg-local.sh" status >/dev/null 2>&1; then started_db=1; fi
  CASETRACKER_TEST_DB="$("$ROOT/deploy/pg-local.sh" start | tail -n 1)"
  export CASETRACKER_TEST_DB
fi
log "database: $db_path"

mkdir -p "$RESULTS"
# Only this run's TRX files may be counted.
find "$RESULTS" -maxdepth 1 -name '*.trx' -delete

# A hung test would otherwise hold CI forever; the hang is reported as a crashed project.
test_rc=0
dotnet test "$SOLUTION" \
  --logger "trx;LogFilePrefix=casetracker" \
  --logger "console;verbosity=normal" \
  --results-directory "$RESULTS" \
  --blame-hang-timeout "${CASETRACKER_TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none \
  "$@" || test_rc=$?

stop_db
if (( engine )); then
  left="$(docker ps -aq --filter "label=casetracker.test-run=$CASETRACKER_TEST_RUN" 2>/dev/null || true)"
  if [[ -n "$left" ]]; then
    log "removing $(wc -l <<<"$left") test container(s) the run left behind"
    docker rm -f -v $left >/dev/null 2>&1 || true
  fi
fi

# --- Summary from the TRX files (plain grep/sed: python may not exist on a fresh machine) ---

# Test projects listed in the solution, so a project without results (did not build, did not
# start) is reported instead of silently missing.
declare -a expected=()
while IFS= read -r rel; do
  rel="${rel//\\//}"
  if [[ -f "$ROOT/$rel" ]] && grep -Eq 'Microsoft\.NET\.Test\.Sdk|<IsTestProject>[[:space:]]*true' "$ROOT/$rel"; then
    expected+=("$(basename "$rel" .csproj)")
  fi
done < <(sed -n -E 's/^Project\("[^"]*"\) = "[^"]*", "([^"]*\.csproj)".*/\1/p' "$SOLUTION")

attr() { sed -n -E "s/.*[[:space:]]$1=\"([^\"]*)\".*/\1/p" <<<"$2"; }

# The project a TRX file belongs to: the xunit adapter's "Discovering: <assembly>" line, else
# the test dll (TRX lower-cases its path), else the file name.
trx_project() {
  local file="$1" name
  name="$(grep -o -m 1 'Discovering: [^[:space:]<]*' "$file" | head -n 1 | sed 's/^Discovering: //' || true)"
  if [[ -z "$name" ]]; then
    name="$(grep -o -m 1 -E '(storage="|No test is available in )[^"]*\.dll' "$file" | head -n 1 |
      sed -E 's#.*/##; s#\.dll$##' || true)"
  fi
  [[ -n "$name" ]] || name="$(basename "$file" .trx)"
  local e
  for e in "${expected[@]}"; do
    if [[ "${e,,}" == "${name,,}" ]]; then name="$e"; fi
  done
  printf '%s\n' "$name"
}

declare -A p_passed=() p_failed=() p_note=()
declare -a order=()
shopt -s nullglob
for trx in "$RESULTS"/*.trx; do
  project="$(trx_project "$trx")"
  # (|| true: grep finding nothing must not end the script under pipefail)
  counters="$(grep -o -m 1 '<Counters [^>]*>' "$trx" | head -n 1 || true)"
  outcome="$(grep -o -m 1 '<ResultSummary outcome="[^"]*"' "$trx" | head -n 1 | sed -E 's/.*"([^"]*)"/\1/' || true)"
  total="$(attr total "$counters")"
  passed="$(attr passed "$counters")"
  total="${total:-0}"
  passed="${passed:-0}"
  failed=$(( total - passed ))
  note=""
  # A crashed or hung (--blame-hang) test host aborts the run, often with no failed test to
  # show it. (Run-level "Error" entries alone are not enough: xunit logs each failure there.)
  reason="$(grep -o -m 1 -E '(The active test run was aborted|Test host process crashed)[^<]*' "$trx" |
    head -n 1 | cut -c 1-160 || true)"
  if [[ -n "$reason" ]]; then
    failed=$(( failed + 1 ))
    note="$reason"
  elif [[ "$outcome" != Completed && "$outcome" != Passed && "$outcome" != Warning ]] && (( failed == 0 )); then
    failed=1
    note="run outcome '$outcome'"
  elif (( total == 0 )); then
    note="no tests found"
  fi
  if [[ -z "${p_passed[$project]+x}" ]]; then
    order+=("$project")
    p_passed[$project]=0
    p_failed[$project]=0
    p_note[$project]=""
  fi
  p_passed[$project]=$(( ${p_passed[$project]} + passed ))
  p_failed[$project]=$(( ${p_failed[$project]} + failed ))
  if [[ -n "$note" ]]; then p_note[$project]="$note"; fi
done

# Solution order first, then anything the solution list did not name.
declare -a listed=()
for e in "${expected[@]}"; do
  listed+=("$e")
  if [[ -z "${p_passed[$e]+x}" ]]; then
    p_passed[$e]=0
    p_failed[$e]=1
    p_note[$e]="no test results: it did not build or its test host did not start"
  fi
done
for project in "${order[@]}"; do
  case " ${expected[*]} " in *" $project "*) ;; *) listed+=("$project") ;; esac
done

passed_total=0
failed_total=0
echo
echo "Test projects:"
for project in "${listed[@]}"; do
  passed_total=$(( passed_total + ${p_passed[$project]} ))
  failed_total=$(( failed_total + ${p_failed[$project]} ))
  printf '  %-36s %4d passed, %4d failed%s\n' "$project" "${p_passed[$project]}" "${p_failed[$project]}" \
    "${p_note[$project]:+  ($(printf '%s' "${p_note[$project]}" | tr -d '\r\n'))}"
done
if (( test_rc != 0 )); then echo "  dotnet test exited with $test_rc"; fi
if (( passed_total + failed_total == 0 )); then echo "  no test ran"; fi
echo "TRX files: $RESULTS"
echo "Database: $db_path"

printf '%d passed, %d failed\n' "$passed_total" "$failed_total"

if (( test_rc != 0 || failed_total > 0 || passed_total == 0 )); then
  exit 1
fi
