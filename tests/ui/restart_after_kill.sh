#!/usr/bin/env bash
# A kiosk killed with SIGKILL in the middle of a session (no clean-up of any kind runs) and started
# again the way systemd starts it: it shows Welcome, its screen dump knows nothing of the earlier
# session, and neither run left a file behind (home, temporary and runtime directories, /dev/shm).
set -euo pipefail
kiosk=${1:?usage: restart_after_kill.sh KIOSK JOURNEY_DIR OUT}
journeys=${2:?}
out=${3:?}
rm -rf "$out"
mkdir -p "$out"
scratch=$(mktemp -d)
shm_before=$(mktemp)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  rm -rf "$scratch" "$shm_before"
}
trap cleanup EXIT
ls -A /dev/shm | sort >"$shm_before"
mkdir -p "$scratch/home" "$scratch/tmp" "$scratch/run" "$scratch/cwd"
run_kiosk() { # the same environment for both runs: nothing but these directories to write in
  (cd "$scratch/cwd" && HOME="$scratch/home" TMPDIR="$scratch/tmp" XDG_RUNTIME_DIR="$scratch/run" \
    XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" "$kiosk" "$@")
}

# 1. Mid-session: signed in, a request open. --hold keeps the kiosk running after the journey.
# Its output comes through a pipe: the test waits on its "holding PID" line, not on time.
coproc KIOSK { run_kiosk --demo --headless --journey "$journeys/mid_session.json" --out "$out/before" --hold 2>&1; }
kiosk_job=$KIOSK_PID # bash unsets KIOSK_PID as soon as the coprocess has ended
while IFS= read -r -t 60 line <&"${KIOSK[0]}"; do
  case $line in holding\ *) pid=${line#holding }; break ;; esac
done
[ -n "$pid" ] || { echo "the kiosk ended or hung before the session was open"; exit 1; }
last_before=$(ls "$out/before"/*.json | sort | tail -1)
grep -q "ZAAK-2026-0142" "$last_before" || { echo "the session was not open before the kill"; exit 1; }
kill -9 "$pid"
wait "$kiosk_job" 2>/dev/null || true
pid=""

# 2. Started again, as systemd would after the kill.
run_kiosk --demo --headless --journey "$journeys/after_restart.json" --out "$out/after"
first_after=$(ls "$out/after"/*.json | sort | head -1)
# Each dump names the journey step it belongs to (which may quote a text); only the screen counts.
screens=$(sed 's/"step": "[^"]*"//' "$out/after"/*.json)
for trace in "Jan de Vries" "999993653" "ZAAK-2026" "Paspoort" "paspoort"; do
  if grep -q "$trace" <<<"$screens"; then
    echo "after the restart the dump still shows '$trace'"
    exit 1
  fi
done
grep -q '"welcome"\|Welkom' "$first_after" || { echo "the restarted kiosk did not open on Welcome"; exit 1; }

# 3. Neither run wrote a file anywhere it could.
left=$(find "$scratch" -mindepth 1 -not -type d)
[ -z "$left" ] || { echo "files left behind:"; echo "$left"; exit 1; }
if ! diff <(ls -A /dev/shm | sort) "$shm_before" >/dev/null; then
  new=$(comm -23 <(ls -A /dev/shm | sort) "$shm_before")
  [ -z "$new" ] || { echo "left in /dev/shm: $new"; exit 1; }
fi
echo "killed mid-session and started again: Welcome, no trace of the session, no files"
