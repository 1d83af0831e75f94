# Sourced by run.sh and test.sh: installs the Debian 12 packages Podwright needs, only when
# something is missing, so a second run costs a few milliseconds.

# Build and run.
PODWRIGHT_BUILD_DEPS=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libyaml-cpp-dev libgl-dev qt6-qpa-plugins qt6-wayland
  libfontconfig-dev # optional: start-up sets fontconfig up on a second core (src/app/main.cpp)
)
# Podman's Recommends that --no-install-recommends leaves out, yet Run needs: netavark (the
# network stack the runtime tests were proven on; without it apt picks the CNI plugins) with
# iptables for published ports, and for rootless Podman (a user who is not root) slirp4netns
# (pod networking) and uidmap (subordinate uid/gid mappings).
PODWRIGHT_PODMAN_EXTRA_DEPS=(netavark aardvark-dns iptables slirp4netns uidmap)
# Tests: a display server, a real Podman with a local busybox image, packaging checks.
PODWRIGHT_TEST_DEPS=(
  xvfb xauth podman runc conmon busybox-static catatonit
  desktop-file-utils appstream dpkg-dev file fakeroot
  "${PODWRIGHT_PODMAN_EXTRA_DEPS[@]}"
)

podwright_install_deps() {
  local wanted=("$@") missing=() pkg
  for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "error: need root or sudo to install: ${missing[*]}" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq || return 1
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" || return 1
}

# Configures once (Release, Ninja) and builds incrementally into $1.
podwright_build() {
  local dir="$1"
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$PODWRIGHT_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release || return 1
  fi
  cmake --build "$dir" --parallel "$(nproc)" || return 1
}
