#!/usr/bin/env bash
# A headless journey with staff badges on a real pcscd (the vpcd virtual reader and the card emulator
# of tests/peers/card). The volunteer's badge entry is made by `kiosk-provision badge --read` from the
# card on the reader, as IT staff would at the kiosk; the journey's card steps go to the emulator.
# Usage: card_journey.sh KIOSK KIOSK_PROVISION PEERS_DIR JOURNEY OUT_DIR
set -euo pipefail
kiosk=$1 provision=$2 peers=$3 journey=$4 out=$5
source "$(dirname "$0")/../support/skip.sh"
[ "$(id -u)" = 0 ] || skip_test "pcscd needs root for its socket in /run/pcscd"
[ -x /usr/sbin/pcscd ] || skip_test "pcscd is not installed"
[ -e /usr/lib/pcsc/drivers/serial/libifdvpcd.so ] || skip_test "vsmartcard-vpcd is not installed"
if [ -f /run/pcscd/pcscd.pid ] && kill -0 "$(cat /run/pcscd/pcscd.pid)" 2>/dev/null; then
  skip_test "a pcscd is running already"
fi
node=$peers/node_modules/.bin/node

dir=$(mktemp -d /tmp/zuil-card-journey-XXXXXX)
emulator=
card() { # a line to the emulator's control socket; its answer must be "ok"
  "$node" -e 'const s=require("net").connect(process.argv[1]);s.end(process.argv[2]+"\n");let a="";
    s.on("data",d=>a+=d);s.on("close",()=>{if(a.trim()!=="ok"){console.error(a);process.exit(1)}})' "$dir/control" "$1"
}
cleanup() { # unshare ignores SIGTERM while it waits: the emulator is asked to stop (and stops pcscd)
  if [ -n "$emulator" ]; then
    card quit 2>/dev/null || kill -KILL "$emulator" 2>/dev/null
    wait "$emulator" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
"$peers/card/start.sh" "$dir/control" "$dir" >"$dir/emulator.out" 2>&1 &
emulator=$!
for _ in $(seq 200); do grep -q '^ready' "$dir/emulator.out" && break; kill -0 "$emulator" || break; sleep 0.1; done
grep -q '^ready' "$dir/emulator.out" || { cat "$dir/emulator.out"; echo "the card emulator did not start" >&2; exit 1; }

salt=$("$provision" badge --new-salt)
card "insert 04D3E0A1"
volunteer=$("$provision" badge --salt "$salt" --read --reader "Virtual PCD" --wait-s 15 --role volunteer --name Anja)
card remove
technician=$("$provision" badge --salt "$salt" --uid 04D3E0A2 --role technician --name Bram)
case "$volunteer$technician" in *04D3E0A*|*04d3e0a*) echo "a badge entry holds the UID itself" >&2; exit 1 ;; esac
cat >"$dir/kiosk.json" <<JSON
{ "staff": { "badge_salt": "$salt", "badges": [ $volunteer, $technician ], "card_reader": "Virtual PCD" } }
JSON
rm -rf "$out"
"$kiosk" --demo --config "$dir/kiosk.json" --headless --journey "$journey" --out "$out" --card-control "$dir/control"
