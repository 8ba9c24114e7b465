// Starts a private cupsd for the kiosk's printing tests, with the kiosk's own cupsd.conf
// (provisioning/cups) apart from where it listens, and three queues:
//   kiosk-pdf        cups-pdf: every job becomes a PDF in <dir>/out
//   kiosk-paperless  a backend that reports "out of paper" (media-empty-error) and fails the job
//   kiosk-slow       a backend that takes 20 s per job, for timeouts and cancelling
//
//   node start.mjs
//
// Prints one line once the queues accept jobs:
//   listening <port> <socket> <outDir> <spoolDir> <cupsdPid>
// Clients reach it through the socket (CUPS_SERVER=<socket>, or httpConnect2 with the path).
// SIGTERM/SIGINT stop cupsd and remove the whole directory.
//
// cups-pdf reads only /etc/cups/cups-pdf.conf, so cupsd runs in a private mount namespace with our
// own copy bind-mounted over it (unshare needs root; without it the launcher says so and exits 2).
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const CUPS_LIB = '/usr/lib/cups';
const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';
const START_TIMEOUT_MS = 15_000;

const log = (text) => process.stderr.write(`cups launcher: ${text}\n`);

function fail(text, code = 1) {
  log(text);
  process.exit(code);
}

if (process.getuid() !== 0) fail('needs root (unshare -m for the private cups-pdf.conf): skipping', 2);
for (const needed of ['/usr/sbin/cupsd', '/usr/sbin/lpadmin', `${CUPS_LIB}/backend/cups-pdf`, PPD]) {
  if (!existsSync(needed)) fail(`${needed} is missing: run provisioning/setup.sh`, 2);
}

const dir = mkdtempSync(join(tmpdir(), 'kiosk-cups-'));
chmodSync(dir, 0o755); // filters and backends run as lp
const paths = {
  etc: join(dir, 'etc'),
  spool: join(dir, 'spool'),
  cache: join(dir, 'cache'),
  state: join(dir, 'state'),
  serverBin: join(dir, 'lib'),
  out: join(dir, 'out'),
  pdfSpool: join(dir, 'cups-pdf-spool'),
  socket: join(dir, 'cups.sock'),
};
for (const d of [paths.etc, paths.spool, paths.cache, paths.state, paths.serverBin, paths.out, paths.pdfSpool]) {
  mkdirSync(d, { recursive: true });
}
mkdirSync(join(paths.spool, 'tmp')); // cupsd refuses to start without its TempDir
chmodSync(paths.out, 0o1777);
chmodSync(paths.pdfSpool, 0o1777);

// ServerBin: CUPS's own programs, plus our fault backends beside the real ones.
for (const sub of readdirSync(CUPS_LIB)) {
  if (sub !== 'backend') symlinkSync(join(CUPS_LIB, sub), join(paths.serverBin, sub));
}
const backends = join(paths.serverBin, 'backend');
mkdirSync(backends);
for (const b of readdirSync(join(CUPS_LIB, 'backend'))) symlinkSync(join(CUPS_LIB, 'backend', b), join(backends, b));
// A backend that takes the job and then does `then` (shell lines). Without arguments CUPS asks it
// which devices it offers. Mode 0755: it runs as lp (only 0700 backends, like cups-pdf, run as root).
function faultBackend(name, description, then) {
  writeFileSync(join(backends, name), [
    '#!/bin/sh',
    `[ $# -eq 0 ] && { echo 'direct ${name} "Unknown" "${description}"'; exit 0; }`,
    'cat >/dev/null',
    ...then,
    '',
  ].join('\n'), { mode: 0o755 });
}
faultBackend('paperless', 'Out of paper',
  ['echo "STATE: +media-empty-error" >&2', 'echo "ERROR: out of paper" >&2', 'exit 1']);
faultBackend('slow', 'Slow printer', ['sleep 20', 'exit 0']);

