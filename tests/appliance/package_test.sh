#!/usr/bin/env bash
# The packages as a municipality installs them: built with CPack, checked by lintian (no errors),
# installed with apt into a fresh minimal Debian 12 (debootstrap), then checked: the user zuil, the
# directories and their permissions, the units enabled and verified, the demo tour played headless
# by the installed kiosk from the installed content as the user zuil. Then an upgrade that must keep
# the administrator's /etc/zuil, and a purge after which nothing of the packages is left.
# Needs root (chroot, mounts); without it a counted skip (77), under CI=true a failure.
set -euo pipefail
build=${1:?usage: package_test.sh BUILD_DIR SOURCE_DIR}
source_dir=${2:?}
support=$(dirname "$0")/../support
. "$support/skip.sh"
. "$support/fresh_debian.sh"
[ "$(id -u)" -eq 0 ] || skip_test "needs root for debootstrap, chroot and mounts"
for tool in debootstrap lintian dpkg-shlibdeps cpack; do
  command -v "$tool" >/dev/null || skip_test "$tool is not installed (provisioning/setup.sh installs it)"
done
started=$SECONDS
say() { echo "[$((SECONDS - started)) s] $*"; }

work=$(mktemp -d /var/tmp/zuil-package-test.XXXXXX)
root=$work/root
mounts=()
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
mount_into() { mount "$@"; mounts+=("${*: -1}"); }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }

# --- 1. the packages and lintian ---
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/debs" >/dev/null
kiosk_deb=$(ls "$work"/debs/zuil-kiosk_*.deb)
phone_deb=$(ls "$work"/debs/zuil-kiosk-phone_*.deb)
say "packages: $(cd "$work/debs" && ls ./*.deb | xargs -n1 basename | tr '\n' ' ')"
lintian --fail-on error --allow-root "$kiosk_deb" "$phone_deb" | tee "$work/lintian.txt"
say "lintian: no errors ($(grep -c '^W:' "$work/lintian.txt" || true) warnings)"

# --- 2. a fresh minimal Debian 12, cached between runs where the machine keeps it ---
say "$(fresh_debian_root "$root")"
mount_into -t proc proc "$root/proc"
mount_into --bind /var/cache/apt/archives "$root/var/cache/apt/archives"
snapshot() {
  find "$root" -xdev \( -path "$root/proc" -o -path "$root/var/cache/apt/archives" \) -prune -o -print \
    | sed "s|^$root||" | sort >"$1"
}

# --- 3. install as an administrator would, with what the packages recommend (cupsd) ---
cp "$kiosk_deb" "$phone_deb" "$root/tmp/"
debs=("/tmp/$(basename "$kiosk_deb")" "/tmp/$(basename "$phone_deb")")
in_root apt-get update -qq
# The dependencies first, so that what the purge must take away is exactly what the packages brought.
dependencies=$(in_root apt-get install -s "${debs[@]}" | awk '/^Inst / && $2 !~ /^zuil-kiosk/ { print $2 }')
in_root apt-get install -y -qq $dependencies >"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; exit 1; }
snapshot "$work/before.txt"
in_root apt-get install -y -qq "${debs[@]}" >>"$work/install.log" 2>&1 || { tail -30 "$work/install.log"; exit 1; }
say "installed with apt-get install ./zuil-kiosk_*.deb ./zuil-kiosk-phone_*.deb ($(wc -w <<<"$dependencies") dependencies)"

fail() { echo "FAILED: $*"; exit 1; }
expect_stat() { # path, expected "mode user group"
  local got
  got=$(in_root stat -c '%a %U %G' "$1" 2>/dev/null || echo missing) # the chroot's names for its ids
  [ "$got" = "$2" ] || fail "$1 is '$got', expected '$2'"
}
in_root getent passwd zuil | grep -q ':/var/lib/zuil:/usr/sbin/nologin$' || fail "no system user zuil with nologin"
expect_stat /var/lib/zuil "750 zuil zuil"
expect_stat /var/lib/zuil/fleet "700 zuil zuil"
expect_stat /etc/zuil/secrets "750 root zuil"
expect_stat /etc/zuil/kiosk.json "644 root root"
expect_stat /usr/bin/kiosk "755 root root"
expect_stat /usr/libexec/zuil/kiosk-pdf-helper "755 root root"
[ -L "$root/etc/systemd/system/graphical.target.wants/zuil-kiosk.service" ] || fail "zuil-kiosk.service is not enabled"
[ -L "$root/etc/systemd/system/multi-user.target.wants/zuil-phone.service" ] || fail "zuil-phone.service is not enabled"
say "user zuil, directories and permissions, units enabled: as they should be"

