# Sourced by the shell tests: a test that cannot run on this machine is a counted skip (CTest's
# SKIP_RETURN_CODE 77), and under CI=true a failure, never a pass.
skip_test() {
  if [ "${CI:-}" = true ]; then echo "cannot run here, and CI=true makes that a failure: $1" >&2; exit 1; fi
  echo "*** SKIPPED: $1"; exit 77
}
