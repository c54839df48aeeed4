#!/usr/bin/env bash
# Configure and build Tack into build/ (Ninja, RelWithDebInfo).
#
#   scripts/build.sh [cmake --build options...]   e.g. scripts/build.sh --target tack-server
#
# Installs missing system packages first (scripts/setup-deps.sh) unless
# TACK_SKIP_DEPS=1. ccache is picked up by the top-level CMakeLists.txt when present.
# TACK_CMAKE_ARGS adds configure options, e.g. TACK_CMAKE_ARGS=-DTACK_BUILD_BENCH=OFF.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$root/build"
cd "$root"

if [ "${TACK_SKIP_DEPS:-0}" != 1 ]; then
    bash "$root/scripts/setup-deps.sh"
fi

jobs="$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)"

# An old build/ made with another generator cannot be reconfigured for Ninja.
if [ -f "$build_dir/CMakeCache.txt" ] &&
    ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build_dir/CMakeCache.txt"; then
    echo "build: $build_dir was configured with another generator; remove it and rerun." >&2
    exit 1
fi

extra=()
# shellcheck disable=SC2206 # TACK_CMAKE_ARGS is deliberately word-split
[ -n "${TACK_CMAKE_ARGS:-}" ] && extra=(${TACK_CMAKE_ARGS})

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}"
cmake --build "$build_dir" --parallel "$jobs" "$@"
