// A real OpenID provider (npm oidc-provider) with the OAuth device authorization grant, standing in
// for the municipality's DigiD broker in the kiosk's integration tests. It listens on 127.0.0.1 only,
// on a free port, and prints "listening <port>" once it accepts connections.
//
//   node provider.mjs [--device-ttl 300] [--access-ttl 600] [--bsn-at-userinfo] [--alg ES256|RS256]
//                     [--auto-approve ACCOUNT]
//
// The client idbellen-service (secret idbellen-service-secret-for-tests) may introspect access tokens;
// their introspection answer carries the resident's bsn.
//
// --auto-approve plays the resident's phone itself, a second after each device authorization: for
// headless UI journeys, where nobody scans the QR code.
//
// Accounts: resident (DigiD app: midden), password-only (basis: too weak for the kiosk), no-level
// (an ID token without acr), bad-bsn, no-name.
//
// Test-only controls, also loopback only:
//   POST /test/mode  {"mode": "..."}  changes the token endpoint's answers:
//     normal        as the provider answers
//     slow_down     answers slow_down to every poll that comes sooner than 5 s after the previous one
//     wrong_aud     ID token signed with the real key, audience someone else
//     wrong_iss     ID token signed with the real key, another issuer
//     unknown_kid   ID token signed with a key the JWKS does not list
//     tampered      ID token with one byte of its signature changed
//     malformed     a body that is not JSON
//   GET /test/stats  {"revocations": n, "polls": n, "refreshes": n}
//   GET /test/tokens {"access_token", "refresh_token", "id_token"}: the last ones issued
import http from 'node:http';
import { generateKeyPair, exportJWK, SignJWT, decodeProtectedHeader, decodeJwt } from 'jose';
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const deviceTtl = Number(option('--device-ttl', '300'));
const alg = option('--alg', 'ES256');
const accessTtl = Number(option('--access-ttl', '600'));

// DigiD's levels of assurance as a DigiD broker names them in `acr` (SAML authentication classes).
const ACR = {
  basis: 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport',
  midden: 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
};

// Residents the "phone" can log in as (the password is not checked by the dev interactions), and the
// level each one logs in at: the DigiD app is midden; a username and password alone is basis.
const accounts = {
  resident: { bsn: '999993653', name: 'Jan de Vries', acr: ACR.midden },
  'bad-bsn': { bsn: '123456789', name: 'Foute Bsn', acr: ACR.midden },
  'no-name': { bsn: '999990019', acr: ACR.midden },
  'password-only': { bsn: '999993653', name: 'Jan de Vries', acr: ACR.basis },
  'no-level': { bsn: '999993653', name: 'Jan de Vries' },
};

async function signingKey(algorithm, kid) {
  const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: algorithm, use: 'sig' };
}
const keys = [await signingKey('ES256', 'es-1'), await signingKey('RS256', 'rs-1')];
const strangerKey = (await generateKeyPair(alg, { extractable: true })).privateKey; // not in the JWKS
const signingPrivate = {};
for (const jwk of keys) signingPrivate[jwk.kid] = jwk;

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'zuil-kiosk',
    client_name: 'Zuil Bibliotheek Centrum',
    token_endpoint_auth_method: 'none',
    grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
    redirect_uris: [],
    response_types: [],
    id_token_signed_response_alg: alg,
  }, {
    // The ID-bellen session service (tests/peers/idbellen): a resource server that introspects the
    // resident's access token to learn who is calling.
    client_id: 'idbellen-service',
    client_secret: 'idbellen-service-secret-for-tests',
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: [],
    redirect_uris: [],
    response_types: [],
  }],
  jwks: { keys },
  scopes: ['openid', 'bsn', 'profile', 'offline_access'],
  claims: { openid: ['sub'], bsn: ['bsn'], profile: ['name'] },
  conformIdTokenClaims: flag('--bsn-at-userinfo'), // true: scope claims only at userinfo
  features: {
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    devInteractions: { enabled: true },
  },
  ttl: { DeviceCode: deviceTtl, AccessToken: accessTtl, IdToken: 600, RefreshToken: 3600, Grant: 3600, Session: 3600 },
  // The BSN travels in the access token's introspection answer: the ID-bellen service reads it there.
  async extraTokenClaims(ctx, token) {
    if (token.kind !== 'AccessToken' || !accounts[token.accountId]) return undefined;
    return { bsn: accounts[token.accountId].bsn };
  },
  async findAccount(ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    const { acr, ...claims } = account; // acr goes into the ID token below, not among the claims
    return { accountId: id, async claims() { return { sub: id, ...claims }; } };
  },
  // Like a DigiD broker: no consent page, the requested scopes are granted.
  async loadExistingGrant(ctx) {
    const existing = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid bsn profile offline_access');
    grant.addOIDCClaims(['bsn', 'name']);
    await grant.save();
    return grant;
  },
  issueRefreshToken: async (ctx, client, code) => client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
});

