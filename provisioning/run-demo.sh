#!/usr/bin/env bash
# The README's first command: set up, build and start the kiosk in demo mode (embedded demo
# backends, no network). Extra arguments go to the kiosk, e.g. --size 1080x1920 or --windowed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/provisioning/setup.sh" --demo
# Only the kiosk and its PDF helper: the tests, fuzzers and benchmarks are run-all.sh's to build.
"$root/provisioning/build.sh" "$root/build" -DBUILD_TESTING=OFF --target kiosk --target kiosk-pdf-helper
kiosk="$root/build/kiosk/app/kiosk"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$kiosk" --demo --windowed "$@"
fi
# No screen (a server, a container): play the demo tour headless and show where the screenshots are.
out="$root/out/demo-tour"
echo "run-demo: no display found; playing the demo tour headless into $out"
"$kiosk" --demo --headless --journey "$root/tests/ui/journeys/full_journey_nl.json" --out "$out" "$@"
echo "run-demo: open $out/*.png to see every screen (or run this on a desktop to use the kiosk)"
