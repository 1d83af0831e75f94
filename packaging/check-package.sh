#!/usr/bin/env bash
# Checks the Debian package the way a user meets it: installs the .deb with apt into a clean
# Debian 12 (bookworm, minbase) root, so its Depends must be enough on their own; starts
# `podwright` there under Xvfb and looks for its main window; checks that a .yaml file opens
# in Podwright through the desktop's MIME associations (xdg-mime and gio, as file managers do).
#
#   packaging/check-package.sh [--build-dir DIR] [--deb FILE] [--if-requested] [--keep-root]
#
#   --build-dir DIR  configured build tree to build and package (default: build-packaging)
#   --deb FILE       check this .deb instead of building one
#   --if-requested   exit 77 (CTest "skipped") unless PODWRIGHT_PACKAGE_TEST=1
#   --keep-root      leave the root in DIR/package-check/root for inspection
#
# Needs root (debootstrap, chroot, mounts) and the Debian mirror this machine uses (read from
# /etc/apt/sources.list*; override with PODWRIGHT_DEBIAN_MIRROR). The bootstrapped root and the
# downloaded .debs are cached under DIR/package-check/, so a re-run does not download again.
# The screenshot of the running app goes to docs/screenshots/package-check.png.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$ROOT_DIR/build-packaging"
DEB=""
IF_REQUESTED=0
KEEP_ROOT=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) BUILD_DIR="$(realpath "$2")"; shift 2 ;;
    --deb) DEB="$(realpath "$2")"; shift 2 ;;
    --if-requested) IF_REQUESTED=1; shift ;;
    --keep-root) KEEP_ROOT=1; shift ;;
    *) echo "usage: $0 [--build-dir DIR] [--deb FILE] [--if-requested] [--keep-root]" >&2; exit 2 ;;
  esac
done

if [ "$IF_REQUESTED" = 1 ] && [ "${PODWRIGHT_PACKAGE_TEST:-0}" != 1 ]; then
  echo "skipped: set PODWRIGHT_PACKAGE_TEST=1 to install the .deb into a clean Debian 12 root"
  exit 77
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "error: needs root for debootstrap, chroot and mounts" >&2
  exit 1
fi

# Every mount below lives in a private mount namespace: if this script is killed outright,
# the kernel drops the mounts with the namespace. The EXIT trap still unmounts them in order.
if [ -z "${PODWRIGHT_PACKAGE_CHECK_NS:-}" ]; then
  export PODWRIGHT_PACKAGE_CHECK_NS=1
  args=(--build-dir "$BUILD_DIR")
  [ -z "$DEB" ] || args+=(--deb "$DEB")
  [ "$KEEP_ROOT" != 1 ] || args+=(--keep-root)
  exec unshare --mount --propagation private -- "$0" "${args[@]}"
fi

CACHE="$BUILD_DIR/package-check"
TARGET="$CACHE/root"
APP_ID=io.github.podwright.Podwright
SUITE=bookworm
mkdir -p "$CACHE/apt-archives/partial"

