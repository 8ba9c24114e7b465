#!/usr/bin/env bash
# The windowed kiosk starts, draws its first frame and stops cleanly on SIGTERM (as systemd stops it).
# Runs on SDL's dummy video driver, so it needs no display.
set -euo pipefail
kiosk=${1:?usage: windowed_smoke.sh KIOSK}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
SDL_VIDEODRIVER=dummy "$kiosk" --demo --windowed --size 1920x1080 --software-renderer 2>"$log" &
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
echo "windowed kiosk: first frame drawn, stopped cleanly"
