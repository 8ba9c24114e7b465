#!/usr/bin/env bash
# Configures and builds the kiosk in build/ (or the folder given as first argument). Extra arguments
# go to CMake, e.g. -DKIOSK_SANITIZE=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
