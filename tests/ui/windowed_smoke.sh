#!/usr/bin/env bash
# The windowed kiosk starts, draws its first frame and stops cleanly on SIGTERM (as systemd stops it).
# Runs on SDL's dummy video driver, so it needs no display. With `mirror`, the kiosk is configured with
# the volunteer's mirror screen (display.mirror, in a window): it must open, draw and stop with it.
set -euo pipefail
kiosk=${1:?usage: windowed_smoke.sh KIOSK [mirror]}
log=$(mktemp)
config=$(mktemp)
trap 'rm -f "$log" "$config"' EXIT
args=(--demo --windowed --size 1920x1080 --software-renderer)
if [ "${2:-}" = mirror ]; then
  echo '{ "display": { "fullscreen": false, "mirror": true } }' >"$config"
  args+=(--config "$config")
fi
SDL_VIDEODRIVER=dummy "$kiosk" "${args[@]}" 2>"$log" &
pid=$!
for _ in $(seq 1 100); do # up to 10 s for the first frame
  grep -q "first frame presented" "$log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
grep -q "first frame presented" "$log" || { echo "no first frame:"; cat "$log"; kill "$pid" 2>/dev/null; exit 1; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
cat "$log"
[ "$status" -eq 0 ] || { echo "kiosk exited with $status after SIGTERM"; exit 1; }
grep -q "kiosk info: stopped" "$log" || { echo "kiosk did not stop cleanly"; exit 1; }
if [ "${2:-}" = mirror ]; then
  grep -q "display: mirror screen open for the volunteer" "$log" || { echo "no mirror screen"; exit 1; }
fi
echo "windowed kiosk${2:+ with a mirror screen}: first frame drawn, stopped cleanly"
