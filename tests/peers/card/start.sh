#!/bin/sh
# Starts the card emulator and its pcscd in a network namespace of their own (vpcd listens on every
# address; there that is a private loopback). Needs root, as pcscd's socket in /run/pcscd does anyway.
# Usage: start.sh CONTROL_SOCKET STATE_DIR   (prints "ready", stops everything on SIGTERM)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
node=$here/../node_modules/.bin/node
[ -x "$node" ] || node=node
exec unshare --net --fork --kill-child=SIGTERM -- "$node" "$here/emulator.mjs" --control "$1" --state "$2"
