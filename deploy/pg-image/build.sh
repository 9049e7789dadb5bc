#!/usr/bin/env bash
# Builds a PostgreSQL 15 image from Debian packages, for engines that cannot pull the official
# one: debootstrap a minimal bookworm with postgresql-15, add an entrypoint that behaves like the
# official image's, import it, then set the stop signal (docker import cannot).
#
#   deploy/pg-image/build.sh [image]      (default casetracker/postgres:15-debian; needs root)
#
# Environment: CASETRACKER_DEBIAN_MIRROR (default http://deb.debian.org/debian),
# CASETRACKER_DEBIAN_SUITE (default bookworm).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IMAGE="${1:-casetracker/postgres:15-debian}"
MIRROR="${CASETRACKER_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE="${CASETRACKER_DEBIAN_SUITE:-bookworm}"

log() { printf 'pg-image: %s\n' "$*" >&2; }

[[ "$(id -u)" -eq 0 ]] || { log "debootstrap needs root"; exit 1; }
command -v debootstrap >/dev/null || { log "debootstrap is not installed"; exit 1; }

ROOTFS="$(mktemp -d /var/tmp/casetracker-pg-rootfs.XXXXXX)"
trap 'rm -rf "$ROOTFS"' EXIT

log "debootstrap $SUITE with postgresql-15 into $ROOTFS"
# Two stages, so dpkg can be told not to sync every file it writes (most of the build's time on
# a busy disk): a crash during the build only means building again.
debootstrap --foreign --variant=minbase --include=postgresql-15 "$SUITE" "$ROOTFS" "$MIRROR" >&2
mkdir -p "$ROOTFS/etc/dpkg/dpkg.cfg.d"
echo force-unsafe-io >"$ROOTFS/etc/dpkg/dpkg.cfg.d/casetracker-build"
chroot "$ROOTFS" /debootstrap/debootstrap --second-stage >&2
rm -f "$ROOTFS/etc/dpkg/dpkg.cfg.d/casetracker-build"

# The package made a cluster of its own (Debian layout); the entrypoint makes the one we use.
# Package caches and lists only make the image bigger.
rm -rf "$ROOTFS"/var/lib/postgresql/15 "$ROOTFS"/etc/postgresql/15 \
  "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* \
  "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/*
install -m 755 "$HERE/docker-entrypoint.sh" "$ROOTFS/usr/local/bin/docker-entrypoint.sh"
install -d -o 0 -g 0 "$ROOTFS/var/lib/postgresql/data"
# Owned by the image's own postgres user (its ids come from the chroot's passwd).
chroot "$ROOTFS" chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql

BASE="$IMAGE-rootfs"
log "importing as $BASE"
tar -C "$ROOTFS" -c . | docker import \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/lib/postgresql/15/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV PGDATA=/var/lib/postgresql/data' \
  -c 'ENV LANG=C.UTF-8' \
  -c 'EXPOSE 5432' \
  -c 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  -c 'CMD ["postgres"]' \
  - "$BASE" >&2

# SIGINT is PostgreSQL's fast shutdown (the official image's choice); SIGTERM would wait for
# every client to leave.
printf 'FROM %s\nSTOPSIGNAL SIGINT\n' "$BASE" | DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" - >&2
docker rmi "$BASE" >/dev/null
log "built $IMAGE ($(docker image inspect -f '{{.Size}}' "$IMAGE") bytes)"
