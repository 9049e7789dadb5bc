#!/usr/bin/env bash
# Several API nodes on one PostgreSQL behind one entry point.
#   deploy/nodes.sh start [N]   builds (Release), applies the schema once, starts N nodes (default 3)
#                               on 127.0.0.1:5081.. and the proxy (src/CaseTracker.Proxy, YARP) on 5080
#   deploy/nodes.sh stop        stops the proxy and the nodes (TERM, then KILL after 15 s)
#   deploy/nodes.sh status      one line per process; exit 0 only when all of them run
# Pid files and logs: .nodes/ (git-ignored). The database: deploy/db.sh (ConnectionStrings__Marten if set).
# The nodes run with Marten__DaemonMode=Distributed: Wolverine runs the async projections on one
# live node at a time and moves them when that node dies (deploy/README.md, "Several nodes").
# Environment: CASETRACKER_NODES (N), CASETRACKER_NODE_PORT (first node's port, default 5081),
# CASETRACKER_PROXY_URL (default http://127.0.0.1:5080), CASETRACKER_NODES_DIR (default <repo>/.nodes),
# CASETRACKER_NODES_BUILD=0 (use the existing Release build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${CASETRACKER_NODES_DIR:-$ROOT/.nodes}"
FIRST_PORT="${CASETRACKER_NODE_PORT:-5081}"
PROXY_URL="${CASETRACKER_PROXY_URL:-http://127.0.0.1:5080}"

log() { printf 'nodes: %s\n' "$*" >&2; }
die() { printf 'nodes: error: %s\n' "$*" >&2; exit 1; }

running() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until a URL answers 200, or the process behind the pid file has died, or 90 s have passed.
wait_live() {
  local url="$1" pidfile="$2" name="$3"
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null --max-time 2 "$url"; then return 0; fi
    running "$pidfile" || die "$name exited during start; see its log in $DIR"
    sleep 0.5
  done
  die "$name did not answer $url within 90 s; see its log in $DIR"
}

dll_of() {
  dotnet msbuild "$ROOT/src/$1/$1.csproj" -nologo -p:Configuration=Release -getProperty:TargetPath
}

# Runs a program in the background in its own session (so the caller's Ctrl+C does not reach it)
# and records its pid.
launch() {
  local name="$1"; shift
  setsid nohup "$@" >"$DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/$name.pid"
}

start() {
  local count="${1:-${CASETRACKER_NODES:-3}}"
  [[ "$count" =~ ^[1-9][0-9]*$ ]] || die "the number of nodes must be a positive integer, not '$count'"
  mkdir -p "$DIR"
  for pidfile in "$DIR"/*.pid; do
    if running "$pidfile"; then die "$(basename "$pidfile" .pid) already runs (pid $(cat "$pidfile")): deploy/nodes.sh stop first"; fi
  done
  rm -f "$DIR"/*.pid

  if [[ "${CASETRACKER_NODES_BUILD:-1}" != 0 ]]; then
    dotnet build "$ROOT/src/CaseTracker.Api" -c Release >&2
    dotnet build "$ROOT/src/CaseTracker.Proxy" -c Release >&2
  fi
  local api proxy conn
  api="$(dll_of CaseTracker.Api)"
  proxy="$(dll_of CaseTracker.Proxy)"
  [[ -f "$api" && -f "$proxy" ]] || die "Release build not found ($api, $proxy)"

  conn="$("$ROOT/deploy/db.sh" | tail -n 1)"
  [[ "$conn" == *Host=* ]] || die "deploy/db.sh printed no connection string"
  export ConnectionStrings__Marten="$conn" Marten__DaemonMode=Distributed
  # Once, before any node starts: N nodes creating the same tables at once would race.
  log "applying the schema (db-apply)"
  (cd "$(dirname "$api")" && dotnet "$api" db-apply >"$DIR/db-apply.log" 2>&1) || die "db-apply failed; see $DIR/db-apply.log"

  export ASPNETCORE_CONTENTROOT="$(dirname "$api")"
  # A dead node's projections move once it has missed its heartbeats for Nodes__StaleNodeTimeout.
  export Nodes__HealthCheckPollingTime="${Nodes__HealthCheckPollingTime:-00:00:02}"
  export Nodes__StaleNodeTimeout="${Nodes__StaleNodeTimeout:-00:00:10}"
  export Nodes__CheckAssignmentPeriod="${Nodes__CheckAssignmentPeriod:-00:00:05}"
  local destinations=() i port
  for (( i = 1; i <= count; i++ )); do
    port=$(( FIRST_PORT + i - 1 ))
    ASPNETCORE_URLS="http://127.0.0.1:$port" launch "node$i" dotnet "$api"
    destinations+=("http://127.0.0.1:$port")
    log "node$i: pid $(cat "$DIR/node$i.pid"), http://127.0.0.1:$port, log $DIR/node$i.log"
  done
  for (( i = 1; i <= count; i++ )); do
    wait_live "http://127.0.0.1:$(( FIRST_PORT + i - 1 ))/health/live" "$DIR/node$i.pid" "node$i"
  done

  local joined
  joined="$(IFS=';'; echo "${destinations[*]}")"
  ASPNETCORE_CONTENTROOT="$(dirname "$proxy")" ASPNETCORE_URLS="$PROXY_URL" Proxy__Nodes="$joined" launch proxy dotnet "$proxy"
  wait_live "$PROXY_URL/health/live" "$DIR/proxy.pid" proxy
  log "proxy: pid $(cat "$DIR/proxy.pid"), $PROXY_URL -> $joined"
  echo "$PROXY_URL"
}

stop() {
  local pidfile pid name
  shopt -s nullglob
  # The proxy first, so no request is sent to a node that is stopping.
  for pidfile in "$DIR/proxy.pid" "$DIR"/node*.pid; do
    [[ -f "$pidfile" ]] || continue
    name="$(basename "$pidfile" .pid)"
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      if kill -0 "$pid" 2>/dev/null; then log "$name (pid $pid) ignored TERM: killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
      log "$name (pid $pid) stopped"
    fi
    rm -f "$pidfile"
  done
}

status() {
  local pidfile name all=0 found=0 url
  shopt -s nullglob
  for pidfile in "$DIR"/node*.pid "$DIR/proxy.pid"; do
    [[ -f "$pidfile" ]] || continue
    found=1
    name="$(basename "$pidfile" .pid)"
    url="$(sed -n -E 's#.*Now listening on: (http://[^[:space:]]+).*#\1#p' "$DIR/$name.log" 2>/dev/null | head -n 1)"
    if running "$pidfile"; then
      printf '%-6s pid %-7s running  %s  ready: %s\n' "$name" "$(cat "$pidfile")" "${url:-?}" \
        "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "${url:-http://0}/health/ready" || true)"
    else
      printf '%-6s pid %-7s stopped\n' "$name" "$(cat "$pidfile")"
      all=1
    fi
  done
  (( found )) || { echo "no nodes started from $DIR"; return 1; }
  return "$all"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: deploy/nodes.sh start [N] | stop | status" ;;
esac
