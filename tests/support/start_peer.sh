# Starting test peers from a shell test. Needs $node (the pinned Node), $work (a directory) and the
# array pids; the caller stops "${pids[@]}" at the end.

# Starts a peer script and waits for its "listening …" line; leaves the rest of it in $work/NAME.line.
# (Not called in $(…): the pid must be recorded in this shell to be stopped at the end.)
start_peer() {
  local name=$1; shift
  "$node" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 600); do # up to 60 s: Prism takes a few seconds per spec
    local line
    line=$(sed -n 's/^listening \(.*\)$/\1/p' "$work/$name.out")
    [ -n "$line" ] && { echo "$line" >"$work/$name.line"; return 0; }
    kill -0 "$pid" 2>/dev/null || { cat "$work/$name.err" >&2; return 1; }
    sleep 0.1
  done
  echo "$name did not start" >&2; cat "$work/$name.err" >&2; return 1
}