START=$SECONDS
phase() { printf '[%4ds] %s\n' "$((SECONDS - START))" "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- Host tools ------------------------------------------------------------------------------
# shellcheck source=packaging/debian-deps.sh
source "$ROOT_DIR/packaging/debian-deps.sh"
podwright_install_deps debootstrap

# --- Mirror: the Debian archive this machine already uses ------------------------------------
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
SOURCES="$(debian_sources | awk '!seen[$0]++')"
MIRROR="${PODWRIGHT_DEBIAN_MIRROR:-$(echo "$SOURCES" | awk -v s="$SUITE" '$2 == s { print $1; exit }')}"
[ -n "$MIRROR" ] || fail "no Debian $SUITE mirror in /etc/apt/sources.list*; set PODWRIGHT_DEBIAN_MIRROR"
[ -n "$SOURCES" ] || SOURCES="$MIRROR $SUITE"
phase "mirror $MIRROR"

# --- The package ---------------------------------------------------------------------------
if [ -z "$DEB" ]; then
  [ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR is not a configured build tree"
  phase "building and packaging $BUILD_DIR"
  cmake --build "$BUILD_DIR" --parallel 2 >"$CACHE/build.log" 2>&1 ||
    { grep -E -A3 'error|FAILED' "$CACHE/build.log" | head -30 >&2; fail "build failed"; }
  rm -rf "$CACHE/cpack"
  (cd "$BUILD_DIR" && cpack -G DEB -B "$CACHE/cpack" >/dev/null) || fail "cpack failed"
  DEB="$(ls "$CACHE"/cpack/podwright_*.deb)"
fi
phase "package $(basename "$DEB"): $(dpkg-deb -f "$DEB" Depends)"

# --- Cleanup, armed before anything is mounted ---------------------------------------------
MOUNTS=()
exec 3>&1 4>&2
cleanup() {
  local rc=$? proc i
  # A signal is handled once the running command ends, possibly inside its redirections.
  exec 1>&3 2>&4
  # Processes still running inside the root (a podwright opened by gio, an Xvfb): ours, found
  # by their root directory, ended by pid.
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/root" 2>/dev/null)" = "$TARGET" ]; then
      kill "${proc#/proc/}" 2>/dev/null || true
    fi
  done
  phase "unmounting"
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" || true
  done
  if [ "$KEEP_ROOT" != 1 ] && ! grep -q " $TARGET" /proc/self/mounts; then
    rm -rf --one-file-system "$TARGET"
  fi
  phase "done (exit $rc)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP # so an interrupted run still unmounts and ends its processes
mount_in_root() { # mount_in_root <target inside root> <mount arguments...>
  local where="$TARGET$1"
  shift
  mkdir -p "$where"
  mount "$@" "$where"
  MOUNTS+=("$where")
}

# --- A clean Debian 12 root ----------------------------------------------------------------
# debootstrap's second stage (unpacking and configuring ~90 packages) is the slow part, so the
# finished minbase root is cached as a tarball, keyed by mirror and suite.
BASE_TAR="$CACHE/$SUITE-minbase-root-$(echo "$MIRROR" | md5sum | cut -c1-8).tar"
rm -rf --one-file-system "$TARGET"
mkdir -p "$TARGET"
# On a tmpfs the root unpacks faster and vanishes at once afterwards (deleting ~700 MB of
# files from disk took half a minute); --keep-root needs it on disk to outlive this script.
[ "$KEEP_ROOT" = 1 ] || mount_in_root "" -t tmpfs -o size=4g,mode=0755 tmpfs
if [ ! -f "$BASE_TAR" ]; then
  phase "debootstrap --variant=minbase $SUITE (first run; cached afterwards)"
  debootstrap --variant=minbase "$SUITE" "$TARGET" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
    fail "debootstrap failed, see $CACHE/debootstrap.log"
  tar -C "$TARGET" -cf "$BASE_TAR.tmp" . && mv "$BASE_TAR.tmp" "$BASE_TAR"
else
  phase "unpacking the cached minbase root"
  tar -C "$TARGET" -xf "$BASE_TAR"
fi

# The root gets its own /proc and a fresh /dev with just the nodes it needs, never the host's
# /dev, so nothing done inside can touch host devices or leak mounts out.
mount_in_root /proc -t proc proc
mount_in_root /dev -t tmpfs -o mode=0755,nosuid tmpfs
while read -r name major minor; do
  mknod -m 0666 "$TARGET/dev/$name" c "$major" "$minor"
done <<'NODES'
null 1 3
zero 1 5
full 1 7
random 1 8
urandom 1 9
tty 5 0
NODES
mount_in_root /dev/pts -t devpts -o newinstance,ptmxmode=0666 devpts
ln -s pts/ptmx "$TARGET/dev/ptmx"
mount_in_root /dev/shm -t tmpfs -o mode=1777 tmpfs
mount_in_root /var/cache/apt/archives --bind "$CACHE/apt-archives"
cp /etc/resolv.conf "$TARGET/etc/resolv.conf"
echo "$SOURCES" | awk '{ print "deb", $1, $2, "main" }' >"$TARGET/etc/apt/sources.list"
# No services start inside the root (dbus and friends come with the test tools).
printf '#!/bin/sh\nexit 101\n' >"$TARGET/usr/sbin/policy-rc.d"
chmod 0755 "$TARGET/usr/sbin/policy-rc.d"
cp "$DEB" "$TARGET/tmp/podwright.deb"

in_root() {
  chroot "$TARGET" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}
apt_install() {
  in_root apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "$@" \
    >>"$CACHE/apt.log" 2>&1 || { tail -30 "$CACHE/apt.log" >&2; fail "apt-get install $*"; }
}

: >"$CACHE/apt.log"
phase "apt-get update"
in_root apt-get update -q >>"$CACHE/apt.log" 2>&1 || { tail "$CACHE/apt.log" >&2; fail "apt-get update"; }

# --- Install: the package's own Depends must be enough -------------------------------------
phase "apt install ./podwright.deb (without Recommends)"
apt_install /tmp/podwright.deb
in_root dpkg -s podwright | grep -q '^Status: install ok installed' || fail "podwright not installed"

# Before any test tool is installed (xvfb drags in many X libraries), every library the
# binary and Qt's runtime plugins need must already be there.
phase "checking shared libraries of the binary and the Qt plugins"
# shellcheck disable=SC2016 # expanded by the shell inside the root
unresolved="$(in_root sh -c 'for f in /usr/bin/podwright /usr/lib/*/qt6/plugins/platforms/*.so \
    /usr/lib/*/qt6/plugins/iconengines/*.so /usr/lib/*/qt6/plugins/imageformats/*.so; do
  [ -e "$f" ] || continue; ldd "$f" | sed -n "s|^|$f: |; /not found/p"; done')"
[ -z "$unresolved" ] || fail "unresolved libraries:"$'\n'"$unresolved"
# The offscreen platform needs no display: the window must come up and keep running.
rc=0
in_root sh -c 'cd /tmp && QT_QPA_PLATFORM=offscreen timeout 5 podwright' >"$CACHE/offscreen.log" 2>&1 ||
  rc=$?
[ "$rc" = 124 ] || { cat "$CACHE/offscreen.log" >&2; fail "podwright (offscreen) exited with $rc"; }

# --- Desktop: Xvfb, window, screenshot, MIME association -----------------------------------
phase "installing the test tools (xvfb, x11-utils, xdg-utils, gio, imagemagick)"
apt_install xvfb xauth x11-utils xdg-utils desktop-file-utils libglib2.0-bin shared-mime-info \
  imagemagick procps

phase "checking the file-manager association"
in_root update-desktop-database /usr/share/applications
for type in application/yaml text/x-yaml application/x-yaml text/yaml; do
  got="$(in_root xdg-mime query default "$type")"
  [ "$got" = "$APP_ID.desktop" ] || fail "xdg-mime default for $type is '$got'"
done
# gio is what GNOME Files (and GTK file choosers) use: the .yaml glob must map to a MIME type
# whose default handler is Podwright.
printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\n' >"$TARGET/tmp/hello-pod.yaml"
yaml_type="$(in_root gio info -a standard::content-type /tmp/hello-pod.yaml |
  sed -n 's/.*standard::content-type: //p')"
gio_default="$(in_root gio mime "$yaml_type" | sed -n '1s/.*: //p')"
[ "$gio_default" = "$APP_ID.desktop" ] ||
  fail "gio: the default for $yaml_type is '$gio_default', not Podwright"
phase "a .yaml file is $yaml_type; xdg-mime and gio open it with $gio_default"

phase "starting podwright under Xvfb"
cat >"$TARGET/tmp/desktop-check.sh" <<'EOF'
#!/bin/sh
# Runs inside xvfb-run: the app must map its main window; then `gio open` (what a
# file manager does on double-click) must start a second podwright with the .yaml file.
cd /tmp
podwright >/tmp/podwright.log 2>&1 &
app=$!
window=""
for i in $(seq 1 40); do
  # A titled top-level window ("Untitled — Podwright", "pod.yaml — Podwright") of class podwright.
  window="$(xwininfo -root -tree | awk '/Podwright": \("podwright"/ { print $1; exit }')"
  [ -n "$window" ] && xwininfo -id "$window" | grep -q 'Map State: IsViewable' && break
  window=""
  sleep 0.25
done
if [ -z "$window" ]; then
  echo "no mapped Podwright window after 10 s"; xwininfo -root -tree; cat /tmp/podwright.log
  exit 1
fi
echo "window $window: $(xwininfo -id "$window" | grep -E 'xwininfo|Width|Height' | tr -s ' \n' ' ')"
echo "WM_CLASS: $(xprop -id "$window" WM_CLASS | sed 's/.*= //')"
# The window icon is an SVG from the resources: it only shows if Qt's SVG icon engine (from
# libqt6svg6, a plugin dpkg-shlibdeps cannot see) came with the package's Depends.
if ! xprop -id "$window" _NET_WM_ICON | grep -q 'Icon ('; then
  echo "the window has no icon: is the SVG icon engine (libqt6svg6) installed?"
  kill "$app"
  exit 1
fi
sleep 1 # let the first paint settle before the screenshot
import -window "$window" /tmp/package-check.png
gio open /tmp/hello-pod.yaml
opened=""
for i in $(seq 1 40); do
  for pid in $(pgrep -x podwright); do
    if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'hello-pod.yaml'; then opened=$pid; fi
  done
  [ -n "$opened" ] && break
  sleep 0.25
done
[ -n "$opened" ] && echo "gio open started: $(tr '\0' ' ' <"/proc/$opened/cmdline")"
kill "$app" ${opened:+"$opened"} 2>/dev/null
[ -n "$opened" ] || { echo "gio open /tmp/hello-pod.yaml did not start podwright"; exit 1; }
EOF
chmod 0755 "$TARGET/tmp/desktop-check.sh"
in_root xvfb-run -a -s "-screen 0 1920x1080x24" /tmp/desktop-check.sh ||
  fail "the desktop check inside the root failed"

mkdir -p "$ROOT_DIR/docs/screenshots"
cp "$TARGET/tmp/package-check.png" "$ROOT_DIR/docs/screenshots/package-check.png"
phase "screenshot: docs/screenshots/package-check.png"
echo "PASS: $(basename "$DEB") installs into a clean Debian 12 root, shows its window and opens .yaml files"
