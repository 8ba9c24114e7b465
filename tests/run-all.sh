#!/usr/bin/env bash
# The README's second command: set up, build with warnings as errors, and run every test (unit, ui,
# integration), fuzz the parsers, then the unit and ui tests again under ASan + UBSan, and the
# threaded components under TSan. KIOSK_SKIP_SANITIZE=1 skips the last two on a slow machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
# Minutes per stage in the log, so the CI budget (aim: under 35 minutes on 2 cores) stays visible.
stage_started=$SECONDS
stage_done() { echo "-- stage took $(((SECONDS - stage_started) / 60)) min $(((SECONDS - stage_started) % 60)) s"; stage_started=$SECONDS; }
"$root/provisioning/setup.sh"

echo "== test peers (npm ci in tests/peers)"
npm ci --prefix "$root/tests/peers" --no-audit --no-fund --loglevel=error
stage_done

echo "== build (warnings are errors)"
# -g1: line tables for the backtraces of a failing test, without the full debug info that doubles
# the time spent compiling (the CI budget).
"$root/provisioning/build.sh" "$root/build" -DKIOSK_WERROR=ON -DBUILD_TESTING=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
stage_done
echo "== tests"
ctest --test-dir "$root/build" --output-on-failure -j"$jobs"
stage_done

# One clang build with ASan + UBSan serves both the fuzzers and the sanitizer run of the unit and ui
# tests: the kiosk's libraries are compiled once for both (-O1 and line tables only: it is the
# sanitizers' checks that count here, and the CI budget).
echo "== ASan + UBSan build (clang): fuzzing the parsers of outside input (libFuzzer, 15 s per target)"
cmake -S "$root" -B "$root/build-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DKIOSK_WERROR=ON \
  -DBUILD_TESTING=ON -DKIOSK_FUZZ=ON >/dev/null
cmake --build "$root/build-fuzz" -j"$jobs" --target fuzzers
ctest --test-dir "$root/build-fuzz" --output-on-failure -j"$jobs" -L fuzz
stage_done

if [ "${KIOSK_SKIP_SANITIZE:-0}" != 1 ]; then
  # The unit and ui tests; the parsers of what peers send are under ASan in the fuzz stage, and the
  # real clients against the real peers under TSan below (the CI budget has room for one of the two).
  echo "== the unit and ui tests once more, under ASan + UBSan (the same clang build)"
  cmake --build "$root/build-fuzz" -j"$jobs" --target kiosk unit_tests process_tests
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" \
    ctest --test-dir "$root/build-fuzz" --output-on-failure -j"$jobs" -L '^(unit|ui)$'
  stage_done

  echo "== thread sanitizer build (TSan): the serial worker, the runtime, the PDF sandbox, every service and device thread"
  cmake -S "$root" -B "$root/build-tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_WERROR=ON -DBUILD_TESTING=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DKIOSK_TSAN=ON >/dev/null
  cmake --build "$root/build-tsan" -j"$jobs" --target thread_tests integration_tests card_reader_tests headset_jack_tests
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
    ctest --test-dir "$root/build-tsan" --output-on-failure -j"$jobs"
  stage_done
fi
