#!/usr/bin/env bash
# Installs what is missing (build and test), builds Podwright (Release) and runs the whole
# CTest suite. Exits non-zero on any failure.
set -euo pipefail
PODWRIGHT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/debian-deps.sh
source "$PODWRIGHT_ROOT/packaging/debian-deps.sh"

podwright_install_deps "${PODWRIGHT_BUILD_DEPS[@]}" "${PODWRIGHT_TEST_DEPS[@]}"
podwright_build "$PODWRIGHT_ROOT/build"
cd "$PODWRIGHT_ROOT/build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