const autoApprove = option('--auto-approve', '');

// The phone, over plain HTTP with a cookie jar: open the link, confirm the code, log in.
async function playPhone(uri, account) {
  const jar = new Map();
  const send = async (url, form) => {
    for (let hop = 0; hop < 10; hop += 1) {
      const headers = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
      if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await fetch(url, { method: form ? 'POST' : 'GET', body: form, headers, redirect: 'manual' });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      if (response.status < 300 || response.status >= 400) return response.text();
      url = new URL(response.headers.get('location'), url).href;
      form = undefined;
    }
    throw new Error('too many redirects');
  };
  let page = await send(uri);
  for (let step = 0; step < 8; step += 1) {
    const action = page.match(/<form[^>]*action="([^"]+)"/);
    if (!action) return;
    const fields = new URLSearchParams();
    for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields.set(name, value);
    const loginForm = page.includes('name="login"');
    if (!loginForm && !fields.has('user_code')) return;
    if (loginForm) { fields.set('login', account); fields.set('password', 'anything'); }
    page = await send(action[1], fields.toString());
  }
}

let mode = 'normal';
let lastPoll = 0;
const stats = { revocations: 0, polls: 0, refreshes: 0 };
const issued = { access_token: null, refresh_token: null, id_token: null };

async function resign(idToken, change, key, kid) {
  const payload = { ...decodeJwt(idToken), ...change };
  const header = { ...decodeProtectedHeader(idToken), kid };
  return new SignJWT(payload).setProtectedHeader(header).sign(key);
}

provider.use(async (ctx, next) => {
  if (ctx.path === '/test/mode' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    mode = JSON.parse(body).mode;
    ctx.body = { mode };
    return;
  }
  if (ctx.path === '/test/stats') {
    ctx.body = stats;
    return;
  }
  if (ctx.path === '/test/tokens') { // what the kiosk's memory must not hold after the resident left
    ctx.body = issued;
    return;
  }
  if (ctx.path === '/token/revocation') stats.revocations += 1;
  const devicePoll = ctx.path === '/token' && ctx.method === 'POST';
  if (devicePoll) {
    stats.polls += 1;
    const now = Date.now();
    const tooSoon = now - lastPoll < 5000;
    lastPoll = now;
    if (mode === 'slow_down' && tooSoon) {
      ctx.status = 400;
      ctx.body = { error: 'slow_down', error_description: 'poll less often' };
      return;
    }
    if (mode === 'malformed') {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"access_token": "abc", "id_token": ';
      return;
    }
  }
  await next();
  if (devicePoll && ctx.oidc?.params?.grant_type === 'refresh_token' && ctx.status === 200) stats.refreshes += 1;
  if (autoApprove && ctx.path === '/device/auth' && ctx.status === 200) {
    const uri = ctx.body.verification_uri_complete;
    setTimeout(() => playPhone(uri, autoApprove).catch((e) => console.warn(`phone: ${e.message}`)), 1000);
  }
  if (devicePoll && ctx.status === 200 && ctx.body?.access_token) {
    for (const name of ['access_token', 'refresh_token']) if (ctx.body[name]) issued[name] = ctx.body[name];
  }
  if (!devicePoll || ctx.status !== 200 || !ctx.body?.id_token) return;
  const own = signingPrivate[decodeProtectedHeader(ctx.body.id_token).kid];
  const { importJWK } = await import('jose');
  const ownKey = await importJWK(own, own.alg);
  // The level the resident logged in at, as a DigiD broker states it (the dev login knows none).
  const acr = accounts[decodeJwt(ctx.body.id_token).sub]?.acr;
  if (acr) ctx.body.id_token = await resign(ctx.body.id_token, { acr }, ownKey, own.kid);
  const token = ctx.body.id_token;
  if (mode === 'wrong_aud') ctx.body.id_token = await resign(token, { aud: 'someone-else' }, ownKey, own.kid);
  if (mode === 'wrong_iss') ctx.body.id_token = await resign(token, { iss: 'https://evil.example' }, ownKey, own.kid);
  if (mode === 'unknown_kid') ctx.body.id_token = await resign(token, {}, strangerKey, 'stranger');
  issued.id_token = ctx.body.id_token;
  if (mode === 'tampered') {
    const [h, p, s] = token.split('.');
    const flipped = (s[5] === 'A' ? 'B' : 'A');
    ctx.body.id_token = `${h}.${p}.${s.slice(0, 5)}${flipped}${s.slice(6)}`;
  }
});

server.on('request', provider.callback());
process.stdout.write(`listening ${port}\n`);
// After the one line the test reads from stdout, everything else goes to stderr: the test stops
// reading stdout, and a write to a closed pipe would end this process.
process.stdout.on('error', () => {});
for (const level of ['log', 'info', 'warn']) console[level] = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
