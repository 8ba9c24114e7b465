#!/usr/bin/env bash
# The README's second command: set up, build with warnings as errors, and run every test (unit, ui,
# and the integration tests as they arrive), then the unit and ui tests again under ASan + UBSan.
# KIOSK_SKIP_SANITIZE=1 skips the second build on a slow machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
"$root/provisioning/setup.sh"

echo "== test peers (npm ci in tests/peers)"
npm ci --prefix "$root/tests/peers" --no-audit --no-fund --loglevel=error

echo "== build (warnings are errors)"
"$root/provisioning/build.sh" "$root/build" -DKIOSK_WERROR=ON -DBUILD_TESTING=ON
echo "== tests"
ctest --test-dir "$root/build" --output-on-failure -j"$jobs"

echo "== fuzzing the parsers of outside input (libFuzzer, 20 s per target)"
cmake -S "$root" -B "$root/build-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBUILD_TESTING=ON -DKIOSK_FUZZ=ON >/dev/null
cmake --build "$root/build-fuzz" -j"$jobs" --target fuzzers
ctest --test-dir "$root/build-fuzz" --output-on-failure -L fuzz

if [ "${KIOSK_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== sanitizer build (ASan + UBSan): unit and ui tests"
  "$root/provisioning/build.sh" "$root/build-asan" -DKIOSK_WERROR=ON -DBUILD_TESTING=ON -DKIOSK_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" \
    ctest --test-dir "$root/build-asan" --output-on-failure -j"$jobs" -L 'unit|ui'
fi
