#!/usr/bin/env bash
# How long a newcomer waits for the demo: the README's first command (provisioning/run-demo.sh) on a
# fresh minimal Debian 12 (debootstrap, no compiler, no cmake), from a clean copy of this checkout
# to the end of the headless demo tour. Prints the minutes; needs root and Debian's mirror.
# Goal (issue 13): under 6 minutes on 2 cores, most of it apt.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
. "$source_dir/tests/support/skip.sh"
. "$source_dir/tests/support/fresh_debian.sh"
[ "$(id -u)" -eq 0 ] || skip_test "needs root (debootstrap, chroot)"
work=$(mktemp -d /var/tmp/zuil-fresh-demo.XXXXXX)
root=$work/root
cleanup() { umount -l "$root/proc" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fresh_debian_root "$root"
mount -t proc proc "$root/proc"
git -C "$source_dir" archive --format=tar --prefix=zuil/ HEAD | tar -xf - -C "$root/root"
started=$SECONDS
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
  bash -c 'cd /root/zuil && time ./provisioning/run-demo.sh' >"$work/run.log" 2>&1 || { tail -30 "$work/run.log"; exit 1; }
total=$((SECONDS - started))
tail -4 "$work/run.log"
grep -q "0 failed" "$work/run.log" || { tail -30 "$work/run.log"; echo "the demo tour failed"; exit 1; }
echo "fresh Debian 12 to the end of the demo tour: $((total / 60)) min $((total % 60)) s (apt's downloads included)"
