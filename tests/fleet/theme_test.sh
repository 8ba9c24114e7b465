#!/bin/bash
# Municipalities' own themes from their real NL Design System token packages (pinned in the test
# peers' lockfile): kiosk-provision theme maps them, a bundle carries them, and the kiosk draws its
# Welcome screen with them (screenshots for the README). A package whose colours are too pale is
# refused with the names of its tokens, and nothing is written.
#   theme_test.sh KIOSK_PROVISION KIOSK PEERS_DIR OUT_DIR
set -euo pipefail
provision=$(realpath "${1:?usage: theme_test.sh KIOSK_PROVISION KIOSK PEERS_DIR OUT_DIR}")
kiosk=$(realpath "${2:?}") peers=$(realpath "${3:?}") out=$(realpath -m "${4:?}")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../support/skip.sh"
[ -d "$peers/node_modules/@utrecht/design-tokens" ] || skip_test "test peers not installed: run npm ci in $peers"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

declare -A packages=(
  [utrecht]=@utrecht/design-tokens
  [denhaag]=@gemeente-denhaag/design-tokens-components
  [rotterdam]=@nl-design-system-unstable/rotterdam-design-tokens
  [voorbeeld]=@nl-design-system-unstable/voorbeeld-design-tokens
)
for name in utrecht denhaag rotterdam voorbeeld; do
  if "$provision" theme "$peers/node_modules/${packages[$name]}" --out "$name.json" >"$name.txt" 2>&1; then
    grep -q "primary .* from .*button.primary-action.background-color" "$name.txt" ||
      fail "$name: the primary colour was not mapped: $(cat "$name.txt")"
    echo "$name: $(grep -c ' from ' "$name.txt") colours mapped"
  else
    fail "$name was refused: $(cat "$name.txt")"
  fi
done

# Too pale: refused, naming the tokens, and no file.
if "$provision" theme "$here/pale-tokens" --out pale.json >pale.txt 2>&1; then fail "a pale theme was accepted"; fi
grep -q "primary_text (utrecht.button.primary-action.color #FFFFFF) on primary (utrecht.button.primary-action.background-color #8FB8DE) is 2.08:1, needs 4.5:1" pale.txt ||
  fail "the refusal does not name the tokens: $(cat pale.txt)"
[ ! -e pale.json ] || fail "a refused theme was written"

# The kiosk draws with two municipalities' themes: a bundle each, Welcome screenshotted.
"$provision" keygen --out keys >/dev/null
echo '{"name": "Welcome in a municipality theme", "steps": [{"expect": "Welkom"}]}' >welcome.json
for name in utrecht denhaag; do
  [ -f "$name.json" ] || continue
  "$provision" sign --key keys/fleet.key --version 1 --all --theme "$name.json" --out "$name.bundle" >/dev/null
  "$provision" enroll --bundle "$name.bundle" --fleet-key keys/fleet.pub --kiosk-id "bieb-$name" \
    --fleet-dir "fleet-$name" >/dev/null
  rm -rf "$out/$name"
  if ! "$kiosk" --demo --headless --journey welcome.json --out "$out/$name" --fleet-dir "fleet-$name" >"$name.log" 2>&1; then
    fail "the kiosk in the $name theme: $(tail -3 "$name.log")"
  fi
  grep -q "fleet: bundle version 1 installed" "$name.log" || fail "the $name theme was not installed: $(tail -3 "$name.log")"
  echo "$name: Welcome in its theme at $out/$name/001.png"
done

if [ "$failures" -gt 0 ]; then echo "$failures checks failed"; exit 1; fi
echo "municipality themes: every check passed"
