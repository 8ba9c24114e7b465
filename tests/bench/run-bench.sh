#!/usr/bin/env bash
# Runs the kiosk benchmark on a real X display: the one you have, or a virtual one (Xvfb). SDL's
# dummy driver has no way to sleep until an event arrives, so idle CPU is only meaningful on X.
set -euo pipefail
build=${1:?usage: run-bench.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
bench=("$build/tests/kiosk_bench" --kiosk "$build/kiosk/app/kiosk" --journeys "$here")
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "${bench[@]}"
fi
exec "${bench[@]}"
