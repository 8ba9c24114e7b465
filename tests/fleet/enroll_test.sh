#!/bin/bash
# Enrolment and configuration bundles on a kiosk, end to end: kiosk-provision against a real HTTPS
# server on 127.0.0.1 (tests/peers/fleet/enroll-server.mjs, a fixture of our own) whose certificate
# comes from a test CA made here with openssl; then the kiosk itself, headless, taking in, refusing
# and falling back. Every refusal must leave the kiosk as it was.
#   enroll_test.sh KIOSK_PROVISION KIOSK POWER_CUT_LIB PEERS_DIR
set -euo pipefail
provision=${1:?usage: enroll_test.sh KIOSK_PROVISION KIOSK POWER_CUT_LIB PEERS_DIR}
kiosk=${2:?} power_cut=${3:?} peers=${4:?}
. "$(dirname "$0")/../support/skip.sh"
node="$peers/node_modules/.bin/node"
[ -x "$node" ] || skip_test "test peers not installed: run npm ci in $peers"
command -v openssl >/dev/null || skip_test "openssl is not installed"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
. "$(dirname "$0")/../support/start_peer.sh"
. "$(dirname "$0")/../support/flip_byte.sh"
. "$(dirname "$0")/../support/test_ca.sh"
cd "$work"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# Runs a command and checks its exit code and that its output says `words`.
expect() {
  local code=$1 words=$2; shift 2
  local got=0
  "$@" >out.txt 2>&1 || got=$?
  if [ "$got" != "$code" ]; then fail "$* exited $got, not $code: $(tr '\n' ' ' <out.txt)"; return; fi
  grep -qF -- "$words" out.txt || fail "$* did not say '$words': $(tr '\n' ' ' <out.txt)"
}

# --- a test CA, the server's certificate for 127.0.0.1, and a CA nobody trusts ---
make_test_ca zuil-test-ca
make_test_ca stranger-ca
make_server_cert zuil-test-ca

# --- the fleet key and the first bundle, for kiosk bieb-noord-1 ---
"$provision" keygen --out keys >/dev/null
"$provision" keygen --out other-keys >/dev/null
echo '{"nl": {"welcome.title": "Welkom in de bibliotheek"}}' >texts-v1.json
"$provision" sign --key keys/fleet.key --version 1 --kiosk bieb-noord-1 --texts texts-v1.json --out v1.bundle >/dev/null
cp v1.bundle served.bundle
start_peer enrol "$peers/fleet/enroll-server.mjs" --cert server.pem --key server.key --bundle served.bundle \
  --tokens t-wrong-ca,t-tampered,t-other-key,t-other-kiosk,t-good,t-second
url="https://127.0.0.1:$(cat "$work/enrol.line")/enrol"
enroll() { # enroll TOKEN [options]
  local token=$1; shift
  "$provision" enroll --url "$url" --fleet-key keys/fleet.pub --fleet-dir fleet --ca-file zuil-test-ca.pem \
    --group bibliotheken --token "$token" "$@"
}
untouched() { [ ! -e fleet ] || fail "a refused enrolment left $(ls fleet) behind"; }

expect 1 "refused the token" enroll t-unknown --kiosk-id bieb-noord-1; untouched
expect 4 "cannot reach the enrolment server" \
  "$provision" enroll --url "$url" --fleet-key keys/fleet.pub --fleet-dir fleet --ca-file stranger-ca.pem \
  --kiosk-id bieb-noord-1 --token t-wrong-ca; untouched
cp v1.bundle served.bundle
flip_byte served.bundle -5
expect 1 "signature does not match" enroll t-tampered --kiosk-id bieb-noord-1; untouched
"$provision" sign --key other-keys/fleet.key --version 1 --kiosk bieb-noord-1 --out served.bundle >/dev/null
expect 1 "signature does not match" enroll t-other-key --kiosk-id bieb-noord-1; untouched
cp v1.bundle served.bundle
expect 1 "meant for other kiosks, not bieb-zuid-2" enroll t-other-kiosk --kiosk-id bieb-zuid-2; untouched
expect 0 "enrolled as bieb-noord-1" enroll t-good --kiosk-id bieb-noord-1
[ "$(stat -c %a fleet)" = 700 ] || fail "the fleet directory is $(stat -c %a fleet), not 700"
[ "$(stat -c %a fleet/identity.json)" = 600 ] || fail "identity.json is $(stat -c %a fleet/identity.json), not 600"
[ -f fleet/incoming.bundle ] || fail "the first bundle does not wait in incoming.bundle"
cmp -s fleet/fleet.pub keys/fleet.pub || fail "the pinned fleet key is not the fleet's"
expect 1 "enrolled already" enroll t-second --kiosk-id bieb-noord-1
expect 1 "refused the token" "$provision" enroll --url "$url" --fleet-key keys/fleet.pub --fleet-dir fleet2 \
  --ca-file zuil-test-ca.pem --kiosk-id bieb-zuid-2 --token t-good # used once already
