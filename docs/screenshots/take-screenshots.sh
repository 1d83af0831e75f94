#!/bin/sh
# Launches the real Podwright under Xvfb with a multi-container template open and saves the
# documentation screenshots here: designer.png (canvas), inspector.png (a container selected),
# yaml-finding.png (the YAML pane and Problems list showing a finding), german.png and
# designer-hidpi.png (twice the scale).
#
#   docs/screenshots/take-screenshots.sh [path/to/podwright]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=${1:-"$root/build/src/app/podwright"}
[ -x "$binary" ] || { echo "podwright binary not found: $binary (build first or pass its path)" >&2; exit 1; }

# A clean profile: no remembered geometry, recent files or autosaves from the user's own runs.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/config" "$profile/data"
cp "$root/resources/templates/web-log-sidecar.yaml" "$profile/web-log-sidecar.yaml"

XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
PODWRIGHT_AUTOSAVE_DIR="$profile/autosave" QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$binary" --screenshot-dir "$here" "$profile/web-log-sidecar.yaml"

# The same window in German (docs/user-guide.md, "Language"): shot into a scratch directory,
# of which only the designer with a finding is kept, as german.png.
mkdir -p "$profile/de"
XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
PODWRIGHT_AUTOSAVE_DIR="$profile/autosave" QT_QPA_PLATFORM=xcb PODWRIGHT_LANGUAGE=de \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$binary" --screenshot-dir "$profile/de" "$profile/web-log-sidecar.yaml"
cp "$profile/de/yaml-finding.png" "$here/german.png"

# HiDPI: the same window at twice the scale (QT_SCALE_FACTOR=2 on a 3200x2000 screen), as on a
# 4K display, to check that canvas, icons and text stay crisp; kept as designer-hidpi.png.
mkdir -p "$profile/hidpi"
XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" \
PODWRIGHT_AUTOSAVE_DIR="$profile/autosave" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 \
  xvfb-run -a -s "-screen 0 3200x2000x24" \
  "$binary" --screenshot-dir "$profile/hidpi" "$profile/web-log-sidecar.yaml"
cp "$profile/hidpi/designer.png" "$here/designer-hidpi.png"
ls -l "$here"/*.png
