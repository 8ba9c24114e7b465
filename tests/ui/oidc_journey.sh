#!/usr/bin/env bash
# A headless UI journey against real peers on 127.0.0.1: the OpenID provider (it plays the resident's
# phone itself); with --zgw the fixture ZGW server behind its Prism validation proxies; with --cups a
# private cupsd with a cups-pdf queue. Points the kiosk at them, plays the journey, and checks that
# logging out revoked the tokens at the provider and, with --cups, that the printout came out whole
# and cupsd kept no copy of it. Exits 77 (skipped) when --cups cannot run here (it needs root).
set -euo pipefail
kiosk=${1:?usage: oidc_journey.sh KIOSK PEERS_DIR JOURNEY OUT_DIR [--zgw] [--cups PAGES]}
peers=$2 journey=$3 out=$4
shift 4
with_zgw="" cups_pages=""
while [ $# -gt 0 ]; do
  case $1 in
    --zgw) with_zgw=--zgw ;;
    --cups) cups_pages=${2:?--cups needs the page count the printout must have}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$cups_pages" ] && [ "$(id -u)" -ne 0 ]; then
  echo "*** SKIPPED: the printing journey needs root for its private cupsd"; exit 77
fi
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

printing_config=""
if [ -n "$cups_pages" ]; then
  start_peer cups "$peers/cups/start.mjs"
  read -r _ cups_socket cups_out cups_spool <"$work/cups.line"
  printing_config=", \"printing\": { \"queue\": \"kiosk-pdf\", \"server\": \"$cups_socket\" }"
fi

cat >"$work/kiosk.json" <<JSON
{ "oidc": { "issuer": "http://127.0.0.1:$port", "client_id": "zuil-kiosk", "poll_interval_s": 1 } $zgw_config $printing_config }
JSON
"$kiosk" --config "$work/kiosk.json" --headless --journey "$journey" --out "$out"

stats=$(curl -s "http://127.0.0.1:$port/test/stats")
echo "provider stats after the journey: $stats"
revocations=$(echo "$stats" | sed -n 's/.*"revocations":\([0-9]*\).*/\1/p')
[ "${revocations:-0}" -ge 2 ] || { echo "logout did not revoke the tokens"; exit 1; }

if [ -n "$cups_pages" ]; then
  printouts=("$cups_out"/*.pdf)
  [ ${#printouts[@]} -eq 1 ] && [ -f "${printouts[0]}" ] || { echo "expected one printout, found: ${printouts[*]}"; exit 1; }
  pages=$(pdfinfo "${printouts[0]}" | sed -n 's/^Pages: *//p')
  [ "$pages" = "$cups_pages" ] || { echo "the printout has $pages pages, expected $cups_pages"; exit 1; }
  leftovers=$(find "$cups_spool" -maxdepth 1 -name 'd*' | wc -l)
  [ "$leftovers" -eq 0 ] || { echo "cupsd kept $leftovers document files"; exit 1; }
  echo "printout: $pages pages; cupsd kept no document file"
fi
