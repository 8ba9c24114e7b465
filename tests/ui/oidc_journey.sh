#!/usr/bin/env bash
# A headless UI journey against the real OpenID provider: starts the peer on 127.0.0.1 (it plays the
# resident's phone itself), points the kiosk at it, plays the journey, and checks that logging out
# revoked the tokens at the provider.
set -euo pipefail
kiosk=${1:?usage: oidc_journey.sh KIOSK PEERS_DIR JOURNEY OUT_DIR}
peers=$2 journey=$3 out=$4
node="$peers/node_modules/.bin/node"
[ -x "$node" ] || { echo "test peers not installed: run npm ci in $peers"; exit 1; }
work=$(mktemp -d)
peer=""
cleanup() { [ -n "$peer" ] && kill "$peer" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$node" "$peers/oidc/provider.mjs" --auto-approve resident >"$work/peer.out" 2>"$work/peer.err" &
peer=$!
port=""
for _ in $(seq 1 300); do # up to 30 s
  port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$work/peer.out")
  [ -n "$port" ] && break
  kill -0 "$peer" 2>/dev/null || { cat "$work/peer.err"; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "peer did not start"; cat "$work/peer.err"; exit 1; }

cat >"$work/kiosk.json" <<JSON
{ "oidc": { "issuer": "http://127.0.0.1:$port", "client_id": "zuil-kiosk", "poll_interval_s": 1 } }
JSON
"$kiosk" --config "$work/kiosk.json" --headless --journey "$journey" --out "$out"

stats=$(curl -s "http://127.0.0.1:$port/test/stats")
echo "provider stats after the journey: $stats"
revocations=$(echo "$stats" | sed -n 's/.*"revocations":\([0-9]*\).*/\1/p')
[ "${revocations:-0}" -ge 2 ] || { echo "logout did not revoke the tokens"; exit 1; }
