// A fixture of our own: the municipality's enrolment endpoint as docs/fleet.md describes it, on
// 127.0.0.1 over HTTPS with a certificate the test made. POST /enrol with a one-time token as bearer
// token and {kiosk_id, groups, box_public_key} gets the signed bundle (read from --bundle at every
// request, so a test can swap it); a token works once. GET /bundles/<kiosk>.bundle serves the same
// file to a kiosk that reloads (bundles are signed: a CDN needs no token). GET /test/enrolments lists
// who enrolled.
//   node enroll-server.mjs --cert FILE --key FILE --bundle FILE --tokens a,b,c
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { cert: { type: 'string' }, key: { type: 'string' }, bundle: { type: 'string' }, tokens: { type: 'string' } },
});
const unused = new Set((values.tokens ?? '').split(',').filter(Boolean));
const enrolments = [];

const server = https.createServer({ cert: readFileSync(values.cert), key: readFileSync(values.key) }, (req, res) => {
  const answer = (status, body, type = 'application/json') => {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  };
  if (req.method === 'GET' && req.url === '/test/enrolments') return answer(200, JSON.stringify(enrolments));
  if (req.method === 'GET' && /^\/bundles\/[A-Za-z0-9._-]+\.bundle$/.test(req.url))
    return answer(200, readFileSync(values.bundle), 'application/octet-stream');
  if (req.method !== 'POST' || req.url !== '/enrol') return answer(404, '{"error":"not found"}');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!unused.delete(token)) return answer(401, '{"error":"invalid_token"}');
    let kiosk;
    try {
      kiosk = JSON.parse(body);
    } catch {
      return answer(400, '{"error":"not json"}');
    }
    if (typeof kiosk.kiosk_id !== 'string' || typeof kiosk.box_public_key !== 'string' || !Array.isArray(kiosk.groups))
      return answer(400, '{"error":"kiosk_id, groups and box_public_key are needed"}');
    enrolments.push({ kiosk_id: kiosk.kiosk_id, groups: kiosk.groups, box_public_key: kiosk.box_public_key });
    return answer(200, readFileSync(values.bundle), 'application/octet-stream');
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.stdout.on('error', () => {});
