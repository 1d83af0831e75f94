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
# shellcheck source=packaging/debian-root.sh
source "$ROOT_DIR/packaging/debian-root.sh"
args=(--build-dir "$BUILD_DIR")
[ -z "$DEB" ] || args+=(--deb "$DEB")
[ "$KEEP_ROOT" != 1 ] || args+=(--keep-root)
debian_root_unshare "$0" "${args[@]}"

CACHE="$BUILD_DIR/package-check"
APP_ID=io.github.podwright.Podwright
DEBIAN_ROOT_CACHE="$CACHE"
DEBIAN_ROOT="$CACHE/root"
DEBIAN_ROOT_KEEP="$KEEP_ROOT"
TARGET="$DEBIAN_ROOT"
mkdir -p "$CACHE"

# --- Host tools ------------------------------------------------------------------------------
# shellcheck source=packaging/debian-deps.sh
source "$ROOT_DIR/packaging/debian-deps.sh"
podwright_install_deps debootstrap
debian_root_find_mirror

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

# --- A clean Debian 12 root (debian-root.sh), unmounted and removed on exit ------------------
debian_root_create
cp "$DEB" "$TARGET/tmp/podwright.deb"

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
unresolved="$(in_root sh -c 'for f in /usr/bin/podwright /usr/lib/podwright/*.so /usr/lib/*/podwright/*.so \
    /usr/lib/*/qt6/plugins/platforms/*.so \
    /usr/lib/*/qt6/plugins/iconengines/*.so /usr/lib/*/qt6/plugins/imageformats/*.so; do
  [ -e "$f" ] || continue; ldd "$f" | sed -n "s|^|$f: |; /not found/p"; done')"
[ -z "$unresolved" ] || fail "unresolved libraries:"$'\n'"$unresolved"
# The run module (Qt Network, Qt Charts) is found where it was installed and binds to the binary.
in_root podwright ps --help >"$CACHE/ps-help.log" 2>&1 ||
  { cat "$CACHE/ps-help.log" >&2; fail "podwright ps --help (the run module) failed"; }
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
# The window icon is built from pixels the build rendered from the SVG (src/app/CMakeLists.txt)
# and must be there as soon as the window maps.
if ! xprop -id "$window" _NET_WM_ICON | grep -q 'Icon (128 x 128)'; then
  echo "the window has no 128x128 icon"
  kill "$app"
  exit 1
fi
# The shot must show a painted window, not its bare background (an earlier package-check.png
# was one flat grey): a painted designer has hundreds of colours (text, icons, swatches).
colours=0
for i in $(seq 1 20); do
  sleep 0.5
  import -window "$window" /tmp/package-check.png
  colours="$(identify -format %k /tmp/package-check.png)"
  [ "$colours" -ge 64 ] && break
done
if [ "$colours" -lt 64 ]; then
  echo "the window shows only $colours colours after 10 s: it was not painted"
  kill "$app"
  exit 1
fi
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
