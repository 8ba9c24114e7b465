// The municipality's side of ID-bellen for the kiosk's tests, on 127.0.0.1 only: a session service
// that follows the kiosk's contract (kiosk/services/idbellen/idbellen-session-service.openapi.yaml),
// checks the resident's Bearer token at the real OpenID provider (introspection), issues one-time
// codes, and a contact centre (KCC): a second baresip that answers the kiosk's calls, collects the
// telephone keys it receives and resolves the code to the resident and the zaak, as the KCC's voice
// menu would.
//
//   node service.mjs --issuer http://127.0.0.1:PORT [--ttl 600] [--prism]
//
// Prints "listening <httpPort> <kccSipUri> <serviceUrl>" once everything answers; <serviceUrl> is what
// the kiosk is configured with. With --prism it is a Prism validation proxy built from the contract, so
// a request of the kiosk or an answer of this service that breaks the contract fails the test.
//
// Test-only controls:
//   POST /test/mode  {"service": "ok|refuse|unavailable|malformed", "sip": "kcc|unreachable|keyless",
//                     "kcc": "answer|reject|ignore|hangup", "hangup_after_ms": n, "ttl": seconds}
//   POST /test/reset           forget calls and sessions, back to the default mode
//   POST /test/kcc-hangup      the agent hangs up now
//   GET  /test/calls           [{digits, established, srtp, closed, resolved}] as the KCC saw them
//   GET  /test/sessions        {created, deleted, live, sessions: [...]}
import { randomBytes, randomInt } from 'node:crypto';
import http from 'node:http';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../free-port.mjs';
import { startBaresip } from './baresip.mjs';
import { startKeylessCallee } from './keyless-callee.mjs';
import { killChildren, startPrismProxy } from '../prism-proxy.mjs';

const contract = resolvePath(dirname(fileURLToPath(import.meta.url)), '..', '..', '..',
  'kiosk', 'services', 'idbellen', 'idbellen-session-service.openapi.yaml');
const prismChildren = new Set();

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const issuer = option('--issuer', '');
const CODE_LENGTH = 10;
const PURPOSES = new Set(['algemene_vraag', 'zaak_vraag']);
const DEFAULT_MODE = { service: 'ok', sip: 'kcc', kcc: 'answer', hangup_after_ms: 1500, ttl: Number(option('--ttl', '600')) };

let mode = { ...DEFAULT_MODE };
let sessions = new Map(); // ref -> session
let calls = [];
const byCallId = new Map();
let created = 0;
let deleted = 0;
const log = (text) => process.stderr.write(`idbellen peer: ${text}\n`);

// --- the session service ---
async function introspect(token) {
  const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  const response = await fetch(discovery.introspection_endpoint, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('idbellen-service:idbellen-service-secret-for-tests').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ token }).toString(),
    signal: AbortSignal.timeout(5000),
  });
  return response.ok ? response.json() : { active: false };
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'application/json' : 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
const problem = (res, status, title) => send(res, status, { type: 'about:blank', title, status });

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
}

function newCode() {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i += 1) code += String(randomInt(10));
    if (![...sessions.values()].some((s) => s.code === code && !s.deleted)) return code;
  }
}

async function createSession(req, res) {
  const auth = req.headers.authorization ?? '';
  if (!auth.startsWith('Bearer ')) return problem(res, 401, 'no bearer token');
  let body;
  try { body = await readJson(req); } catch { return problem(res, 400, 'body is not JSON'); }
  const allowed = new Set(['purpose', 'zaak_identificatie', 'kiosk_id']);
  if (Object.keys(body).some((k) => !allowed.has(k)) || !PURPOSES.has(body.purpose) || typeof body.kiosk_id !== 'string' || !body.kiosk_id)
    return problem(res, 400, 'invalid body');
  if ('bsn' in body) return problem(res, 400, 'the kiosk must not send a BSN');
  const info = await introspect(auth.slice('Bearer '.length));
  if (!info.active || info.client_id !== 'zuil-kiosk' || !info.bsn) return problem(res, 401, 'token not active');
  if (mode.service === 'refuse') return problem(res, 403, 'not allowed for this zaak');
  if (mode.service === 'unavailable') return problem(res, 503, 'the contact centre is closed');
  if (mode.service === 'malformed') return send(res, 201, '{"ref": "abc", "code": ');
  const ref = randomBytes(16).toString('hex');
  const session = {
    ref, code: newCode(), bsn: info.bsn, sub: info.sub, purpose: body.purpose,
    zaak_identificatie: body.zaak_identificatie ?? null, kiosk_id: body.kiosk_id,
    expires: Date.now() + mode.ttl * 1000, deleted: false, used: false,
  };
  sessions.set(ref, session);
  created += 1;
  const sip = { unreachable: `sip:kcc@127.0.0.1:${deadPort};transport=tcp`, keyless: keyless.uri }[mode.sip] ?? kccUri;
  send(res, 201, {
    ref, sip_uri: sip, number: '14 024', code: session.code, expires_in: mode.ttl,
    expires_at: new Date(session.expires).toISOString(),
  });
}

function deleteSession(ref, res) {
  const session = sessions.get(ref);
  if (!session || session.deleted) return problem(res, 404, 'no such session');
  session.deleted = true;
  deleted += 1;
  if (Date.now() > session.expires) return problem(res, 410, 'expired');
  res.writeHead(204).end();
}

