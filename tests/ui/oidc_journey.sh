#!/usr/bin/env bash
# A headless UI journey against real peers on 127.0.0.1: the OpenID provider (it plays the resident's
# phone itself) and, with --zgw, the fixture ZGW server behind its Prism validation proxies. Points the
# kiosk at them, plays the journey, and checks that logging out revoked the tokens at the provider.
set -euo pipefail
kiosk=${1:?usage: oidc_journey.sh KIOSK PEERS_DIR JOURNEY OUT_DIR [--zgw]}
peers=$2 journey=$3 out=$4 with_zgw=${5:-}
node="$peers/node_modules/.bin/node"
[ -x "$node" ] || { echo "test peers not installed: run npm ci in $peers"; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Starts a peer script and waits for its "listening …" line; leaves the rest of it in $work/NAME.line.
# (Not called in $(…): the pid must be recorded in this shell to be stopped at the end.)
start_peer() {
  local name=$1; shift
  "$node" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 600); do # up to 60 s: Prism takes a few seconds per spec
    local line
    line=$(sed -n 's/^listening \(.*\)$/\1/p' "$work/$name.out")
    [ -n "$line" ] && { echo "$line" >"$work/$name.line"; return 0; }
    kill -0 "$pid" 2>/dev/null || { cat "$work/$name.err" >&2; return 1; }
    sleep 0.1
  done
  echo "$name did not start" >&2; cat "$work/$name.err" >&2; return 1
}

start_peer oidc "$peers/oidc/provider.mjs" --auto-approve resident
port=$(cat "$work/oidc.line")
zgw_config=""
if [ "$with_zgw" = --zgw ]; then
  start_peer zgw "$peers/zgw/start.mjs" --client-id zuil-kiosk --secret fixture-secret-for-tests-only-0123
  read -r _ mode zaken catalogi documenten <"$work/zgw.line"
  [ "$mode" = prism ] || echo "*** WARNING: the ZGW specs were not found: this journey runs WITHOUT Prism validation"
  zgw_config=$(cat <<JSON
, "zgw": { "zaken_root": "$zaken", "catalogi_root": "$catalogi", "documenten_root": "$documenten",
           "client_id": "zuil-kiosk", "secret": "fixture-secret-for-tests-only-0123" }
JSON
)
fi

cat >"$work/kiosk.json" <<JSON
{ "oidc": { "issuer": "http://127.0.0.1:$port", "client_id": "zuil-kiosk", "poll_interval_s": 1 } $zgw_config }
JSON
"$kiosk" --config "$work/kiosk.json" --headless --journey "$journey" --out "$out"

stats=$(curl -s "http://127.0.0.1:$port/test/stats")
echo "provider stats after the journey: $stats"
revocations=$(echo "$stats" | sed -n 's/.*"revocations":\([0-9]*\).*/\1/p')
[ "${revocations:-0}" -ge 2 ] || { echo "logout did not revoke the tokens"; exit 1; }
