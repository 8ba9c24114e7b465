// A small ZGW server with realistic data (data.mjs) for the kiosk's integration tests: the read
// endpoints of Zaken 1.5, Catalogi 1.3 and Documenten 1.5 under /zaken/api/v1, /catalogi/api/v1 and
// /documenten/api/v1, answering like Open Zaak 1.30 does (JWT-ZGW, Accept-Crs, unknown-parameters,
// pagination with absolute next links, expand, ordering, the rollen filters). start.mjs puts Prism
// validation proxies in front of it; run alone it serves directly:
//
//   node fixture.mjs [--client-id ID] [--secret S] [--page-size N] [--latency-ms N] [--no-expand]
//                    [--legacy-statuses] [--port N] [--cases N]
//   node fixture.mjs --write-ids      rewrites fixture-ids.json from data.mjs
//
// It prints "listening <port> direct <zakenRoot> <catalogiRoot> <documentenRoot>".
//
// Test controls, on the fixture port only (outside the API prefixes, no token needed):
//   GET  /test/stats  {"requests": n, "maxInFlight": n, "log": [{method, path, query, userId, status}]}
//   POST /test/reset  clears the stats
//   POST /test/mode   {"latencyMs", "malformed", "failStatus", "expand", "legacyStatuses", "invalidZaak"}:
//                     each optional, omitted ones stay; failStatus 0 or null switches the fault off;
//                     invalidZaak breaks startdatum in zaak bodies (Prism must then answer 500).
//                     Answers the mode.
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { CONFIDENTIALITY, buildData, confidentialityRank, fixtureIds, portalVisible, zakenOfBsn } from './data.mjs';

export const DEFAULT_CLIENT_ID = 'zuil-kiosk';
export const DEFAULT_SECRET = 'zgw-fixture-secret';
const IDS_FILE = fileURLToPath(new URL('./fixture-ids.json', import.meta.url));
const JWT_EXPIRY_S = 3600; // Open Zaak's JWT_EXPIRY, with TIME_LEEWAY 0
const API_VERSIONS = { zaken: '1.5.1', catalogi: '1.3.1', documenten: '1.5.0' };
const PREFIXES = { zaken: '/zaken/api/v1', catalogi: '/catalogi/api/v1', documenten: '/documenten/api/v1' };
const BSN_FILTER = 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn';
const ROL_BSN_FILTER = 'betrokkeneIdentificatie__natuurlijkPersoon__inpBsn';
// The values of Rol.omschrijvingGeneriek, as the /rollen filter of Zaken 1.5 lists them.
const ROL_OMSCHRIJVING_GENERIEK = ['adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator'];
// The fields Zaken 1.5 lets a client order /zaken by, each also with a leading '-' (descending).
const ORDERING_FIELDS = ['startdatum', 'einddatum', 'publicatiedatum', 'archiefactiedatum'];
const EXPANDABLE = ['zaaktype', 'status', 'status.statustype', 'resultaat', 'resultaat.resultaattype'];
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

// Command-line options shared with start.mjs.
export function parseOptions(args) {
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  return {
    clientId: option('--client-id', DEFAULT_CLIENT_ID),
    secret: option('--secret', DEFAULT_SECRET),
    pageSize: Number(option('--page-size', '100')),
    latencyMs: Number(option('--latency-ms', '0')),
    expand: !args.includes('--no-expand'),
    legacyStatuses: args.includes('--legacy-statuses'),
    port: Number(option('--port', '0')),
    // For the benchmark: a resident's list holds only their N newest visible zaken.
    casesLimit: Number(option('--cases', '0')),
  };
}

// An error answered as a problem body (the Fout/ValidatieFout schema of the specs).
class Problem extends Error {
  constructor(status, code, title, detail, invalidParams) {
    super(detail);
    Object.assign(this, { status, code, title, detail, invalidParams });
  }
}

const PROBLEM_TYPES = { 400: 'ValidationError', 403: 'PermissionDenied', 404: 'NotFound', 405: 'MethodNotAllowed', 406: 'NotAcceptable', 412: 'PreconditionFailed' };

