# Sourced by the tests that install into a fresh Debian 12: a minimal root like a netinst without a
# desktop (debootstrap minbase and systemd), made once and then unpacked from a cache where the
# machine keeps it (ZUIL_TEST_CACHE, default /var/cache/zuil-tests). Needs root.
fresh_debian_root() { # ROOT (must not exist yet); prints where it came from
  local root=$1 cache=${ZUIL_TEST_CACHE:-/var/cache/zuil-tests}
  local base=$cache/bookworm-minbase-systemd.tar
  mkdir -p "$cache/debootstrap-debs" "$root"
  if [ -f "$base" ]; then
    tar -xf "$base" -C "$root"
    echo "minimal Debian 12 from the cache"
  else
    debootstrap --variant=minbase --include=systemd,systemd-sysv --cache-dir="$cache/debootstrap-debs" bookworm \
      "$root" http://deb.debian.org/debian >"$root.debootstrap.log" 2>&1 \
      || { tail -20 "$root.debootstrap.log" >&2; return 1; }
    tar -cf "$base.part" -C "$root" . && mv "$base.part" "$base"
    echo "minimal Debian 12 made with debootstrap (cached in $cache)"
  fi
  # The same package sources as this machine.
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true
  if [ -f /etc/apt/sources.list ]; then cp /etc/apt/sources.list "$root/etc/apt/sources.list"; fi
}
