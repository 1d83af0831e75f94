# Sourced by check-package.sh and check-fresh-setup.sh: a clean Debian 12 (bookworm, minbase)
# root to run things in as a new user's machine would, with its mounts undone on exit.
#
# The caller sets, before sourcing:
#   DEBIAN_ROOT_CACHE  cache directory (minbase tarball, apt archives, apt.log)
#   DEBIAN_ROOT        where the root lives (rebuilt on each run)
#   DEBIAN_ROOT_KEEP   1 to leave the root on disk afterwards (default 0: a tmpfs, gone at exit)
#   DEBIAN_ROOT_SIZE   size of that tmpfs (default 4g)
#   DEBIAN_ROOT_LOG    apt's log (default: DEBIAN_ROOT_CACHE/apt.log)
# and runs itself inside `unshare --mount --propagation private` (debian_root_unshare), so a
# killed script cannot leave mounts behind: the kernel drops them with the namespace.
#
# Functions: debian_root_unshare, debian_root_find_mirror, debian_root_create, in_root,
# apt_install, phase, fail. debian_root_create arms an EXIT trap that ends the processes still
# running inside the root, unmounts and removes it.
# shellcheck shell=bash

SUITE=bookworm
DEBIAN_ROOT_KEEP="${DEBIAN_ROOT_KEEP:-0}"
DEBIAN_ROOT_SIZE="${DEBIAN_ROOT_SIZE:-4g}"
MOUNTS=()
START=$SECONDS

phase() { printf '[%4ds] %s\n' "$((SECONDS - START))" "$*"; }
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# debian_root_unshare "$0" ARGS...: re-executes the calling script in a private mount
# namespace unless it already runs in one (marked by PODWRIGHT_PACKAGE_CHECK_NS).
debian_root_unshare() {
  [ -z "${PODWRIGHT_PACKAGE_CHECK_NS:-}" ] || return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: needs root for debootstrap, chroot and mounts" >&2
    exit 1
  fi
  export PODWRIGHT_PACKAGE_CHECK_NS=1
  exec unshare --mount --propagation private -- "$@"
}

# Prints "URI SUITE" for every main/bookworm* Debian source in deb822 and one-line formats;
# third-party sources (no debian-archive-keyring, no /debian path) are left out.
debian_sources() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
         {
           uris = ""; suites = ""; debian = 0
           for (i = 1; i <= NF; i++) {
             if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
             if ($i ~ /^Suites:/) { suites = $i; sub(/^Suites:[ \t]*/, "", suites) }
             if ($i ~ /debian-archive-keyring/) debian = 1
           }
           if (!debian && uris !~ /\/debian(-security)?\/?$/) next
           n = split(uris, u, " "); m = split(suites, s, " ")
           for (a = 1; a <= n; a++) for (b = 1; b <= m; b++)
             if (s[b] ~ /^'"$SUITE"'/) print u[a], s[b]
         }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    if [ -f "$f" ]; then cat "$f"; fi
  done |
    awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) while ($i !~ /\]$/) i++; if ($2 ~ /^\[/) i++
                       if ($(i) ~ /\/debian(-security)?\/?$/ && $(i + 1) ~ /^'"$SUITE"'/) print $(i), $(i + 1) }'
}

# Sets MIRROR and SOURCES: the Debian archive this machine already uses.
debian_root_find_mirror() {
  SOURCES="$(debian_sources | awk '!seen[$0]++')"
  MIRROR="${PODWRIGHT_DEBIAN_MIRROR:-$(echo "$SOURCES" | awk -v s="$SUITE" '$2 == s { print $1; exit }')}"
  [ -n "$MIRROR" ] || fail "no Debian $SUITE mirror in /etc/apt/sources.list*; set PODWRIGHT_DEBIAN_MIRROR"
  [ -n "$SOURCES" ] || SOURCES="$MIRROR $SUITE"
  phase "mirror $MIRROR"
}

debian_root_cleanup() {
  local rc=$? proc i
  # A signal is handled once the running command ends, possibly inside its redirections.
  exec 1>&3 2>&4
  # Processes still running inside the root (a podwright opened by gio, an Xvfb, a compiler):
  # ours, found by their root directory, ended by pid.
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/root" 2>/dev/null)" = "$DEBIAN_ROOT" ]; then
      kill "${proc#/proc/}" 2>/dev/null || true
    fi
  done
  phase "unmounting"
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" || true
  done
  if [ "$DEBIAN_ROOT_KEEP" != 1 ] && ! grep -q " $DEBIAN_ROOT" /proc/self/mounts; then
    rm -rf --one-file-system "$DEBIAN_ROOT"
  fi
  phase "done (exit $rc)"
}

