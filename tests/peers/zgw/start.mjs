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
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFixture, parseOptions } from './fixture.mjs';
import { SPEC_FILES, patchedSpecs } from './specs.mjs';
import { killChildren, startPrismProxy } from '../prism-proxy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..'); // tests/peers/zgw -> the repository
const specsDir = process.env.ZGW_SPECS_DIR ?? resolve(repoRoot, '..', 'shared', 'specs', 'zgw');
const APIS = ['zaken', 'catalogi', 'documenten'];

const children = new Set();
let specs = null;
let fixture = null;
let stopping = false;

const log = (text) => process.stderr.write(`zgw launcher: ${text}\n`);

function startProxy(api, spec, upstream) {
  return startPrismProxy(api, spec, upstream, children, (tail) => {
    if (stopping) return;
    log(`Prism for ${api} stopped unexpectedly; last output:\n${tail.join('\n')}`);
    shutdown(1);
  });
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
    // CI must validate against the standard: there a missing spec is a failure, not a quieter test.
    if (process.env.CI === 'true') {
      log('CI=true: refusing to run without Prism');
      process.exit(1);
    }
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

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  const exits = [...children].map((child) => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', done);
  }));
  killChildren(children, 'SIGTERM');
  await Promise.race([Promise.all(exits), new Promise((wake) => setTimeout(wake, 3000))]);
  killChildren(children, 'SIGKILL');
  await fixture?.close();
  process.exit(code);
}

// On exit, whatever the reason: no Prism left behind, no scratch specs left in /tmp.
process.on('exit', () => {
  killChildren(children, 'SIGKILL');
  specs?.remove();
});
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => shutdown(0));

try {
  await start();
} catch (error) {
  log(error.message);
  await shutdown(1);
}
