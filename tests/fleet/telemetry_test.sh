#!/bin/bash
# The kiosk's telemetry and the fleet's commands, against a real mosquitto on 127.0.0.1: a whole demo
# visit is reported with the documented topics and payloads and without any personal data; signed
# commands work and unsigned, expired, replayed and misaddressed ones are refused; a killed kiosk
# turns offline through its last will; a broker that is down does not keep the kiosk from serving,
# and the kiosk catches up when it is back. `kiosk-provision fleet status` reads the result.
#   telemetry_test.sh KIOSK_PROVISION KIOSK PEERS_DIR JOURNEY
set -euo pipefail
provision=$(realpath "${1:?usage: telemetry_test.sh KIOSK_PROVISION KIOSK PEERS_DIR JOURNEY}")
kiosk=$(realpath "${2:?}") peers=$(realpath "${3:?}") journey=$(realpath "${4:?}")
. "$(dirname "$0")/../support/skip.sh"
command -v mosquitto >/dev/null || [ -x /usr/sbin/mosquitto ] || skip_test "mosquitto is not installed"
command -v mosquitto_sub >/dev/null || skip_test "mosquitto-clients is not installed"
node="$peers/node_modules/.bin/node"
[ -x "$node" ] || skip_test "test peers not installed: run npm ci in $peers"
broker_bin=$(command -v mosquitto || echo /usr/sbin/mosquitto)
work=$(mktemp -d)
chmod 755 "$work" # mosquitto drops root for its own user and still reads its configuration here
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# Waits until `file` has a line matching `pattern` (grep -E), at most `seconds`.
wait_for_line() {
  local file=$1 pattern=$2 seconds=${3:-20}
  for _ in $(seq 1 $((seconds * 20))); do
    grep -aqE -- "$pattern" "$file" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

port=$("$node" --input-type=module -e "import { freePort } from '$peers/free-port.mjs'; console.log(await freePort());")
start_broker() {
  printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nlog_dest stdout\n' "$port" >mosquitto.conf
  : >mosquitto.log # the line waited for below must be this broker's
  stdbuf -oL "$broker_bin" -c mosquitto.conf >>mosquitto.log 2>&1 &
  broker=$!
  pids+=("$broker")
  wait_for_line mosquitto.log "mosquitto version .* running" 10 || { cat mosquitto.log; exit 1; }
}
# Every message under zuil/ as "topic payload" lines (signed commands too: read them with grep -a).
watch_broker() {
  mosquitto_sub -h 127.0.0.1 -p "$port" -t 'zuil/#' -v >>"$1" &
  pids+=("$!")
  wait_for_line "$1" "^zuil/" 1 || true # retained messages, if there are any, come at once
}

# --- the fleet: a key, a kiosk enrolled from a file, its telemetry settings in the bundle ---
"$provision" keygen --out keys >/dev/null
cat >settings.json <<JSON
{ "telemetry": { "host": "127.0.0.1", "port": $port, "health_interval_s": 5 } }
JSON
"$provision" sign --key keys/fleet.key --version 1 --all --settings settings.json --out v1.bundle >/dev/null
"$provision" enroll --bundle v1.bundle --fleet-key keys/fleet.pub --kiosk-id bieb-noord-1 --group bibliotheken \
  --fleet-dir fleet >/dev/null
# A command signed now, before the kiosk starts, that expires in 10 s (sent later, when it has expired).
"$provision" command --key keys/fleet.key --kiosk bieb-noord-1 --expires-in-s 10 --out early.cmd identify >/dev/null
expiring_at=$(($(date +%s) + 11))
start_broker

run_kiosk() { # run_kiosk LOG: the whole visit, then holding on Welcome
  "$kiosk" --demo --headless --journey "$journey" --out shots --fleet-dir fleet --hold >"$1" 2>&1 &
  kiosk_pid=$!
  pids+=("$kiosk_pid")
  wait_for_line "$1" "^holding [0-9]+" 120 || { fail "the kiosk did not finish the visit: $(tail -5 "$1")"; return 1; }
}

# --- a whole visit, reported ---
watch_broker messages.txt
run_kiosk kiosk1.log
wait_for_line messages.txt '^zuil/bieb-noord-1/usage .*"visits":1' 20 || fail "no usage figures with the visit"
wait_for_line messages.txt '^zuil/bieb-noord-1/health .*"screen":"welcome"' 20 || fail "no health on Welcome"
grep -aq '^zuil/bieb-noord-1/state {"online":true' messages.txt || fail "no online state"
usage=$(grep -a '^zuil/bieb-noord-1/usage' messages.txt | tail -1)
for figure in '"succeeded":1' '"case_lists_viewed":1' '"cases_viewed":1' '"documents_shown":1' '"pages_printed":1' \
  '"started":1' '"answered":1' '"hung_up_by_resident":1'; do
  echo "$usage" | grep -qF "$figure" || fail "usage lacks $figure: $usage"
done
health=$(grep -a '^zuil/bieb-noord-1/health' messages.txt | tail -1)
for field in '"printer":"ready"' '"phone":"connected"' '"backends":"reachable"' '"software":"' '"bundle":1' '"at":'; do
  echo "$health" | grep -qF "$field" || fail "health lacks $field: $health"
done
# Nothing of the resident: BSN, name, case numbers and titles, the call code, the login code.
needles=(999993653 "Jan de Vries" "de Vries" 4821073596 WDJB-MJHT "Aanvraag paspoort" Ontvangstbevestiging)
while IFS= read -r case_number; do needles+=("$case_number"); done \
  < <(grep -o '"identification": "[^"]*"' "$(dirname "$journey")/../../../content/demo/cases.json" | cut -d'"' -f4)
for needle in "${needles[@]}"; do
  if grep -aqF -- "$needle" messages.txt; then fail "a message holds personal data: $needle"; fi
done
echo "messages after the visit: $(wc -l <messages.txt); none holds any of ${#needles[@]} personal values"

# --- commands ---
send_signed() { "$provision" command --key keys/fleet.key --host 127.0.0.1 --port "$port" "$@" >/dev/null; }
send_signed --kiosk bieb-noord-1 maintenance_on
wait_for_line kiosk1.log "^showing out_of_order" 10 || fail "maintenance_on did not close the kiosk"
wait_for_line messages.txt '^zuil/bieb-noord-1/health .*"maintenance":true' 10 || fail "health does not say maintenance"
# The same bytes twice (as if recorded off the wire): the second time is a replay.
send() { mosquitto_pub -h 127.0.0.1 -p "$port" -t zuil/bieb-noord-1/commands -f "$1"; }
"$provision" command --key keys/fleet.key --kiosk bieb-noord-1 --out open.cmd maintenance_off >/dev/null
send open.cmd
wait_for_line kiosk1.log "^showing welcome" 10 || fail "maintenance_off did not open the kiosk again"
send open.cmd
wait_for_line messages.txt 'refused.*a replay' 10 || fail "a replayed command was not refused"
mosquitto_pub -h 127.0.0.1 -p "$port" -t zuil/bieb-noord-1/commands \
  -m '{"zuil_command":1,"command":"restart","kiosk":"bieb-noord-1"}'
wait_for_line messages.txt 'refused.*not a signed message' 10 || fail "an unsigned command was not refused"
"$provision" command --key keys/fleet.key --kiosk bieb-zuid-2 --out other.cmd maintenance_on >/dev/null
send other.cmd
wait_for_line messages.txt 'refused.*meant for bieb-zuid-2' 10 || fail "a misaddressed command was not refused"
while [ "$(date +%s)" -lt "$expiring_at" ]; do sleep 0.2; done
send early.cmd
wait_for_line messages.txt 'refused.*expired' 10 || fail "an expired command was not refused"
send_signed --kiosk bieb-noord-1 identify
wait_for_line kiosk1.log "^identifying$" 10 || fail "identify did not flash the screen: $(tail -2 kiosk1.log)"
send_signed --kiosk bieb-noord-1 health_report
wait_for_line messages.txt '"commands":\{"accepted":4,"refused":4\}' 15 ||
  fail "health does not count 4 accepted and 4 refused commands: $(grep -a health messages.txt | tail -1)"

# --- killed: the last will says offline ---
kill -9 "$kiosk_pid"
wait_for_line messages.txt '^zuil/bieb-noord-1/state \{"online":false,"reason":"lost"\}' 10 ||
  fail "the kiosk's state did not turn offline after kill -9"
"$provision" fleet status --host 127.0.0.1 --port "$port" --wait-ms 3000 >status.txt
cat status.txt
grep -qE '^bieb-noord-1 +lost ' status.txt || fail "fleet status does not show the kiosk as lost"

# --- the broker away: the kiosk serves the whole visit, and catches up once it is back ---
kill -9 "$broker"
wait "$broker" 2>/dev/null || true
: >kiosk2.log
run_kiosk kiosk2.log || true
grep -q "journey '.*': [0-9]* steps, 0 failed" kiosk2.log || fail "without a broker the visit failed: $(tail -3 kiosk2.log)"
start_broker
: >messages2.txt
watch_broker messages2.txt
wait_for_line messages2.txt '^zuil/bieb-noord-1/usage .*"visits":1' 60 || fail "the kiosk did not catch up after the broker came back: $(grep telemetry kiosk2.log | tail -3)"
wait_for_line messages2.txt '^zuil/bieb-noord-1/state \{"online":true' 5 || fail "the kiosk is not online again"
"$provision" fleet status --host 127.0.0.1 --port "$port" --wait-ms 3000 >status2.txt
cat status2.txt
grep -qE '^bieb-noord-1 +yes +welcome +ready +connected +reachable ' status2.txt || fail "fleet status: $(cat status2.txt)"

# --- reload between visits without a restart, then restart: the windowed kiosk (SDL's dummy video) ---
# Bundle 2 names an HTTPS host for bundles; "reload" fetches bundle 3 from there and applies it.
kill "$kiosk_pid" # one kiosk per id at the broker
. "$(dirname "$journey")/../../support/test_ca.sh"
. "$(dirname "$journey")/../../support/start_peer.sh"
make_test_ca zuil-test-ca
make_server_cert zuil-test-ca
start_peer bundles "$peers/fleet/enroll-server.mjs" --cert server.pem --key server.key --bundle v3.bundle
bundle_host="https://127.0.0.1:$(cat bundles.line)"
cat >settings2.json <<JSON
{ "telemetry": { "host": "127.0.0.1", "port": $port, "health_interval_s": 5,
                 "bundle_url": "$bundle_host/bundles/{kiosk}.bundle", "bundle_ca_file": "$work/zuil-test-ca.pem" } }
JSON
echo '{"nl": {"welcome.title": "Welkom in de bibliotheek"}}' >texts3.json
"$provision" sign --key keys/fleet.key --version 2 --all --settings settings2.json --out v2.bundle >/dev/null
"$provision" sign --key keys/fleet.key --version 3 --all --settings settings2.json --texts texts3.json \
  --out v3.bundle >/dev/null
cp v2.bundle fleet/incoming.bundle
SDL_VIDEODRIVER=dummy "$kiosk" --demo --windowed --fleet-dir fleet >kiosk3.log 2>&1 &
windowed=$!
pids+=("$windowed")
wait_for_line kiosk3.log "first frame presented" 30 || fail "the windowed kiosk did not start: $(tail -3 kiosk3.log)"
grep -q "fleet: bundle version 2 installed" kiosk3.log || fail "bundle 2 was not installed at start"
wait_for_line kiosk3.log "telemetry: connected" 10 || fail "the windowed kiosk did not connect"
send_signed --kiosk bieb-noord-1 reload
wait_for_line kiosk3.log "configuration reloaded between visits, without a restart \(bundle version 3\)" 30 ||
  fail "reload did not apply bundle 3: $(tail -4 kiosk3.log)"
kill -0 "$windowed" 2>/dev/null || fail "the kiosk did not survive the reload"
wait_for_line messages2.txt '^zuil/bieb-noord-1/health .*"bundle":3' 15 || fail "health does not report bundle 3"
send_signed --kiosk bieb-noord-1 restart
code=0
wait "$windowed" || code=$?
grep -q "restarting between visits" kiosk3.log || fail "restart was not done between visits: $(tail -3 kiosk3.log)"
[ "$code" = 0 ] || fail "the kiosk ended with $code after restart, not 0 (systemd starts it again)"

if [ "$failures" -gt 0 ]; then echo "$failures checks failed"; exit 1; fi
echo "telemetry and commands: every check passed"
