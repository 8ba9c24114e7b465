#!/usr/bin/env bash
# The README's second command: set up, build with warnings as errors, and run every test (unit, ui,
# integration), fuzz the parsers, then every test again under ASan + UBSan, and the threaded
# components under TSan. KIOSK_SKIP_SANITIZE=1 skips the sanitizer builds on a slow machine.
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
  echo "== sanitizer build (ASan + UBSan): every test once more, the real peers included"
  "$root/provisioning/build.sh" "$root/build-asan" -DKIOSK_WERROR=ON -DBUILD_TESTING=ON -DKIOSK_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" \
    ctest --test-dir "$root/build-asan" --output-on-failure -j"$jobs" -LE fuzz

  echo "== thread sanitizer build (TSan): the threaded services and devices"
  cmake -S "$root" -B "$root/build-tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DKIOSK_TSAN=ON \
    -DKIOSK_WERROR=ON >/dev/null
  cmake --build "$root/build-tsan" -j"$jobs" --target unit_tests integration_tests kiosk-pdf-helper
  export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$root/tests/tsan.supp"
  # The doctest binaries directly, by source file; a counted skip (77, no root here) ends a binary early.
  tsan() { "$@" || { rc=$?; [ "$rc" -eq 77 ] && [ "${CI:-}" != true ] && echo "(skipped: $rc)" && return 0; exit "$rc"; }; }
  tsan "$root/build-tsan/tests/unit_tests" \
    -sf='*serial_worker_test.cpp,*runtime_test.cpp,*preview_frames_test.cpp,*pdf_sandbox_test.cpp'
  tsan "$root/build-tsan/tests/integration_tests" \
    -sf='*oidc_login_test.cpp,*idbellen_call_test.cpp,*phone_control_test.cpp,*zgw_cases_test.cpp,*cups_printer_test.cpp'
fi