// origin: where the client sent the request (a proxy or the fixture), as Open Zaak names its own host.
function problemBody(problem, origin) {
  return {
    type: `${origin}/ref/fouten/${PROBLEM_TYPES[problem.status] ?? 'APIException'}/`,
    code: problem.code,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance: `urn:uuid:${randomUUID()}`,
    ...(problem.invalidParams ? { invalidParams: problem.invalidParams } : {}),
  };
}

const invalidParam = (name, code, reason) => new Problem(400, 'invalid', 'Ongeldige invoer.', '', [{ name, code, reason }]);
const notFound = () => new Problem(404, 'not_found', 'Niet gevonden.', 'Niet gevonden.');

// --- JWT-ZGW ------------------------------------------------------------------------------------------

const base64url = (buffer) => Buffer.from(buffer).toString('base64url');

function decodePart(part) {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

// The user_id claim for the log, read before the token is checked (a refused request is logged too).
function userIdOf(authorization) {
  const payload = decodePart(String(authorization ?? '').split(' ')[1]?.split('.')[1] ?? '');
  return typeof payload?.user_id === 'string' ? payload.user_id : null;
}

// As Open Zaak's middleware: "Bearer <jwt>", HS256 with the client's secret, client_id and iss the
// client id, iat an integer, not in the future and less than an hour old. Anything else is a 403.
function checkJwt(authorization, clientId, secret) {
  const refuse = (detail) => new Problem(403, 'permission_denied', 'Je hebt geen toestemming om deze actie uit te voeren.', detail);
  const [scheme, token, extra] = String(authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token || extra !== undefined) throw refuse('Authorization header ontbreekt of is geen "Bearer <jwt>".');
  const parts = token.split('.');
  if (parts.length !== 3) throw refuse('Het token is geen JWT.');
  const header = decodePart(parts[0]);
  const payload = decodePart(parts[1]);
  if (!header || !payload) throw refuse('Het token is geen JWT.');
  if (header.alg !== 'HS256') throw refuse(`Algoritme ${header.alg} wordt niet ondersteund.`);
  const expected = Buffer.from(base64url(createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest()));
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse('De handtekening van het token klopt niet.');
  if (payload.client_id !== clientId || payload.iss !== clientId) throw refuse('Onbekende client_id of iss.');
  if (!Number.isInteger(payload.iat)) throw refuse("De claim 'iat' ontbreekt of is geen geheel getal.");
  const now = Date.now() / 1000;
  if (payload.iat > now) throw refuse('Het token is nog niet geldig (iat ligt in de toekomst).');
  if (now - payload.iat >= JWT_EXPIRY_S) throw refuse('Het token is verlopen.');
}

// --- Requests ------------------------------------------------------------------------------------------

// Open Zaak answers query parameters it does not know with 400 unknown-parameters. Here every
// parameter the fixture does not implement counts as unknown.
function checkParams(query, allowed) {
  const unknown = [...new Set(query.keys())].filter((name) => !allowed.includes(name));
  if (unknown.length) {
    throw new Problem(400, 'invalid', 'Ongeldige invoer.', '', [
      { name: 'nonFieldErrors', code: 'unknown-parameters', reason: `Onbekende query parameters: ${unknown.join(', ')}` },
    ]);
  }
}

// vng-api-common's GeoMixin: Accept-Crs is required on /zaken and /zaken/{uuid}, and only WGS 84.
function checkAcceptCrs(headers) {
  const crs = headers['accept-crs'];
  if (crs === undefined) throw new Problem(412, 'precondition_failed', 'Precondition failed', "'Accept-Crs' header ontbreekt");
  if (crs !== 'EPSG:4326') throw new Problem(406, 'not_acceptable', 'Kon niet voldoen aan de opgegeven Accept header.', `CRS '${crs}' is niet ondersteund`);
}

function pageNumber(query) {
  const raw = query.get('page') ?? '1';
  if (!/^[1-9][0-9]*$/.test(raw)) throw new Problem(404, 'not_found', 'Niet gevonden.', 'Ongeldige pagina.');
  return Number(raw);
}

// DRF's page-number pagination: next/previous repeat the request's query with another page.
function paginate(items, query, baseUrl, pageSize) {
  const page = pageNumber(query);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (page > pages) throw new Problem(404, 'not_found', 'Niet gevonden.', 'Ongeldige pagina.');
  const link = (n) => {
    if (n < 1 || n > pages) return null;
    const q = new URLSearchParams(query);
    if (n === 1) q.delete('page');
    else q.set('page', String(n));
    const text = q.toString();
    return text ? `${baseUrl}?${text}` : baseUrl;
  };
  return { count: items.length, next: link(page + 1), previous: link(page - 1), results: items.slice((page - 1) * pageSize, page * pageSize) };
}

function wantedExpansions(query) {
  if (!query.has('expand')) return null;
  const wanted = new Set();
  for (const path of query.get('expand').split(',').map((p) => p.trim()).filter(Boolean)) {
    if (!EXPANDABLE.includes(path)) throw invalidParam('expand', 'invalid-expand-field', `Het veld '${path}' kan niet uitgebreid worden.`);
    // status.statustype implies status, as in Open Zaak.
    const [head] = path.split('.');
    wanted.add(head).add(path);
  }
  return wanted;
}

const invalidChoice = (name, value) => invalidParam(name, 'invalid_choice', `Selecteer een geldige keuze. ${value} is geen beschikbare keuze.`);

// ?ordering=-startdatum,einddatum as django-filter's OrderingFilter in Open Zaak reads it: comma
// separated, '-' for descending. Empty means no ordering; any other unknown term is a 400.
function orderingOf(query) {
  const raw = query.get('ordering');
  if (!raw) return [];
  return raw.split(',').map((term) => {
    const descending = term.startsWith('-');
    const field = descending ? term.slice(1) : term;
    if (!ORDERING_FIELDS.includes(field)) throw invalidChoice('ordering', term);
    return { field, descending };
  });
}

// Compares zaken by the ordering, then by identificatie, so pages never shift between requests. Like
// PostgreSQL under Open Zaak, a null date counts as later than any date: last ascending, first
// descending (an open zaak has no einddatum).
function zakenOrder(ordering) {
  const compareDates = (x, y) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
  return (a, b) => {
    for (const { field, descending } of ordering) {
      const order = compareDates(a.body[field], b.body[field]);
      if (order) return descending ? -order : order;
    }
    return a.body.identificatie.localeCompare(b.body.identificatie);
  };
}

// --- The server ----------------------------------------------------------------------------------------

export async function createFixture(options = {}) {
  const config = { ...parseOptions([]), ...options };
  const mode = { latencyMs: config.latencyMs, malformed: false, failStatus: null, expand: config.expand, legacyStatuses: config.legacyStatuses, invalidZaak: false };
  let stats = { requests: 0, maxInFlight: 0, log: [] };
  let inFlight = 0;
  let data;
  let roots;

  const server = http.createServer((req, res) => {
    serve(req, res).catch((error) => {
      process.stderr.write(`zgw fixture: ${error.stack}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const host = `127.0.0.1:${port}`;

  function setRoots(publicRoots) {
    roots = { ...publicRoots };
    data = buildData(roots);
  }
  setRoots(Object.fromEntries(Object.entries(PREFIXES).map(([api, prefix]) => [api, `http://${host}${prefix}`])));
  checkIdsFile(data);

  // --- resources as served ---
  const statusBody = (status) => {
    if (!mode.legacyStatuses) return status;
    const { indicatieLaatstGezetteStatus, ...legacy } = status; // eSuite-like servers leave it out
    return legacy;
  };
  const uuidOf = (url) => (url ? url.split('/').pop() : null);

  function zaakBody(zaak, wanted) {
    // invalidZaak: a date no schema accepts, to prove that the proxy really checks zaak bodies.
    const z = mode.invalidZaak ? { ...zaak.body, startdatum: 'gisteren' } : zaak.body;
    if (!wanted) return z;
    const expand = {};
    if (wanted.has('zaaktype')) expand.zaaktype = data.zaaktypen.get(uuidOf(z.zaaktype));
    if (wanted.has('status')) {
      const status = z.status && statusBody(data.statussen.get(uuidOf(z.status)));
      expand.status = status && (wanted.has('status.statustype')
        ? { ...status, _expand: { statustype: data.statustypen.get(uuidOf(status.statustype)) } } : status);
    }
    if (wanted.has('resultaat')) {
      const resultaat = z.resultaat && data.resultaten.get(uuidOf(z.resultaat));
      expand.resultaat = resultaat && (wanted.has('resultaat.resultaattype')
        ? { ...resultaat, _expand: { resultaattype: data.resultaattypen.get(uuidOf(resultaat.resultaattype)) } } : resultaat);
    }
    return { ...z, _expand: expand };
  }

  const found = (map, uuid) => {
    const value = map.get(uuid);
    if (!value) throw notFound();
    return value;
  };
  const byUrlFilter = (items, query, name, field) => (query.has(name) ? items.filter((item) => item[field] === query.get(name)) : items);
  // Without expand (--no-expand) the parameter is unknown, as on a server older than Open Zaak 1.9.
  const zaakParams = (extra) => (mode.expand ? [...extra, 'expand'] : extra);
  const json = (body, headers = {}) => ({ status: 200, body, headers });

  // Each route: the API, the path below its root, the query parameters it takes, and the handler.
  const routes = [
    {
      api: 'zaken', path: /^\/zaken$/, crs: true, params: () => zaakParams([BSN_FILTER, 'maximaleVertrouwelijkheidaanduiding', 'ordering', 'page']),
      handle: (query) => {
        const level = query.get('maximaleVertrouwelijkheidaanduiding');
        if (level !== null && !CONFIDENTIALITY.includes(level)) {
          throw invalidChoice('maximaleVertrouwelijkheidaanduiding', level);
        }
        const ordering = orderingOf(query);
        const bsn = query.get(BSN_FILTER);
        const zaken = bsn === null
          ? [...data.zaken.values()].filter((z) => !level || confidentialityRank(z.body.vertrouwelijkheidaanduiding) <= confidentialityRank(level))
          : zakenOfBsn(data, bsn, level ?? undefined);
        if (bsn !== null && config.casesLimit > 0) {
          const newest = portalVisible(data, bsn)
            .sort((a, b) => b.body.startdatum.localeCompare(a.body.startdatum))
            .slice(0, config.casesLimit)
            .map((z) => z.body.url);
          zaken.splice(0, zaken.length, ...zaken.filter((z) => newest.includes(z.body.url)));
        }
        // Without ordering: oldest identificatie first, not the order a resident wants to see, so the
        // client has to ask for -startdatum or sort itself.
        zaken.sort(zakenOrder(ordering));
        const wanted = wantedExpansions(query);
        const page = paginate(zaken, query, `${roots.zaken}/zaken`, config.pageSize);
        return json({ ...page, results: page.results.map((z) => zaakBody(z, wanted)) });
      },
    },
    {
      api: 'zaken', path: new RegExp(`^/zaken/${UUID}$`), crs: true, detail: true, params: () => zaakParams([]),
      handle: (query, [uuid]) => json(zaakBody(found(data.zaken, uuid), wantedExpansions(query))),
    },
    {
      api: 'zaken', path: /^\/statussen$/, params: () => ['zaak', 'page'],
      handle: (query) => {
        // Newest first, as Open Zaak lists them.
        const statussen = byUrlFilter([...data.statussen.values()], query, 'zaak', 'zaak')
          .sort((a, b) => b.datumStatusGezet.localeCompare(a.datumStatusGezet));
        const page = paginate(statussen, query, `${roots.zaken}/statussen`, config.pageSize);
        return json({ ...page, results: page.results.map(statusBody) });
      },
    },
    { api: 'zaken', path: new RegExp(`^/statussen/${UUID}$`), detail: true, params: () => [], handle: (query, [uuid]) => json(statusBody(found(data.statussen, uuid))) },
    { api: 'zaken', path: new RegExp(`^/resultaten/${UUID}$`), detail: true, params: () => [], handle: (query, [uuid]) => json(found(data.resultaten, uuid)) },
    {
      api: 'zaken', path: /^\/rollen$/, params: () => ['zaak', ROL_BSN_FILTER, 'omschrijvingGeneriek', 'page'],
      handle: (query) => {
        const generiek = query.get('omschrijvingGeneriek');
        if (generiek && !ROL_OMSCHRIJVING_GENERIEK.includes(generiek)) throw invalidChoice('omschrijvingGeneriek', generiek);
        // Exact matches; an empty value filters nothing, as in django-filter. Only natuurlijk_persoon
        // rollen have an inpBsn.
        const bsn = query.get(ROL_BSN_FILTER);
        const rollen = byUrlFilter([...data.rollen.values()], query, 'zaak', 'zaak')
          .filter((rol) => !bsn || rol.betrokkeneIdentificatie.inpBsn === bsn)
          .filter((rol) => !generiek || rol.omschrijvingGeneriek === generiek);
        return json(paginate(rollen, query, `${roots.zaken}/rollen`, config.pageSize));
      },
    },
    {
      // A plain array, not paged.
      api: 'zaken', path: /^\/zaakinformatieobjecten$/, params: () => ['zaak', 'informatieobject'],
      handle: (query) => json(byUrlFilter(byUrlFilter([...data.zios.values()], query, 'zaak', 'zaak'), query, 'informatieobject', 'informatieobject')),
    },
    { api: 'catalogi', path: new RegExp(`^/zaaktypen/${UUID}$`), detail: true, params: () => [], handle: (query, [uuid]) => json(found(data.zaaktypen, uuid)) },
    {
      api: 'catalogi', path: /^\/statustypen$/, params: () => ['zaaktype', 'page'],
      handle: (query) => {
        const statustypen = byUrlFilter([...data.statustypen.values()], query, 'zaaktype', 'zaaktype')
          .sort((a, b) => a.zaaktype.localeCompare(b.zaaktype) || a.volgnummer - b.volgnummer);
        return json(paginate(statustypen, query, `${roots.catalogi}/statustypen`, config.pageSize));
      },
    },
    { api: 'catalogi', path: new RegExp(`^/statustypen/${UUID}$`), detail: true, params: () => [], handle: (query, [uuid]) => json(found(data.statustypen, uuid)) },
    { api: 'catalogi', path: new RegExp(`^/resultaattypen/${UUID}$`), detail: true, params: () => [], handle: (query, [uuid]) => json(found(data.resultaattypen, uuid)) },
    {
      api: 'documenten', path: new RegExp(`^/enkelvoudiginformatieobjecten/${UUID}$`), detail: true, params: () => ['versie'],
      handle: (query, [uuid]) => {
        const document = found(data.documents, uuid);
        checkVersion(query, document);
        return json(document);
      },
    },
    {
      api: 'documenten', path: new RegExp(`^/enkelvoudiginformatieobjecten/${UUID}/download$`), params: () => ['versie', 'registratieOp'],
      handle: (query, [uuid]) => {
        const document = found(data.documents, uuid);
        checkVersion(query, document);
        const content = data.contents.get(uuid);
        // Open Zaak answers an empty document with 204 and no body, which the spec does not declare.
        if (!content.length) return { status: 204, body: null, headers: {} };
        return {
          status: 200,
          body: content,
          headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${document.bestandsnaam}"` },
        };
      },
    },
  ];

  function checkVersion(query, document) {
    if (query.has('versie') && query.get('versie') !== String(document.versie)) throw notFound();
  }

  // The answer to one API request: {status, body (object, Buffer or null), headers}.
  function answer(req, api, path, query) {
    if (mode.failStatus) {
      const problem = new Problem(mode.failStatus, 'error', 'Storing (testmodus)', `De fixture antwoordt alles met ${mode.failStatus}.`);
      return { status: mode.failStatus, body: problemBody(problem, new URL(roots[api]).origin), headers: {} };
    }
    if (mode.malformed) return { status: 200, body: Buffer.from('{"count": 3, "next": null, "results": [{"url": "http'), headers: { 'content-type': 'application/json' } };
    try {
      checkJwt(req.headers.authorization, config.clientId, config.secret);
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new Problem(405, 'method_not_allowed', 'Methode niet toegestaan.', `Methode "${req.method}" niet toegestaan.`);
      for (const route of routes) {
        if (route.api !== api) continue;
        const match = route.path.exec(path);
        if (!match) continue;
        if (route.crs) checkAcceptCrs(req.headers);
        checkParams(query, route.params());
        const reply = route.handle(query, match.slice(1));
        if (route.crs) reply.headers['content-crs'] = 'EPSG:4326';
        if (route.detail) withEtag(req, reply);
        return reply;
      }
      throw notFound();
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      return { status: error.status, body: problemBody(error, new URL(roots[api]).origin), headers: {} };
    }
  }

  // Detail answers carry an ETag, and If-None-Match with it gives 304, as the specs describe.
  function withEtag(req, reply) {
    const etag = `"${createHash('sha1').update(JSON.stringify(reply.body)).digest('hex').slice(0, 32)}"`;
    reply.headers.etag = etag;
    if (req.headers['if-none-match'] === etag) Object.assign(reply, { status: 304, body: null });
  }

  async function serve(req, res) {
    const url = new URL(req.url, `http://${host}`);
    if (url.pathname.startsWith('/test/')) return control(req, res, url.pathname);
    const api = Object.keys(PREFIXES).find((name) => url.pathname === PREFIXES[name] || url.pathname.startsWith(`${PREFIXES[name]}/`));
    if (!api) return send(req, res, { status: 404, body: problemBody(notFound(), `http://${host}`), headers: {} });

    stats.requests += 1;
    inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    try {
      if (mode.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, mode.latencyMs));
      const reply = answer(req, api, url.pathname.slice(PREFIXES[api].length), url.searchParams);
      reply.headers['api-version'] = API_VERSIONS[api];
      send(req, res, reply);
      stats.log.push({ method: req.method, path: url.pathname, query: url.search.slice(1), userId: userIdOf(req.headers.authorization), status: reply.status });
    } finally {
      inFlight -= 1;
    }
  }

  function send(req, res, { status, body, headers }) {
    let bytes = null;
    const head = { ...headers };
    if (Buffer.isBuffer(body)) bytes = body;
    else if (body !== null) {
      bytes = Buffer.from(JSON.stringify(body));
      head['content-type'] ??= status >= 400 ? 'application/problem+json' : 'application/json';
    }
    if (bytes) head['content-length'] = bytes.length;
    res.writeHead(status, head);
    res.end(req.method === 'HEAD' ? undefined : bytes ?? undefined);
  }

  async function control(req, res, path) {
    const reply = (status, body) => send(req, res, { status, body, headers: { 'content-type': 'application/json' } });
    if (path === '/test/stats' && req.method === 'GET') return reply(200, stats);
    if (path === '/test/reset' && req.method === 'POST') {
      stats = { requests: 0, maxInFlight: 0, log: [] };
      return reply(200, stats);
    }
    if (path === '/test/mode' && req.method === 'GET') return reply(200, mode);
    if (path === '/test/mode' && req.method === 'POST') {
      let text = '';
      for await (const chunk of req) text += chunk;
      let change;
      try {
        change = JSON.parse(text || '{}');
      } catch {
        return reply(400, { error: 'body is not JSON' });
      }
      for (const key of Object.keys(mode)) if (key in change) mode[key] = change[key];
      return reply(200, mode);
    }
    return reply(404, { error: `no test control ${req.method} ${path}` });
  }

  return {
    port,
    get roots() {
      return { ...roots };
    },
    setRoots,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

// --- fixture-ids.json ----------------------------------------------------------------------------------

const IDS_NOTE = 'Ids of the ZGW fixture data that tests refer to. Generated from data.mjs by `node fixture.mjs --write-ids`; the fixture refuses to start when this file and data.mjs disagree.';

function idsFileText(data) {
  return `${JSON.stringify({ _about: IDS_NOTE, clientId: DEFAULT_CLIENT_ID, secret: DEFAULT_SECRET, ...fixtureIds(data) }, null, 2)}\n`;
}

function checkIdsFile(data) {
  let onDisk = '';
  try {
    onDisk = readFileSync(IDS_FILE, 'utf8');
  } catch {
    // reported below
  }
  if (onDisk !== idsFileText(data)) throw new Error(`${IDS_FILE} does not match data.mjs: run node fixture.mjs --write-ids`);
}

// --- Run alone -----------------------------------------------------------------------------------------

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--write-ids')) {
    writeFileSync(IDS_FILE, idsFileText(buildData({ zaken: 'http://z', catalogi: 'http://c', documenten: 'http://d' })));
    process.exit(0);
  }
  const fixture = await createFixture(parseOptions(args));
  const { zaken, catalogi, documenten } = fixture.roots;
  process.stdout.on('error', () => {}); // the test may stop reading after the first line
  process.stdout.write(`listening ${fixture.port} direct ${zaken} ${catalogi} ${documenten}\n`);
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => fixture.close().then(() => process.exit(0)));
}
