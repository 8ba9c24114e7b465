#!/usr/bin/env bash
# Installs every Debian 12 package the kiosk needs to build, run and test. Safe to run again: it only
# asks apt for what is missing. Run as root or as a user who may use sudo.
set -euo pipefail
# --demo: only what building and running the demo needs (run-demo.sh); without it, also every tool and
# test peer of the tests (run-all.sh).

packages=(
  # build
  build-essential cmake pkg-config
  # libraries (the design card: SDL2, Dear ImGui, libcurl, nlohmann/json, pcsc-lite, ...)
  libsdl2-dev libsdl2-image-dev libimgui-dev libfreetype-dev libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libcups2-dev
  libpcsclite-dev libqrencode-dev libsodium-dev libcairo2-dev libpoppler-cpp-dev libseccomp-dev libsystemd-dev
  libmosquitto-dev libespeak-ng-dev libharfbuzz-dev libfribidi-dev libasound2-dev
  # fonts the kiosk draws with
  fonts-noto-core fonts-material-design-icons-iconfont
)
if [ "${1:-}" != --demo ]; then
  packages+=(
    git ca-certificates clang-format curl doctest-dev zlib1g-dev
    # clang and its runtime for the libFuzzer targets
    clang libclang-rt-14-dev
    # a virtual display for the windowed benchmark
    xvfb xauth
    # the printing tests' private cupsd with a PDF printer
    cups-daemon cups-client printer-driver-cups-pdf poppler-utils
    # the ID-bellen phone (SIP sidecar) and, in the tests, the contact centre that answers
    baresip-core
    # the fleet's broker in the telemetry tests, and openssl for their test CA
    mosquitto mosquitto-clients openssl
    # the card reader's tests: a real pcscd with vsmartcard's virtual reader (never on a kiosk image:
    # vpcd takes cards from anyone on the network)
    pcscd vsmartcard-vpcd iproute2
    # the appliance: the kiosk under cage with screenshots (grim), the units checked by systemd-analyze,
    # the packages built (dpkg-shlibdeps), checked (lintian) and installed into a fresh Debian (debootstrap)
    cage grim xwayland systemd dpkg-dev fakeroot file lintian debootstrap
  )
  # npm installs the test peers (tests/peers pins its own Node 22 through the registry). Any npm will
  # do; a machine that already has Node from elsewhere keeps it (Debian's npm would conflict with it).
  command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
else
  [ -z "$sudo" ] || command -v sudo >/dev/null || { echo "setup: run as root (sudo is not installed)" >&2; exit 1; }
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ "${1:-}" != --demo ] && [ -d /run/systemd/system ] && systemctl is-enabled --quiet pcscd.socket 2>/dev/null; then
  # The card reader's tests start their own pcscd, and there is one socket per machine.
  echo "setup: stopping and disabling the system's pcscd on this test machine (the tests run their own)"
  $sudo systemctl disable --now pcscd.socket pcscd.service
fi
