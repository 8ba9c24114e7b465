// Starts the ZGW fixture server (fixture.mjs) with one Prism validation proxy (`prism proxy --errors`)
// in front of each API, so every request the kiosk makes and every answer it gets is checked against
// the official Zaken 1.5.1, Catalogi 1.3.1 and Documenten 1.5.0 specs: an invalid request gets 422 or
// 401 from Prism, an answer that breaks the spec becomes a 500.
//
//   node start.mjs [--direct] [--client-id ID] [--secret S] [--page-size N] [--latency-ms N]
//                  [--no-expand] [--legacy-statuses] [--cases N]
//
// Prints one line once everything answers:
//   listening <fixturePort> <prism|direct> <zakenRoot> <catalogiRoot> <documentenRoot>
// The roots are what the kiosk should be configured with; the fixture writes them into its bodies
// (Prism does not rewrite URLs in bodies), so following url/next/status/inhoud stays behind the proxies.
// Test controls (/test/stats, /test/reset, /test/mode) are on the fixture port.
//
// --direct skips Prism, for faults Prism would turn into its own 500 (204 downloads, statuses without
// indicatieLaatstGezetteStatus, malformed JSON). Without the specs (ZGW_SPECS_DIR, default
// <repo>/../shared/specs/zgw) it runs direct as well, with a warning.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFixture, parseOptions } from './fixture.mjs';
import { SPEC_FILES, patchedSpecs } from './specs.mjs';
import { freePort } from '../free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const peersDir = resolve(here, '..');
const repoRoot = resolve(here, '..', '..', '..'); // tests/peers/zgw -> the repository
const specsDir = process.env.ZGW_SPECS_DIR ?? resolve(repoRoot, '..', 'shared', 'specs', 'zgw');
const APIS = ['zaken', 'catalogi', 'documenten'];
const READY_PATH = '/__zgw_launcher_ready'; // a path no spec has: Prism answers it with its own 404
const START_TIMEOUT_MS = 60_000; // Prism needs 2-5 s per spec, more on a busy machine
const PORT_ATTEMPTS = 3; // a free port can be taken between our check and Prism's bind

const children = new Set();
let specs = null;
let fixture = null;
let stopping = false;

const log = (text) => process.stderr.write(`zgw launcher: ${text}\n`);

function prismCli() {
  const dir = join(peersDir, 'node_modules', '@stoplight', 'prism-cli');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, manifest.bin.prism);
}

// Prism logs every request on stdout. Keep the last lines for a failed start-up, and pass on only
// what points at a problem (violations, errors), leaving out the readiness probes.
function watchOutput(child, api) {
  const tail = [];
  const onLine = (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (process.env.ZGW_PRISM_LOG === '1' || (/✖|⚠|violation/i.test(line) && !line.includes(READY_PATH))) {
      process.stderr.write(`[prism ${api}] ${line}\n`);
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      lines.forEach(onLine);
    });
  }
  return tail;
}

// Polls until the proxy answers with Prism's own 404 (so not some other process that took the
// port); false when Prism exited first.
async function waitUntilAnswering(api, child, port, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(`http://127.0.0.1:${port}${READY_PATH}`, { signal: AbortSignal.timeout(2000) });
      if ((await response.text()).includes('stoplight.io/prism')) return true;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`Prism for ${api} did not answer within ${START_TIMEOUT_MS / 1000} s`);
}

async function startProxy(api, spec, upstream) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let tail = [];
  for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt += 1) {
    const port = await freePort();
    // process.execPath: the peers' pinned Node 22, which Prism needs (it fails on Debian's Node 18).
    const child = spawn(process.execPath, [
      '--require', join(here, 'prism-watchdog.cjs'),
      prismCli(), 'proxy', '-h', '127.0.0.1', '-p', String(port), spec, upstream, '--errors',
    ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ZGW_LAUNCHER_PID: String(process.pid) } });
    children.add(child);
    tail = watchOutput(child, api);
    if (await waitUntilAnswering(api, child, port, deadline)) {
      child.on('exit', (code, signal) => {
        children.delete(child);
        if (stopping) return;
        log(`Prism for ${api} stopped unexpectedly (${signal ?? `exit ${code}`}); last output:\n${tail.join('\n')}`);
        shutdown(1);
      });
      return `http://127.0.0.1:${port}`;
    }
    children.delete(child);
  }
  throw new Error(`Prism for ${api} did not start; last output:\n${tail.join('\n')}`);
}

function specsPresent() {
  return Object.values(SPEC_FILES).every((name) => existsSync(join(specsDir, name)));
}

function warnNoSpecs() {
  const bar = '!'.repeat(78);
  process.stderr.write([
    bar,
    'WARNING: ZGW specs not found in',
    `  ${specsDir}`,
    `  (expected ${Object.values(SPEC_FILES).join(', ')}; set ZGW_SPECS_DIR to point elsewhere)`,
    'running WITHOUT Prism validation: requests are not checked against the ZGW standard',
    bar,
    '',
  ].join('\n'));
}

async function start() {
  const args = process.argv.slice(2);
  let mode = args.includes('--direct') ? 'direct' : 'prism';
  if (mode === 'prism' && !specsPresent()) {
    warnNoSpecs();
    mode = 'direct';
  }
  fixture = await createFixture(parseOptions(args));
  if (mode === 'prism') {
    specs = patchedSpecs(specsDir);
    const upstream = (api) => `http://127.0.0.1:${fixture.port}/${api}/api/v1`;
    const roots = await Promise.all(APIS.map((api) => startProxy(api, specs.files[api], upstream(api))));
    fixture.setRoots(Object.fromEntries(APIS.map((api, i) => [api, roots[i]])));
  }
  const { zaken, catalogi, documenten } = fixture.roots;
  process.stdout.on('error', () => {}); // the test may stop reading after this line
  process.stdout.write(`listening ${fixture.port} ${mode} ${zaken} ${catalogi} ${documenten}\n`);
}

function killChildren(signal) {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  const exits = [...children].map((child) => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', done);
  }));
  killChildren('SIGTERM');
  await Promise.race([Promise.all(exits), new Promise((wake) => setTimeout(wake, 3000))]);
  killChildren('SIGKILL');
  await fixture?.close();
  process.exit(code);
}

// On exit, whatever the reason: no Prism left behind, no scratch specs left in /tmp.
process.on('exit', () => {
  killChildren('SIGKILL');
  specs?.remove();
});
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => shutdown(0));

try {
  await start();
} catch (error) {
  log(error.message);
  await shutdown(1);
}