enrolled=$(curl -s --cacert zuil-test-ca.pem "https://127.0.0.1:$(cat "$work/enrol.line")/test/enrolments")
echo "$enrolled" | grep -q '"kiosk_id":"bieb-noord-1","groups":\["bibliotheken"\]' ||
  fail "the server did not get the kiosk's id and groups: $enrolled"

# --- the kiosk takes the bundle in at start, headless in demo mode ---
run_kiosk() { # run_kiosk EXPECTED_TEXT [env...]
  local text=$1; shift
  printf '{"name": "fleet", "steps": [{"expect": "%s"}]}\n' "$text" >journey.json
  rm -rf shots
  env "$@" "$kiosk" --demo --headless --journey journey.json --out shots --fleet-dir fleet >kiosk.log 2>&1
}
run_kiosk "Welkom in de bibliotheek" || fail "the kiosk did not run with bundle 1: $(tail -3 kiosk.log)"
grep -q "fleet: bundle version 1 installed" kiosk.log || fail "the kiosk did not say it installed bundle 1"
expect 0 "bundle version 1" "$provision" status --fleet-dir fleet
[ ! -e fleet/incoming.bundle ] || fail "incoming.bundle is still there after the kiosk took it in"

# A rollback: the same version again is refused, and bundle 1 runs on.
cp v1.bundle fleet/incoming.bundle
run_kiosk "Welkom in de bibliotheek" || fail "after a rollback attempt the kiosk lost bundle 1: $(tail -3 kiosk.log)"
expect 0 "last refused: bundle refused (version 1): version 1 is installed" "$provision" status --fleet-dir fleet

# A bundle whose theme fails the contrast goals (expiry and the other refusals: tests/unit/fleet).
echo '{"palettes": {"normal": {"primary": "#8FB8DE"}}}' >pale.json
"$provision" sign --key keys/fleet.key --version 2 --group bibliotheken --theme pale.json --out pale.bundle >/dev/null
cp pale.bundle fleet/incoming.bundle
run_kiosk "Welkom in de bibliotheek" || fail "a pale theme broke the kiosk: $(tail -3 kiosk.log)"
expect 0 "too little contrast: normal: primary_text on primary" "$provision" status --fleet-dir fleet

# Power cut between write and rename: bundle 1 stays in force; the next start installs bundle 3.
echo '{"nl": {"welcome.title": "Welkom bij de zuil"}}' >texts-v3.json
"$provision" sign --key keys/fleet.key --version 3 --group bibliotheken --texts texts-v3.json --out v3.bundle >/dev/null
cp v3.bundle fleet/incoming.bundle
if run_kiosk "Welkom bij de zuil" LD_PRELOAD="$power_cut" POWER_CUT_AT=/bundle.current; then
  fail "the kiosk was not cut off"
fi
grep -q "power cut: before rename" kiosk.log || fail "the power cut did not happen: $(tail -3 kiosk.log)"
expect 0 "bundle version 1" "$provision" status --fleet-dir fleet
run_kiosk "Welkom bij de zuil" || fail "after the power cut bundle 3 was not installed: $(tail -3 kiosk.log)"

# A damaged bundle.current: the last good bundle (1) takes over.
flip_byte fleet/bundle.current -5
run_kiosk "Welkom in de bibliotheek" || fail "a damaged bundle.current did not give way to bundle 1: $(tail -3 kiosk.log)"
grep -q "bundle.current is damaged" kiosk.log || fail "the kiosk did not report the damaged bundle"

# Not enrolled (the package always gives --fleet-dir): the kiosk runs on its own configuration.
mv fleet fleet.away
run_kiosk "Welkom" || fail "a kiosk that is not enrolled did not run: $(tail -3 kiosk.log)"
grep -q "this kiosk is not enrolled" kiosk.log || fail "the kiosk did not say it is not enrolled: $(tail -3 kiosk.log)"
mv fleet.away fleet

if [ "$failures" -gt 0 ]; then echo "$failures checks failed"; exit 1; fi
echo "enrolment and bundles: every check passed"
