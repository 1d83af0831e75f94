#!/usr/bin/env bash
# Installs what is missing, builds Podwright (Release) and launches it; arguments are passed
# on (a manifest to open, or a subcommand such as `validate pod.yaml`).
set -euo pipefail
PODWRIGHT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/debian-deps.sh
source "$PODWRIGHT_ROOT/packaging/debian-deps.sh"

podwright_install_deps "${PODWRIGHT_BUILD_DEPS[@]}" podman runc conmon "${PODWRIGHT_PODMAN_EXTRA_DEPS[@]}"
podwright_build "$PODWRIGHT_ROOT/build" >&2
exec "$PODWRIGHT_ROOT/build/src/app/podwright" "$@"