# The installed units as systemd reads them, their programs in place; cupsd with the drop-in's settings.
# (--man=no: the minimal system has no man pages to check the units' Documentation= against.)
in_root systemd-analyze verify --man=no zuil-kiosk.service zuil-phone.service cups.service >"$work/verify.log" 2>&1 \
  || { cat "$work/verify.log"; fail "systemd-analyze verify"; }
[ ! -s "$work/verify.log" ] || { cat "$work/verify.log"; fail "systemd-analyze verify has remarks"; }
grep -q '^ExecStart=/usr/sbin/cupsd -l -c /etc/zuil/cups/cupsd.conf' "$root/lib/systemd/system/cups.service.d/zuil-kiosk.conf" \
  || fail "cups.service lacks the drop-in"
in_root install -d /run/zuil-cups # what RuntimeDirectory= makes
[ -d "$root/etc/cups/ppd" ] || made_by_cupsd=/etc/cups/ppd # cupsd makes it on its first start, not the packages
in_root /usr/sbin/cupsd -t -c /etc/zuil/cups/cupsd.conf -s /etc/zuil/cups/cups-files.conf >"$work/cupsd.log" 2>&1 \
  || { cat "$work/cupsd.log"; fail "cupsd rejects /etc/zuil/cups"; }
[ -z "${made_by_cupsd:-}" ] || rmdir "$root$made_by_cupsd"
say "systemd-analyze verify: no remarks on zuil-kiosk, zuil-phone and cups (with the drop-in); cupsd accepts /etc/zuil/cups"

# The installed kiosk, from the installed content, as the user zuil: the whole demo tour.
cp "$source_dir/tests/ui/journeys/full_journey_nl.json" "$root/tmp/tour.json"
install -d -o "$(in_root id -u zuil)" "$root/tmp/tour"
in_root runuser -u zuil -- /usr/bin/kiosk --demo --headless --journey /tmp/tour.json --out /tmp/tour \
  >"$work/tour.log" 2>&1 || { cat "$work/tour.log"; fail "the demo tour failed with the installed kiosk"; }
grep -q "0 failed" "$work/tour.log" || { cat "$work/tour.log"; fail "the demo tour had failed steps"; }
say "demo tour with the installed kiosk and content: $(grep -o '[0-9]* steps, 0 failed' "$work/tour.log")"
rm -rf "$root/tmp/tour" "$root/tmp/tour.json"

# --- 4. an upgrade keeps what the administrator put in /etc/zuil ---
echo '{ "kiosk_name": "Zuil Buurthuis De Brug" }' >"$root/etc/zuil/kiosk.json"
echo "secret" >"$root/etc/zuil/secrets/zgw.secret"
next=$work/next
dpkg-deb -R "$kiosk_deb" "$next"
sed -i 's/^Version: \(.*\)$/Version: \1+upgrade1/' "$next/DEBIAN/control"
# The new version changes the default configuration too: dpkg must keep the administrator's.
echo '{ "kiosk_name": "Zuil" }' >"$next/etc/zuil/kiosk.json"
dpkg-deb -b --root-owner-group "$next" "$root/tmp/zuil-kiosk_next.deb" >/dev/null
in_root apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confdef \
  -o Dpkg::Options::=--force-confold /tmp/zuil-kiosk_next.deb >"$work/upgrade.log" 2>&1 \
  || { tail -30 "$work/upgrade.log"; fail "the upgrade failed"; }
grep -q "De Brug" "$root/etc/zuil/kiosk.json" || fail "the upgrade lost /etc/zuil/kiosk.json"
[ -f "$root/etc/zuil/kiosk.json.dpkg-dist" ] || fail "the new default configuration is not beside the kept one"
[ -f "$root/etc/zuil/secrets/zgw.secret" ] || fail "the upgrade lost /etc/zuil/secrets"
expect_stat /etc/zuil/secrets "750 root zuil"
say "upgraded to $(in_root dpkg-query -W -f='${Version}' zuil-kiosk): /etc/zuil kept"

# --- 5. purge: nothing of the packages is left ---
rm -f "$root"/tmp/*.deb
in_root apt-get purge -y -qq zuil-kiosk zuil-kiosk-phone >"$work/purge.log" 2>&1 || { tail -30 "$work/purge.log"; fail "purge failed"; }
snapshot "$work/after.txt"
# What apt, dpkg and the user database keep by design is not the packages' to remove.
left=$(comm -13 "$work/before.txt" "$work/after.txt" \
  | grep -v -E '^/var/(lib/(apt|dpkg)|cache/(apt|debconf)|log)(/|$)|^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?$|^/etc/ld\.so\.cache$|^/tmp$|^/run/' || true)
[ -z "$left" ] || { echo "$left"; fail "left behind after purge"; }
in_root getent passwd zuil >/dev/null || fail "the user zuil was removed (Debian keeps system users)"
say "purged: nothing left but the user zuil (kept, as Debian does)"
echo "package test passed in $((SECONDS - started)) s"
