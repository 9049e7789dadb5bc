#!/usr/bin/env bash
# Finds Chromium for the browser tests and prints its path on the last line. Idempotent: a browser
# already there (CASETRACKER_CHROMIUM, or the distribution's chromium) is used as it is; else
# Debian's `chromium` package is installed with apt-get when this runs as root (or with sudo
# without a password). Playwright cannot download its own browsers here, so this is the one way in.
set -euo pipefail

log() { printf 'browser: %s\n' "$*" >&2; }

find_browser() {
  local candidate
  for candidate in "${CASETRACKER_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if path="$(find_browser)"; then
  printf '%s\n' "$path"
  exit 0
fi

if [[ "${CASETRACKER_INSTALL_BROWSER:-1}" == 0 ]]; then
  log "no Chromium found and CASETRACKER_INSTALL_BROWSER=0: not installing"
  exit 1
fi

as_root=()
if (( EUID != 0 )); then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    log "no Chromium found; install it (apt-get install chromium) or set CASETRACKER_CHROMIUM"
    exit 1
  fi
fi

log "installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >&2 || log "apt-get update failed; trying the install anyway"
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >&2

if path="$(find_browser)"; then
  printf '%s\n' "$path"
else
  log "chromium was installed but no executable was found"
  exit 1
fi
