#!/usr/bin/env bash
# Tries the README's two commands the way a new user meets them: a clean Debian 12 (bookworm,
# minbase) root gets what a fresh clone has (`git archive HEAD`, so nothing uncommitted and no
# build tree) in /root/podwright, and inside it, as root, runs
#
#   ./test.sh -LE 'podman|package'          installs, configures, builds, runs CTest
#   ./run.sh --version                       the README's run command, headless
#   ./run.sh validate resources/templates/*.yaml
#
# so packaging/debian-deps.sh must name every package the build and the tests need: nothing
# installed on a developer's machine by accident can help here.
#
# Left out by default: the tests labelled `podman` need a container runtime with the host's
# cgroup tree (/sys), which a plain chroot does not have; `--podman` binds it in and runs them
# afterwards (they passed so on the CI machine, which has no systemd); on a systemd machine they
# belong to the real ./test.sh run. `package` (check-package.sh) builds its own root.
#
#   packaging/check-fresh-setup.sh [--keep-root] [--podman] [--cache DIR] [--work DIR]
#
#   --keep-root  leave the root (on disk) in WORK/root for inspection
#   --podman     afterwards, try the `podman` tests too, with the host's /sys bound into the
#                root (works only where rootful Podman needs no systemd, like the CI machine)
#   --cache DIR  minbase tarball and apt archives, shared with check-package.sh
#                (default: build-packaging/package-check)
#   --work DIR   logs and the root (default: build-fresh/fresh-setup)
#
# Needs root (chroot, mounts) and the Debian mirror this machine uses. A cold build on two
# cores takes 15-30 minutes; downloaded .debs stay in the cache, so re-runs download nothing.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT_DIR/build-packaging/package-check"
WORK="$ROOT_DIR/build-fresh/fresh-setup"
KEEP_ROOT=0
PODMAN=0
ARGS=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --keep-root) KEEP_ROOT=1; shift ;;
    --podman) PODMAN=1; shift ;;
    --cache) CACHE="$(realpath -m "$2")"; shift 2 ;;
    --work) WORK="$(realpath -m "$2")"; shift 2 ;;
    *) echo "usage: $0 [--keep-root] [--podman] [--cache DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done

# shellcheck source=packaging/debian-root.sh
source "$ROOT_DIR/packaging/debian-root.sh"
debian_root_unshare "$0" "${ARGS[@]}"

DEBIAN_ROOT_CACHE="$CACHE"
DEBIAN_ROOT="$WORK/root"
DEBIAN_ROOT_KEEP="$KEEP_ROOT"
# Qt's -dev packages, the toolchain and a Release build tree: about 4 GB.
DEBIAN_ROOT_SIZE=10g
DEBIAN_ROOT_LOG="$WORK/apt.log"
mkdir -p "$WORK"

# shellcheck source=packaging/debian-deps.sh
source "$ROOT_DIR/packaging/debian-deps.sh"
podwright_install_deps debootstrap
debian_root_find_mirror
debian_root_create

COMMIT="$(git -C "$ROOT_DIR" rev-parse --short HEAD)"
phase "copying git archive HEAD ($COMMIT) to /root/podwright"
mkdir -p "$DEBIAN_ROOT/root/podwright"
git -C "$ROOT_DIR" archive --format=tar HEAD | tar -C "$DEBIAN_ROOT/root/podwright" -xf -

# Every output line goes to the log with the seconds since the command started, so the log
# shows where the time went (install, configure, build, tests). cmake still writes its
# configure output in one block, so "installed" and "configured" can show the same second.
user_command() { # user_command <log name> <command line run in /root/podwright>
  local log="$WORK/$1.log" t0=$SECONDS rc=0
  shift
  phase "\$ $(printf '%q ' "$@")"
  # shellcheck disable=SC2016 # expanded by the shell inside the root
  {
    # stdbuf only makes cmake, ninja and ctest write each line as it comes (they buffer into
    # a pipe), so the time stamps are right; the command itself is unchanged.
    in_root stdbuf -oL -eL bash -c 'cd /root/podwright && exec "$@"' bash "$@" 2>&1 ||
      echo "$?" >"$log.rc"
  } | awk -v t0="$(date +%s)" '{ printf "[%4ds] %s\n", systime() - t0, $0; fflush() }' >"$log"
  [ ! -f "$log.rc" ] || rc="$(cat "$log.rc")"
  rm -f "$log.rc"
  if [ "$rc" -ne 0 ]; then
    tail -40 "$log" >&2
    fail "'$*' exited with $rc after $((SECONDS - t0)) s (whole output: $log)"
  fi
  phase "  ok in $((SECONDS - t0)) s"
}

user_command test ./test.sh -LE 'podman|package'
# Where test.sh's time went, from the time stamps of its log.
awk '{ at = substr($0, 1, 7) }
     /-- The CXX compiler identification/ && !i { print "  packages installed by " at; i = 1 }
     /-- Build files have been written/ && !c { print "  configured by        " at; c = 1 }
     /Test project / && !t { print "  built, CTest starts  " at; t = 1 }
     /tests passed/ { print "  " $0 }
     /Total Test time/ { print "  " $0 }' "$WORK/test.log"
user_command version ./run.sh --version
sed 's/^/  /' "$WORK/version.log"
# Templates are meant to pass (warnings and hints allowed): exit 0.
user_command validate sh -c './run.sh validate resources/templates/*.yaml'
phase "  $(grep -c -E ': (error|warning|hint): ' "$WORK/validate.log" || true) findings, no errors"

if [ "$PODMAN" = 1 ]; then
  # Podman needs the cgroup tree; the mount namespace keeps the bind private to this run.
  mount_in_root /sys --rbind /sys
  user_command podman-tests sh -c 'cd build && ctest -L podman --output-on-failure'
  grep -E 'tests passed|Passed|Failed' "$WORK/podman-tests.log" | sed 's/^/  /'
fi

echo "PASS: a fresh Debian 12 root builds $COMMIT and passes ./test.sh -LE 'podman|package'," \
  "./run.sh --version and ./run.sh validate$([ "$PODMAN" = 0 ] || echo ", and ctest -L podman")"