mount_in_root() { # mount_in_root <target inside root> <mount arguments...>
  local where="$DEBIAN_ROOT$1"
  shift
  mkdir -p "$where"
  mount "$@" "$where"
  MOUNTS+=("$where")
}

# Unpacks the cached minbase root (debootstraps it on the first run), mounts /proc, a fresh
# /dev, devpts, shm and the shared apt archive cache, and points apt at MIRROR's SOURCES.
# Needs debian_root_find_mirror first.
debian_root_create() {
  DEBIAN_ROOT_LOG="${DEBIAN_ROOT_LOG:-$DEBIAN_ROOT_CACHE/apt.log}"
  mkdir -p "$DEBIAN_ROOT_CACHE/apt-archives/partial"
  # Cleanup is armed before anything is mounted.
  exec 3>&1 4>&2
  trap debian_root_cleanup EXIT
  trap 'exit 130' INT TERM HUP # so an interrupted run still unmounts and ends its processes

  # debootstrap's second stage (unpacking and configuring ~90 packages) is the slow part, so
  # the finished minbase root is cached as a tarball, keyed by mirror and suite.
  local base_tar
  base_tar="$DEBIAN_ROOT_CACHE/$SUITE-minbase-root-$(echo "$MIRROR" | md5sum | cut -c1-8).tar"
  rm -rf --one-file-system "$DEBIAN_ROOT"
  mkdir -p "$DEBIAN_ROOT"
  # On a tmpfs the root unpacks faster and vanishes at once afterwards (deleting ~700 MB of
  # files from disk took half a minute); keeping the root needs it on disk to outlive us.
  [ "$DEBIAN_ROOT_KEEP" = 1 ] ||
    mount_in_root "" -t tmpfs -o "size=$DEBIAN_ROOT_SIZE,mode=0755" tmpfs
  if [ ! -f "$base_tar" ]; then
    phase "debootstrap --variant=minbase $SUITE (first run; cached afterwards)"
    debootstrap --variant=minbase "$SUITE" "$DEBIAN_ROOT" "$MIRROR" \
      >"$DEBIAN_ROOT_CACHE/debootstrap.log" 2>&1 ||
      fail "debootstrap failed, see $DEBIAN_ROOT_CACHE/debootstrap.log"
    tar -C "$DEBIAN_ROOT" -cf "$base_tar.tmp" . && mv "$base_tar.tmp" "$base_tar"
  else
    phase "unpacking the cached minbase root"
    tar -C "$DEBIAN_ROOT" -xf "$base_tar"
  fi

  # The root gets its own /proc and a fresh /dev with just the nodes it needs, never the
  # host's /dev, so nothing done inside can touch host devices or leak mounts out.
  mount_in_root /proc -t proc proc
  mount_in_root /dev -t tmpfs -o mode=0755,nosuid tmpfs
  local name major minor
  while read -r name major minor; do
    mknod -m 0666 "$DEBIAN_ROOT/dev/$name" c "$major" "$minor"
  done <<'NODES'
null 1 3
zero 1 5
full 1 7
random 1 8
urandom 1 9
tty 5 0
NODES
  mount_in_root /dev/pts -t devpts -o newinstance,ptmxmode=0666 devpts
  ln -s pts/ptmx "$DEBIAN_ROOT/dev/ptmx"
  mount_in_root /dev/shm -t tmpfs -o mode=1777 tmpfs
  # Downloaded .debs are shared between runs (and between both checks).
  mount_in_root /var/cache/apt/archives --bind "$DEBIAN_ROOT_CACHE/apt-archives"
  cp /etc/resolv.conf "$DEBIAN_ROOT/etc/resolv.conf"
  echo "$SOURCES" | awk '{ print "deb", $1, $2, "main" }' >"$DEBIAN_ROOT/etc/apt/sources.list"
  # No services start inside the root (dbus and friends come with the packages installed).
  printf '#!/bin/sh\nexit 101\n' >"$DEBIAN_ROOT/usr/sbin/policy-rc.d"
  chmod 0755 "$DEBIAN_ROOT/usr/sbin/policy-rc.d"
  # apt's default is to delete the .debs after installing: keep them in the shared cache.
  echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' \
    >"$DEBIAN_ROOT/etc/apt/apt.conf.d/01keep-debs"
  : >"$DEBIAN_ROOT_LOG"
}

# Runs a command inside the root with a minimal, clean environment (what a login gives root).
in_root() {
  chroot "$DEBIAN_ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

apt_install() {
  in_root apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "$@" \
    >>"$DEBIAN_ROOT_LOG" 2>&1 ||
    {
      tail -30 "$DEBIAN_ROOT_LOG" >&2
      fail "apt-get install $*"
    }
}
