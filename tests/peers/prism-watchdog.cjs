// Loaded into each Prism process by prism-proxy.mjs (node --require). Ends Prism once the launcher that
// started it is gone, even when the launcher got a SIGKILL and could not stop its children: the
// process is then re-parented and its ppid changes.
const launcher = Number(process.env.PRISM_LAUNCHER_PID);
if (launcher) {
  setInterval(() => {
    if (process.ppid !== launcher) process.exit(0);
  }, 500).unref();
}
