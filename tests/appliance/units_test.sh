#!/usr/bin/env bash
# The units' sandboxes, measured as systemd measures them: `systemd-analyze security --offline=true`
# gives each unit an exposure from 0 (locked down) to 10; above 2.0 fails. And cupsd accepts the
# kiosk's privacy configuration (provisioning/cups). The installed units are verified with
# `systemd-analyze verify` by the package test (tests/appliance/package_test.sh), where their programs exist.
set -euo pipefail
source_dir=${1:?usage: units_test.sh SOURCE_DIR}
limit=2.0
. "$(dirname "$0")/../support/skip.sh"
command -v systemd-analyze >/dev/null || skip_test "systemd-analyze is not installed"

failed=0
for unit in "$source_dir"/provisioning/systemd/*.service; do
  name=$(basename "$unit")
  report=$(systemd-analyze security --offline=true "$unit" 2>&1 || true)
  exposure=$(sed -n "s/^→ Overall exposure level for $name: \([0-9.]*\) .*/\1/p" <<<"$report")
  if [ -z "$exposure" ]; then
    echo "$report"; echo "FAILED: no exposure figure for $name"; failed=1; continue
  fi
  if awk -v e="$exposure" -v l="$limit" 'BEGIN { exit !(e > l) }'; then
    grep '✗' <<<"$report"; echo "FAILED: exposure of $name is $exposure, above $limit"; failed=1
  else
    echo "exposure $name: $exposure (limit $limit)"
  fi
done

# cupsd checks that its directories exist; the unit makes TempDir in /run, here a scratch one.
if command -v /usr/sbin/cupsd >/dev/null; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir "$scratch/tmp"
  sed "s|^TempDir .*|TempDir $scratch/tmp|" "$source_dir/provisioning/cups/cups-files.conf" >"$scratch/cups-files.conf"
  if /usr/sbin/cupsd -t -c "$source_dir/provisioning/cups/cupsd.conf" -s "$scratch/cups-files.conf"; then
    echo "cupsd accepts provisioning/cups/cupsd.conf and cups-files.conf"
  else
    echo "FAILED: cupsd rejects the kiosk's cups configuration"; failed=1
  fi
else
  skip_test "cupsd is not installed (provisioning/setup.sh installs it)"
fi
exit $failed
