#!/usr/bin/env bash
# How long a newcomer waits for the demo: the README's first command (provisioning/run-demo.sh) on a
# fresh minimal Debian 12 (debootstrap, no compiler, no cmake), from a clean copy of this checkout
# to the end of the headless demo tour. Prints the minutes; needs root and Debian's mirror.
# Goal (issue 13): under 6 minutes on 2 cores, most of it apt.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, chroot)"; exit 77; }
cache=${ZUIL_TEST_CACHE:-/var/cache/zuil-tests}
base=$cache/bookworm-minbase-systemd.tar
work=$(mktemp -d /var/tmp/zuil-fresh-demo.XXXXXX)
root=$work/root
cleanup() { umount -l "$root/proc" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$root" "$cache"
if [ -f "$base" ]; then
  tar -xf "$base" -C "$root"
else
  debootstrap --variant=minbase --include=systemd,systemd-sysv bookworm "$root" http://deb.debian.org/debian >/dev/null
  tar -cf "$base" -C "$root" .
fi
cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true
mount -t proc proc "$root/proc"
git -C "$source_dir" archive --format=tar --prefix=zuil/ HEAD | tar -xf - -C "$root/root"
started=$SECONDS
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
  bash -c 'cd /root/zuil && time ./provisioning/run-demo.sh' >"$work/run.log" 2>&1 || { tail -30 "$work/run.log"; exit 1; }
total=$((SECONDS - started))
tail -4 "$work/run.log"
grep -q "0 failed" "$work/run.log" || { tail -30 "$work/run.log"; echo "the demo tour failed"; exit 1; }
echo "fresh Debian 12 to the end of the demo tour: $((total / 60)) min $((total % 60)) s (apt's downloads included)"
