#!/bin/sh
# Takes the user guide's pictures of a running pod (run-pods.png, run-logs.png, run-charts.png)
# from the real window on a private Podman, with podwright_runscreenshots (tests/runtime).
#
#   docs/screenshots/take-run-screenshots.sh [path/to/podwright_runscreenshots]
# The program starts a private Podman (own storage and API socket, tests/runtime/podmantestenv.h),
# runs the user guide's example pod on an image built from busybox-static, and removes it all.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=${1:-"$root/build/tests/runtime/podwright_runscreenshots"}
[ -x "$binary" ] || { echo "podwright_runscreenshots not found: $binary (build first or pass its path)" >&2; exit 1; }

# A clean profile: no remembered geometry, recent files or autosaves from the user's own runs.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/config" "$profile/data"
XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
PODWRIGHT_AUTOSAVE_DIR="$profile/autosave" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$binary" "$here"
ls -l "$here"/run-*.png
