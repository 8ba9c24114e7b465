#!/usr/bin/env bash
# A headless UI journey against real peers on 127.0.0.1: the OpenID provider (it plays the resident's
# phone itself); with --zgw the fixture ZGW server behind its Prism validation proxies; with --cups a
# private cupsd with a cups-pdf queue. Points the kiosk at them, plays the journey, and checks that
# logging out revoked the tokens at the provider and, with --cups, that the printout came out whole
# and cupsd kept no copy of it. With --call ZAAK the ID-bellen session service and its baresip KCC
# (tests/peers/idbellen, behind a Prism proxy built from the contract) take the kiosk's call, and the script checks that the KCC received the issued
# code, resolved it to the resident and zaak ZAAK, and that no session was left open.
# With --scan-memory SCANNER the kiosk stays running after the journey (--hold), and SCANNER
# (tests/support/memory_scan.cpp) searches all of its memory for what the visit must not leave behind:
# the resident's BSN and name, the access, refresh and ID tokens, a line of the letter, the call code.
# Exits 77 (skipped) when --cups or --scan-memory cannot run here (they need root); under CI=true
# that is a failure instead.
set -euo pipefail
kiosk=${1:?usage: oidc_journey.sh KIOSK PEERS_DIR JOURNEY OUT_DIR [--zgw] [--zgw-pages SIZE MAX] [--cups PAGES] [--call ZAAK] [--scan-memory SCANNER]}
peers=$(cd "$2" && pwd) journey=$3 out=$4
. "$(dirname "$0")/../support/skip.sh"
shift 4
with_zgw="" cups_pages="" call_zaak="" page_size="" max_pages=5 scanner=""
while [ $# -gt 0 ]; do
  case $1 in
    --zgw) with_zgw=--zgw ;;
    --zgw-pages) with_zgw=--zgw page_size=${2:?--zgw-pages needs SIZE MAX} max_pages=${3:?--zgw-pages needs SIZE MAX}; shift 2 ;;
    --cups) cups_pages=${2:?--cups needs the page count the printout must have}; shift ;;
    --call) call_zaak=${2:?--call needs the zaak identificatie the call is about}; shift ;;
    --scan-memory) scanner=${2:?--scan-memory needs the memory_scan program}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if { [ -n "$cups_pages" ] || [ -n "$scanner" ]; } && [ "$(id -u)" -ne 0 ]; then
  skip_test "this journey needs root (a private cupsd; reading the memory of a kiosk that nobody may attach to)"
