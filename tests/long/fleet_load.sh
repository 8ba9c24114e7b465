#!/bin/bash
# The fleet's load on one local mosquitto (docs/fleet.md): N simulated kiosks with the kiosk's own MQTT
# link. Long and machine-bound, so not in CI; the figures go into docs/fleet.md and the README.
#   tests/long/fleet_load.sh BUILD_DIR [KIOSKS] [SECONDS] [INTERVAL_MS]
set -euo pipefail
build=$(realpath "${1:?usage: fleet_load.sh BUILD_DIR [KIOSKS] [SECONDS] [INTERVAL_MS]}")
kiosks=${2:-1000} seconds=${3:-60} interval=${4:-1000}
cmake --build "$build" --target fleet_load >/dev/null # not part of the default build
# One socket per kiosk, in the broker and in the load generator: as many as the hard limit allows.
ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d)
chmod 755 "$work"
trap 'kill "$broker" 2>/dev/null; rm -rf "$work"' EXIT
port=$((28100 + RANDOM % 4000))
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 10000\n' "$port" >"$work/m.conf"
mosquitto=$(command -v mosquitto || echo /usr/sbin/mosquitto)
"$mosquitto" -c "$work/m.conf" >"$work/m.log" 2>&1 &
broker=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
echo "broker: mosquitto $("$mosquitto" -h 2>/dev/null | head -1 | awk '{print $3}') on port $port, pid $broker; idle memory $(awk '/VmRSS/ {print $2}' "/proc/$broker/status") KiB"
# At most 250 kiosks per load process (fleet_load.cpp says why); all run at once.
per=250
generators=()
for ((first = 0; first < kiosks; first += per)); do
  n=$((kiosks - first < per ? kiosks - first : per))
  "$build/tests/fleet_load" --port "$port" --broker-pid "$broker" --kiosks "$n" --first "$first" \
    --seconds "$seconds" --interval-ms "$interval" >"$work/load-$first.txt" 2>/dev/null &
  generators+=("$!")
done
wait "${generators[@]}"
cat "$work"/load-0.txt | grep -v "published"
awk '/connected/ {c += $2; t += $4} /published/ {p += $3} END {
  printf "fleet_load: all processes: %d of %d kiosks connected, %.0f messages/s published\n", c, t, p }' "$work"/load-*.txt
