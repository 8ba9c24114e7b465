// A Prism validation proxy (`prism proxy --errors`) in front of a test peer, so every request the
// kiosk makes and every answer it gets is checked against an OpenAPI document: an invalid request gets
// 422 or 401 from Prism, an answer that breaks the document becomes a 500. Used by the ZGW fixture
// (zgw/start.mjs) and the ID-bellen session service (idbellen/service.mjs).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const READY_PATH = '/__prism_launcher_ready'; // a path no spec has: Prism answers it with its own 404
const START_TIMEOUT_MS = 60_000; // Prism needs 2-5 s per spec, more on a busy machine
const PORT_ATTEMPTS = 3; // a free port can be taken between our check and Prism's bind

function prismCli() {
  const dir = join(here, 'node_modules', '@stoplight', 'prism-cli');
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, manifest.bin.prism);
}

// Prism logs every request on stdout. Keep the last lines for a failed start-up, and pass on only
// what points at a problem (violations, errors), leaving out the readiness probes.
function watchOutput(child, name) {
  const tail = [];
  const onLine = (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (process.env.PRISM_LOG === '1' || (/✖|⚠|violation/i.test(line) && !line.includes(READY_PATH))) {
      process.stderr.write(`[prism ${name}] ${line}\n`);
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
async function waitUntilAnswering(name, child, port, deadline) {
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
  throw new Error(`Prism for ${name} did not answer within ${START_TIMEOUT_MS / 1000} s`);
}

// Starts a proxy for `spec` in front of `upstream`; resolves to its base URL once it answers. The
// child is added to `children`; `onUnexpectedExit(tail)` is called when it stops by itself later.
export async function startPrismProxy(name, spec, upstream, children, onUnexpectedExit) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let tail = [];
  for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt += 1) {
    const port = await freePort();
    // process.execPath: the peers' pinned Node 22, which Prism needs (it fails on Debian's Node 18).
    const child = spawn(process.execPath, [
      '--require', join(here, 'prism-watchdog.cjs'),
      prismCli(), 'proxy', '-h', '127.0.0.1', '-p', String(port), spec, upstream, '--errors',
    ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PRISM_LAUNCHER_PID: String(process.pid) } });
    children.add(child);
    tail = watchOutput(child, name);
    if (await waitUntilAnswering(name, child, port, deadline)) {
      child.on('exit', () => {
        children.delete(child);
        onUnexpectedExit(tail);
      });
      return `http://127.0.0.1:${port}`;
    }
    children.delete(child);
  }
  throw new Error(`Prism for ${name} did not start; last output:\n${tail.join('\n')}`);
}

export function killChildren(children, signal) {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}
