#!/usr/bin/env bash
# Makes a container engine and a PostgreSQL 15 image available for the tests and compose, and
# prints the image to use as the last stdout line. Idempotent: a second run changes nothing.
#
#   1. A Docker engine already answers: nothing is installed.
#      Else, as root (or with password-less sudo): Debian's docker.io is installed with apt and
#      dockerd is started in the background (data and log under $CASETRACKER_DOCKER_DIR).
#   2. The official image (CASETRACKER_PG_OFFICIAL_IMAGE) is used when present or pullable;
#      else a local image is built once from Debian packages (deploy/pg-image/build.sh) and
#      reused by later runs.
#
# Anything that fails (no root, apt refused, dockerd will not start, no image) is reported on
# stderr and the script exits 0 printing nothing: callers then use the local cluster.
# Environment: CASETRACKER_DOCKER_DIR (default /var/lib/casetracker-docker),
# CASETRACKER_PG_OFFICIAL_IMAGE (default postgres:15-alpine), CASETRACKER_PG_LOCAL_IMAGE
# (default casetracker/postgres:15-debian), CASETRACKER_COMPOSE=1 also installs docker-compose.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCKER_DIR="${CASETRACKER_DOCKER_DIR:-/var/lib/casetracker-docker}"
OFFICIAL="${CASETRACKER_PG_OFFICIAL_IMAGE:-postgres:15-alpine}"
LOCAL_IMAGE="${CASETRACKER_PG_LOCAL_IMAGE:-casetracker/postgres:15-debian}"

log() { printf 'container-engine: %s\n' "$*" >&2; }
give_up() {
  log "no container path: $*"
  log "the tests will use the local cluster (deploy/pg-local.sh)"
  exit 0
}
seconds() { printf '%ss' "$(( SECONDS - $1 ))"; }

engine_answers() { command -v docker >/dev/null 2>&1 && timeout 15 docker info >/dev/null 2>&1; }

# Commands that need root: directly as root, through sudo when it needs no password.
if [[ "$(id -u)" -eq 0 ]]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root() { sudo -n "$@"; }
else
  as_root() { return 126; }
fi
may_install() { as_root true 2>/dev/null; }

apt_install() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  (( ${#missing[@]} )) || return 0
  local start=$SECONDS
  log "installing ${missing[*]} with apt"
  # A stale package list is the usual cause of a refused install: update once and retry.
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >&2; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || return 1
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${missing[@]}" >&2 || return 1
  fi
  log "installed ${missing[*]} in $(seconds "$start")"
}

start_engine() {
  local start=$SECONDS
  as_root mkdir -p "$DOCKER_DIR/data" || return 1
  log "starting dockerd (data $DOCKER_DIR/data, log $DOCKER_DIR/dockerd.log)"
  # setsid -f: the engine outlives this script and the CI step that started it. The log is
  # opened by the root shell (under sudo the caller may not write there).
  as_root sh -c 'exec setsid -f dockerd --data-root "$1/data" --pidfile "$1/dockerd.pid" \
    </dev/null >>"$1/dockerd.log" 2>&1' sh "$DOCKER_DIR" || return 1
  local i
  for (( i = 0; i < 60; i++ )); do
    if engine_answers; then
      log "dockerd answers after $(seconds "$start")"
      return 0
    fi
    sleep 1
  done
  log "dockerd did not answer within 60s; last lines of its log:"
  tail -n 15 "$DOCKER_DIR/dockerd.log" >&2 || true
  return 1
}

if engine_answers; then
  log "a Docker engine answers: nothing to install"
else
  may_install || give_up "no engine answers and installing one needs root (or password-less sudo)"
  if ! command -v dockerd >/dev/null 2>&1; then
    apt_install docker.io || give_up "apt could not install docker.io"
  fi
  # Debian's package may have started its own service; a second daemon must not be started.
  engine_answers || start_engine || give_up "dockerd would not start"
fi

if [[ "${CASETRACKER_COMPOSE:-0}" == 1 ]] && ! docker compose version >/dev/null 2>&1 &&
  ! command -v docker-compose >/dev/null 2>&1; then
  if may_install; then
    apt_install docker-compose || log "docker-compose could not be installed; the compose check will say so"
  fi
fi

if docker image inspect "$OFFICIAL" >/dev/null 2>&1; then
  log "using $OFFICIAL (present)"
  printf '%s\n' "$OFFICIAL"
  exit 0
fi
if timeout 120 docker pull -q "$OFFICIAL" >/dev/null 2>&1; then
  log "using $OFFICIAL (pulled)"
  printf '%s\n' "$OFFICIAL"
  exit 0
fi
log "$OFFICIAL cannot be pulled here"

if docker image inspect "$LOCAL_IMAGE" >/dev/null 2>&1; then
  log "using $LOCAL_IMAGE (built before)"
  printf '%s\n' "$LOCAL_IMAGE"
  exit 0
fi
may_install || give_up "building $LOCAL_IMAGE needs root (debootstrap)"
apt_install debootstrap || give_up "apt could not install debootstrap"
start=$SECONDS
as_root "$ROOT/deploy/pg-image/build.sh" "$LOCAL_IMAGE" >&2 || give_up "building $LOCAL_IMAGE failed"
log "built $LOCAL_IMAGE in $(seconds "$start")"
printf '%s\n' "$LOCAL_IMAGE"