// What the KCC's voice menu does with the keys: find the live session of that code, once.
function resolve(code) {
  const session = [...sessions.values()].find((s) => s.code === code);
  if (!session) return { error: 'unknown' };
  if (session.deleted) return { error: 'deleted' };
  if (Date.now() > session.expires) return { error: 'expired' };
  if (session.used) return { error: 'used' };
  session.used = true;
  return { bsn: session.bsn, zaak_identificatie: session.zaak_identificatie, purpose: session.purpose, kiosk_id: session.kiosk_id };
}

// --- the contact centre's phone ---
// The keyless callee binds its UDP ports (any the kernel gives) first. A port found free for the KCC
// may still be taken before baresip binds it, which makes baresip exit (98, address in use), so a
// failed start is tried again on new ports.
const keyless = await startKeylessCallee();
const deadPort = await freePort(); // nobody listens there: "KCC unreachable"
// Media ports below Linux's ephemeral range (32768+), where the SIP and control ports are found.
// The kiosk's phone in the tests uses 20000-28099.
const rtpBase = 10000 + 2 * randomInt(0, 4000);
let kccUri;
let kcc;
for (let attempt = 1; !kcc; attempt += 1) {
  kccUri = `sip:kcc@127.0.0.1:${await freePort({ udp: true })}`;
  try {
    kcc = await startBaresip({
      sipPort: Number(kccUri.split(':').pop()),
      ctrlPort: await freePort(),
      rtpPorts: `${rtpBase}-${rtpBase + 99}`,
      // A caller that vanishes without BYE (its baresip killed) is noticed after 5 s without media.
      extra: ['rtp_timeout\t5'],
      // mediaenc=srtp: SRTP when the caller offers it (a trunk with srtp-mand), plain RTP otherwise.
      account: `<${kccUri}>;regint=0;answermode=manual;mediaenc=srtp`,
    });
  } catch (error) {
    if (attempt === 3) throw error;
    log(`${error.message}; trying other ports`);
  }
}

kcc.control.onEvent = (e) => {
  let call = byCallId.get(e.id);
  if (e.type === 'CALL_INCOMING') {
    call = { id: e.id, digits: '', established: false, srtp: null, closed: null, resolved: null };
    calls.push(call);
    byCallId.set(e.id, call);
    if (mode.kcc === 'answer' || mode.kcc === 'hangup') kcc.control.command('accept').catch(() => {});
    if (mode.kcc === 'reject') kcc.control.command('hangup').catch(() => {});
    return;
  }
  if (!call) return;
  if (e.type === 'CALL_ESTABLISHED') {
    call.established = true;
    // What the agent's phone negotiated: RTP/SAVP is SRTP.
    kcc.control.command('callstat').then((r) => { call.srtp = /RTP\/SAVP/.test(r.data); }).catch(() => {});
    if (mode.kcc === 'hangup') setTimeout(() => kcc.control.command('hangup').catch(() => {}), mode.hangup_after_ms);
  } else if (e.type === 'CALL_DTMF_START') {
    call.digits += e.param;
    if (call.digits.length === CODE_LENGTH) call.resolved = resolve(call.digits);
  } else if (e.type === 'CALL_CLOSED') {
    call.closed = e.param;
  }
};

// --- HTTP ---
const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/api/v1/sessions') return await createSession(req, res);
    const match = url.pathname.match(/^\/api\/v1\/sessions\/([A-Za-z0-9_-]{1,128})$/);
    if (req.method === 'DELETE' && match) return deleteSession(match[1], res);
    if (req.method === 'POST' && url.pathname === '/test/mode') {
      mode = { ...mode, ...(await readJson(req)) };
      return send(res, 200, mode);
    }
    if (req.method === 'POST' && url.pathname === '/test/reset') {
      mode = { ...DEFAULT_MODE };
      sessions = new Map();
      calls = [];
      byCallId.clear();
      created = 0;
      deleted = 0;
      return send(res, 200, mode);
    }
    if (req.method === 'POST' && url.pathname === '/test/kcc-hangup') {
      await kcc.control.command('hangup');
      return send(res, 200, {});
    }
    if (url.pathname === '/test/calls') return send(res, 200, calls);
    if (url.pathname === '/test/sessions') {
      const list = [...sessions.values()].map(({ code, ...rest }) => rest); // codes stay in here
      return send(res, 200, { created, deleted, live: list.filter((s) => !s.deleted).length, sessions: list });
    }
    problem(res, 404, 'not found');
  } catch (error) {
    log(error.stack);
    problem(res, 500, 'peer error');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));

const direct = `http://127.0.0.1:${server.address().port}/api/v1`;
const serviceUrl = args.includes('--prism')
  ? await startPrismProxy('idbellen', contract, direct, prismChildren, (tail) => {
    log(`Prism stopped unexpectedly:\n${tail.join('\n')}`);
    shutdown();
  })
  : direct;
process.stdout.on('error', () => {});
process.stdout.write(`listening ${server.address().port} ${kccUri} ${serviceUrl}\n`);
for (const level of ['log', 'info', 'warn']) console[level] = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);

async function shutdown() {
  killChildren(prismChildren, 'SIGTERM');
  server.close();
  keyless.close();
  kcc.control.close();
  kcc.child.kill('SIGTERM');
  const timer = setTimeout(() => kcc.child.kill('SIGKILL'), 1500); // it ignores a first SIGTERM mid-call
  kcc.child.once('exit', () => { clearTimeout(timer); process.exit(0); });
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, shutdown);
process.on('exit', () => {
  killChildren(prismChildren, 'SIGKILL');
  if (kcc.child.exitCode === null) kcc.child.kill('SIGKILL');
});