fi
node="$peers/node_modules/.bin/node"
[ -x "$node" ] || { echo "test peers not installed: run npm ci in $peers"; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

. "$(dirname "$0")/../support/start_peer.sh"

start_peer oidc "$peers/oidc/provider.mjs" --auto-approve resident
port=$(cat "$work/oidc.line")
zgw_config=""
if [ "$with_zgw" = --zgw ]; then
  start_peer zgw "$peers/zgw/start.mjs" --client-id zuil-kiosk --secret fixture-secret-for-tests-only-0123 \
    ${page_size:+--page-size "$page_size"}
  read -r _ mode zaken catalogi documenten <"$work/zgw.line"
  if [ "$mode" != prism ]; then
    [ "${CI:-}" = true ] && { echo "the ZGW specs were not found, and CI=true needs Prism validation" >&2; exit 1; }
    echo "*** WARNING: the ZGW specs were not found: this journey runs WITHOUT Prism validation"
  fi
  zgw_config=$(cat <<JSON
, "zgw": { "zaken_root": "$zaken", "catalogi_root": "$catalogi", "documenten_root": "$documenten",
           "client_id": "zuil-kiosk", "secret": "fixture-secret-for-tests-only-0123", "max_pages": $max_pages }
JSON
)
fi

printing_config=""
if [ -n "$cups_pages" ]; then
  start_peer cups "$peers/cups/start.mjs"
  read -r _ cups_socket cups_out cups_spool _ <"$work/cups.line"
  printing_config=", \"printing\": { \"queue\": \"kiosk-pdf\", \"server\": \"$cups_socket\" }"
fi

call_config=""
if [ -n "$call_zaak" ]; then
  start_peer idbellen "$peers/idbellen/service.mjs" --issuer "http://127.0.0.1:$port" --prism
  read -r idbellen_port _ idbellen_url <"$work/idbellen.line"
  free_port() { "$node" --input-type=module -e "import { freePort } from '$peers/free-port.mjs'; console.log(await freePort({ udp: $1 }));"; }
  sip_port=$(free_port true) ctrl_port=$(free_port false) rtp=$((20000 + 2 * ($$ % 4000)))
  call_config=$(cat <<JSON
, "call": { "code_pause_ms": 1000,
    "service": { "url": "$idbellen_url", "kiosk_id": "Zuil Test" },
    "phone": { "control": "127.0.0.1:$ctrl_port", "sip_listen": "127.0.0.1:$sip_port",
               "account": "<sip:kiosk@127.0.0.1:$sip_port>;regint=0;audio_codecs=pcma,pcmu",
               "audio_source": "ausine,440", "audio_player": "alsa,null", "rtp_ports": "$rtp-$((rtp + 99))",
               "extra_config": ["ausrc_srate\t48000", "ausrc_channels\t2"] } }
JSON
)
fi

cat >"$work/kiosk.json" <<JSON
{ "oidc": { "issuer": "http://127.0.0.1:$port", "client_id": "zuil-kiosk", "poll_interval_s": 1 } $zgw_config $printing_config $call_config }
JSON
if [ -z "$scanner" ]; then
  "$kiosk" --config "$work/kiosk.json" --headless --journey "$journey" --out "$out"
else
  "$kiosk" --config "$work/kiosk.json" --headless --journey "$journey" --out "$out" --hold >"$work/kiosk.out" &
  kiosk_pid=$!
  pids+=("$kiosk_pid")
  for _ in $(seq 1 3000); do # the journey itself takes a minute or so
    grep -q '^holding ' "$work/kiosk.out" && break
    kill -0 "$kiosk_pid" 2>/dev/null || { cat "$work/kiosk.out"; echo "the kiosk ended before the memory scan"; exit 1; }
    sleep 0.1
  done
  cat "$work/kiosk.out"
  grep -q '^holding ' "$work/kiosk.out" || { echo "the kiosk did not finish its journey"; exit 1; }
  tokens=$(curl -s "http://127.0.0.1:$port/test/tokens")
  field() { echo "$tokens" | sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
  needles=("bsn=999993653" "name=Jan de Vries" "letter-line=Dat maken wij dan ongeldig"
           "access-token=$(field access_token)" "refresh-token=$(field refresh_token)" "id-token=$(field id_token)")
  if [ -n "$call_zaak" ]; then
    code=$(curl -s "http://127.0.0.1:$idbellen_port/test/calls" | sed -n 's/.*"digits":"\([0-9]*\)".*/\1/p' | tail -1)
    needles+=("call-code=$code")
  fi
  for n in "${needles[@]}"; do [ -n "${n#*=}" ] || { echo "no value for ${n%%=*}: the peers did not say"; exit 1; }; done
  scan_status=0
  "$scanner" "$kiosk_pid" "${needles[@]}" || scan_status=$?
  kill "$kiosk_pid"
  wait "$kiosk_pid" 2>/dev/null || true
  [ "$scan_status" -eq 0 ] || { echo "the kiosk's memory still holds personal data after the visit"; exit 1; }
fi

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

if [ -n "$call_zaak" ]; then
  calls=$(curl -s "http://127.0.0.1:$idbellen_port/test/calls")
  sessions=$(curl -s "http://127.0.0.1:$idbellen_port/test/sessions")
  echo "KCC after the journey: calls $calls; sessions $(echo "$sessions" | sed -n 's/.*"created":\([0-9]*\),"deleted":\([0-9]*\),"live":\([0-9]*\).*/created \1, deleted \2, live \3/p')"
  "$node" --input-type=module -e "
    const calls = $calls, sessions = $sessions;
    const call = calls.at(-1);
    const fail = (why) => { console.error(why); process.exit(1); };
    if (!call) fail('the KCC got no call');
    if (!/^[0-9]{10}\$/.test(call.digits)) fail('the KCC did not get a whole code: ' + call.digits.length + ' keys');
    if (!call.resolved || call.resolved.bsn !== '999993653') fail('the code did not resolve to the resident: ' + JSON.stringify(call.resolved));
    if (call.resolved.zaak_identificatie !== '$call_zaak') fail('the code names another zaak: ' + call.resolved.zaak_identificatie);
    if (sessions.live !== 0) fail(sessions.live + ' ID-bellen session(s) left open');
    console.log('KCC: the issued code arrived as keys and resolved to the resident and $call_zaak; no session left open');
  "
fi
