#!/usr/bin/env bash
# Configures and builds the kiosk in build/ (or the folder given as first argument). Extra arguments
# go to CMake, e.g. -DKIOSK_SANITIZE=ON; --target NAME (repeatable) builds only those targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
cmake_args=() targets=()
while [ $# -gt 0 ]; do
  if [ "$1" = --target ]; then targets+=(--target "${2:?--target needs a name}"); shift 2
  else cmake_args+=("$1"); shift; fi
done
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cmake_args[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" "${targets[@]}"