const port = await freePort();
// The kiosk's cupsd.conf as provisioned, listening only where this test peer may.
const kioskConf = readFileSync(join(repoRoot, 'provisioning', 'cups', 'cupsd.conf'), 'utf8')
  .split('\n')
  .filter((line) => !/^\s*(Listen|Port)\b/.test(line));
writeFileSync(join(paths.etc, 'cupsd.conf'),
  [`Listen ${paths.socket}`, `Listen 127.0.0.1:${port}`, ...kioskConf].join('\n'));
writeFileSync(join(paths.etc, 'cups-files.conf'), [
  `ServerRoot ${paths.etc}`,
  `RequestRoot ${paths.spool}`,
  `TempDir ${join(paths.spool, 'tmp')}`,
  `CacheDir ${paths.cache}`,
  `StateDir ${paths.state}`,
  `ServerBin ${paths.serverBin}`,
  'ErrorLog stderr',
  'AccessLog stderr',
  'PageLog stderr',
  'FileDevice No',
  '',
].join('\n'));
writeFileSync(join(dir, 'cups-pdf.conf'), [
  `Out ${paths.out}`,
  `AnonDirName ${paths.out}`,
  `Spool ${paths.pdfSpool}`,
  `GSTmp ${paths.pdfSpool}`,
  'UserUMask 0000',
  'Grp root',
  '',
].join('\n'));

const cupsd = spawn('unshare', [
  '-m', '--propagation', 'private', 'sh', '-c',
  'mount --bind "$1" /etc/cups/cups-pdf.conf && exec /usr/sbin/cupsd -f -c "$2" -s "$3"',
  'cupsd', join(dir, 'cups-pdf.conf'), join(paths.etc, 'cupsd.conf'), join(paths.etc, 'cups-files.conf'),
], { stdio: ['ignore', 'inherit', 'pipe'] });

// cupsd's log goes to our stderr, minus the access log lines of every poll and the debug history
// it dumps for a failed job.
cupsd.stderr.on('data', (chunk) => {
  for (const line of chunk.toString().split('\n')) {
    if (line && !/"(POST|GET) \//.test(line) && !/^D \[/.test(line)) process.stderr.write(`cupsd: ${line}\n`);
  }
});

let stopping = false;
function cleanUp() {
  try { rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ }
}
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (cupsd.exitCode === null) {
    cupsd.once('exit', () => { cleanUp(); process.exit(code); });
    cupsd.kill('SIGTERM');
    setTimeout(() => { cupsd.kill('SIGKILL'); }, 4000).unref();
  } else {
    cleanUp();
    process.exit(code);
  }
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
cupsd.on('exit', (code) => {
  if (!stopping) {
    log(`cupsd ended (${code})`);
    cleanUp();
    process.exit(1);
  }
});
// If whoever started us is gone (a killed test), stop as well: no cupsd outlives its test.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) stop(0); }, 500).unref();

function connects() {
  return new Promise((done) => {
    const socket = net.connect(paths.socket);
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

const started = Date.now();
while (!(await connects())) {
  if (Date.now() - started > START_TIMEOUT_MS) {
    log('cupsd did not start');
    stop(1);
  }
  await new Promise((r) => setTimeout(r, 50));
}

const env = { ...process.env, CUPS_SERVER: paths.socket };
const lpadmin = (args) => execFileSync('/usr/sbin/lpadmin', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
try {
  lpadmin(['-p', 'kiosk-pdf', '-E', '-v', 'cups-pdf:/', '-P', PPD]);
  lpadmin(['-p', 'kiosk-paperless', '-E', '-v', 'paperless:/', '-P', PPD]);
  lpadmin(['-p', 'kiosk-slow', '-E', '-v', 'slow:/', '-P', PPD]);
} catch (e) {
  log(`lpadmin failed: ${e.message}`);
  stop(1);
}

process.stdout.write(`listening ${port} ${paths.socket} ${paths.out} ${paths.spool} ${cupsd.pid}\n`);
