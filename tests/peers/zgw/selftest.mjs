// Checks the fixture through its Prism proxies the way a client would use it: walks resident A's
// zaken page by page (also newest first, with ordering), follows every URL in the bodies (statussen,
// statustypen, resultaten, rollen, zaaktypen, documents, downloads), filters rollen by BSN and kind,
// reads the long texts, and checks the refusals (Prism's 422/401, the fixture's 403/400) and the test
// controls. Then starts a --direct launcher for what Prism cannot pass (the 204) and for the fixture's
// own 400s.
//
//   node selftest.mjs          prints one line per failed check and "N passed, N failed"
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CLIENT_ID, DEFAULT_SECRET } from './fixture.mjs';

const ids = JSON.parse(readFileSync(new URL('./fixture-ids.json', import.meta.url), 'utf8'));
const launcher = fileURLToPath(new URL('./start.mjs', import.meta.url));
const BSN = 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn';
const ROL_BSN = 'betrokkeneIdentificatie__natuurlijkPersoon__inpBsn';
const PAGE_SIZE = 10;
let passed = 0;
let failed = 0;

function check(ok, what) {
  if (ok) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`FAILED: ${what}\n`);
  }
}

function jwt({ secret = DEFAULT_SECRET, iat = Math.floor(Date.now() / 1000) } = {}) {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: DEFAULT_CLIENT_ID, client_id: DEFAULT_CLIENT_ID, iat, user_id: 'selftest', user_representation: 'Selftest' })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

async function get(url, { auth = `Bearer ${jwt()}`, crs = true, headers = {} } = {}) {
  const h = { ...headers };
  if (auth) h.authorization = auth;
  if (crs) Object.assign(h, { 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' });
  const response = await fetch(url, { headers: h });
  const bytes = Buffer.from(await response.arrayBuffer());
  let json = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    // a download
  }
  return { status: response.status, headers: response.headers, bytes, json };
}

async function getOk(url, options) {
  const reply = await get(url, options);
  check(reply.status === 200, `GET ${url} -> ${reply.status} ${reply.bytes.toString('utf8').slice(0, 300)}`);
  return reply.json;
}

// All results of a paged list, following next; returns {items, pages}.
async function walk(url) {
  const items = [];
  let pages = 0;
  for (let next = url; next; pages += 1) {
    const page = await getOk(next);
    if (!Array.isArray(page?.results)) break; // refused or broken: getOk or the count checks report it
    items.push(...page.results);
    next = page.next;
  }
  return { items, pages };
}

function startLauncher(args) {
  const child = spawn(process.execPath, [launcher, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const [, port, mode, zaken, catalogi, documenten] = line.split(' ');
      done({ child, control: `http://127.0.0.1:${port}`, mode, roots: { zaken, catalogi, documenten } });
    });
    child.once('exit', (code) => fail(new Error(`launcher exited with ${code}`)));
  });
}

function pdfLooksValid(bytes) {
  const text = bytes.toString('latin1');
  const start = Number(text.match(/startxref\n(\d+)\n%%EOF\n$/)?.[1]);
  if (!text.startsWith('%PDF-1.4') || !text.startsWith('xref', start)) return false;
  const entries = text.slice(start).split('\n').slice(2);
  const count = Number(text.slice(start).split('\n')[1].split(' ')[1]);
  return entries.slice(1, count).every((entry, i) => text.startsWith(`${i + 1} 0 obj`, Number(entry.slice(0, 10))));
}

async function checkCase(roots, zaak) {
  const detail = await getOk(`${roots.zaken}/zaken/${zaak.uuid}?expand=zaaktype,status.statustype,resultaat.resultaattype`);
  check(detail?._expand?.zaaktype?.url === zaak.zaaktype, `_expand.zaaktype of ${zaak.identificatie}`);
  const zaaktype = await getOk(zaak.zaaktype);
  const { items: statustypen } = await walk(`${roots.catalogi}/statustypen?zaaktype=${encodeURIComponent(zaak.zaaktype)}`);
  check(statustypen.length === zaaktype.statustypen.length && statustypen.at(-1).isEindstatus, `statustypen of ${zaaktype.omschrijving}`);
  const { items: statussen } = await walk(`${roots.zaken}/statussen?zaak=${encodeURIComponent(zaak.url)}`);
  check(statussen.length === 0 ? zaak.status === null : statussen[0].url === zaak.status, `statussen of ${zaak.identificatie}`);
  for (const status of statussen) await getOk(status.url);
  for (const url of new Set(statussen.map((s) => s.statustype))) await getOk(url);
  if (zaak.resultaat) await getOk((await getOk(zaak.resultaat)).resultaattype);
  const { items: rollen } = await walk(`${roots.zaken}/rollen?zaak=${encodeURIComponent(zaak.url)}`);
  check(rollen.some((r) => r.betrokkeneType === 'natuurlijk_persoon'), `initiator of ${zaak.identificatie}`);
  const zios = await getOk(`${roots.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}`);
  for (const zio of zios ?? []) {
    const linked = await getOk(`${roots.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(zaak.url)}&informatieobject=${encodeURIComponent(zio.informatieobject)}`);
    check(linked.length === 1, 'zio filtered by informatieobject');
    const document = await getOk(zio.informatieobject);
    if (!document.bestandsomvang) continue; // the 204 one: checked in direct mode
    const download = await get(document.inhoud, { crs: false, headers: { accept: 'application/octet-stream' } });
    check(download.status === 200 && download.bytes.length === document.bestandsomvang && pdfLooksValid(download.bytes),
      `download ${document.titel}: ${download.status}, ${download.bytes.length} bytes`);
  }
  return zios?.length ?? 0;
}

async function checkProxied() {
  const { child, control, mode, roots } = await startLauncher(['--page-size', String(PAGE_SIZE)]);
  try {
    // The launcher runs direct only when the specs are missing (it has said so loudly by now).
    const proxied = mode === 'prism';
    if (!proxied) console.log('WARNING: no Prism (the ZGW specs are missing): its checks are skipped');
    const list = `${roots.zaken}/zaken?${BSN}=${ids.residentA.bsn}&maximaleVertrouwelijkheidaanduiding=openbaar`;
    const plain = await walk(list);
    check(plain.items.length === ids.counts.listedForAWithMaxOpenbaar && plain.pages === Math.ceil(plain.items.length / PAGE_SIZE),
      `A's list: ${plain.items.length} in ${plain.pages} pages`);
    await checkOrdering(list, plain.items, proxied);
    const expanded = await walk(`${list}&expand=zaaktype,status,status.statustype,resultaat,resultaat.resultaattype`);
    check(expanded.items.every((z) => z._expand && 'zaaktype' in z._expand), 'every listed zaak has _expand');
    const all = await walk(`${roots.zaken}/zaken?${BSN}=${ids.residentA.bsn}`);
    check(all.items.length === ids.counts.zakenOfA, `A without the level filter: ${all.items.length}`);
    let documents = 0;
    for (const zaak of all.items) documents += await checkCase(roots, zaak);
    check(documents >= 6, `documents seen: ${documents}`);
    const b = await walk(`${roots.zaken}/zaken?${BSN}=${ids.residentB.bsn}`);
    check(b.items.length === ids.counts.zakenOfB && b.items.some((z) => z.uuid === ids.caseOfB), "B's zaken");
    check(b.items.some((z) => z.uuid === ids.sharedCase.uuid), "the BSN filter finds the shared zaak for B, who is only belanghebbende");
    await checkRollen(roots, proxied);
    await checkPortalCounts(roots);
    await checkLongTexts(roots);

    const zaakUrl = `${roots.zaken}/zaken/${ids.richCase.uuid}`;
    if (proxied) {
      check((await get(zaakUrl, { crs: false })).status === 422, 'no Accept-Crs: 422 from Prism');
      check((await get(zaakUrl, { auth: `bearer ${jwt()}` })).status === 401, 'lowercase bearer: 401 from Prism');
    }
    check((await get(zaakUrl, { auth: `Bearer ${jwt({ secret: 'wrong' })}` })).status === 403, 'bad signature: 403');
    check((await get(zaakUrl, { auth: `Bearer ${jwt({ iat: Math.floor(Date.now() / 1000) - 3600 })}` })).status === 403, 'token of an hour old: 403');
    const unknown = await get(`${list}&foo=bar`);
    check(unknown.status === 400 && unknown.json?.invalidParams?.[0]?.code === 'unknown-parameters', `unknown parameter: ${unknown.status}`);
    const first = await get(zaakUrl);
    const again = await get(zaakUrl, { headers: { 'if-none-match': first.headers.get('etag') } });
    check(again.status === 304, `If-None-Match: ${again.status}`);

    const stats = await (await fetch(`${control}/test/stats`)).json();
    check(stats.requests > 100 && stats.log.every((entry) => entry.status < 500), `fixture saw ${stats.requests} requests, no 5xx`);
    check(stats.log.some((entry) => entry.userId === 'selftest' && entry.path === '/zaken/api/v1/zaken'), 'log has the user_id');
    await checkLatency(control, roots);
    if (proxied) {
      await fetch(`${control}/test/mode`, { method: 'POST', body: JSON.stringify({ invalidZaak: true }) });
      const broken = await get(zaakUrl);
      check(broken.status === 500 && broken.headers.has('sl-violations'), `a broken zaak body through Prism: ${broken.status}`);
      await fetch(`${control}/test/mode`, { method: 'POST', body: JSON.stringify({ invalidZaak: false }) });
    }
  } finally {
    child.kill('SIGTERM');
  }
}

const isSorted = (values, before) => values.every((v, i) => i === 0 || before(values[i - 1], v));
const identificaties = (zaken) => zaken.map((z) => z.identificatie);

// ordering over all pages; plain: the list without ordering.
async function checkOrdering(list, plain, proxied) {
  check(isSorted(identificaties(plain), (a, b) => a < b), 'without ordering: identificatie ascending');
  check(!plain.slice(0, 2 * PAGE_SIZE).some((z) => ids.newestOfA.includes(z.identificatie)), 'without ordering, 2 pages miss the newest');
  const newest = await walk(`${list}&ordering=-startdatum`);
  check(newest.items.length === plain.length && isSorted(newest.items.map((z) => z.startdatum), (a, b) => a > b),
    `ordering=-startdatum: ${newest.items.length} zaken, ${newest.items.map((z) => z.startdatum).join(' ')}`);
  check(JSON.stringify(identificaties(newest.items).slice(0, ids.newestOfA.length)) === JSON.stringify(ids.newestOfA),
    `newestOfA ${ids.newestOfA} first: ${identificaties(newest.items).slice(0, 5)}`);
  // Two fields; a null einddatum (open zaak) comes first descending, as in PostgreSQL.
  const ended = (await walk(`${list}&ordering=-einddatum,-startdatum`)).items;
  const open = ended.filter((z) => z.einddatum === null);
  check(open.length > 0 && ended.slice(0, open.length).every((z) => z.einddatum === null)
    && isSorted(open.map((z) => z.startdatum), (a, b) => a > b)
    && isSorted(ended.slice(open.length).map((z) => z.einddatum), (a, b) => a >= b), 'ordering=-einddatum,-startdatum');
  // An unknown value: Prism refuses it against the (flattened) enum; direct, the fixture's 400.
  const bad = await get(`${list}&ordering=-startdatum,foo`);
  check(proxied ? bad.status === 422 : bad.status === 400, `ordering=-startdatum,foo: ${bad.status}`);
}

// The rollen filters: B is belanghebbende on exactly one zaak, the shared one, where A is initiator.
async function checkRollen(roots, proxied) {
  const rollen = async (query) => (await walk(`${roots.zaken}/rollen?${query}`)).items;
  const shared = `${roots.zaken}/zaken/${ids.sharedCase.uuid}`;
  const [a, b] = [ids.residentA.bsn, ids.residentB.bsn];
  const belang = await rollen(`${ROL_BSN}=${b}&omschrijvingGeneriek=belanghebbende`);
  check(belang.length === 1 && belang[0].zaak === shared && belang[0].betrokkeneType === 'natuurlijk_persoon'
    && belang[0].betrokkeneIdentificatie.inpBsn === b, `B as belanghebbende: ${belang.map((r) => r.zaak)}`);
  const ofB = await rollen(`${ROL_BSN}=${b}`);
  check(ofB.length === ids.counts.zakenOfB && ofB.every((r) => r.betrokkeneIdentificatie.inpBsn === b), `B's rollen: ${ofB.length}`);
  const bInitiator = await rollen(`${ROL_BSN}=${b}&omschrijvingGeneriek=initiator`);
  check(bInitiator.length === ofB.length - 1 && !bInitiator.some((r) => r.zaak === shared), `B as initiator: ${bInitiator.length}`);
  const onShared = await rollen(`zaak=${encodeURIComponent(shared)}&omschrijvingGeneriek=initiator`);
  check(onShared.length === 1 && onShared[0].betrokkeneIdentificatie.inpBsn === a, 'the initiator of the shared zaak is A');
  const bOnShared = await rollen(`zaak=${encodeURIComponent(shared)}&${ROL_BSN}=${b}`);
  check(bOnShared.length === 1 && bOnShared[0].omschrijvingGeneriek === 'belanghebbende', "B's rol on the shared zaak");
  check((await rollen(`${ROL_BSN}=${a}&omschrijvingGeneriek=belanghebbende`)).length === 0, 'A is nowhere belanghebbende');
  const ofA = await walk(`${roots.zaken}/rollen?${ROL_BSN}=${a}`);
  check(ofA.items.length === ids.counts.zakenOfA && ofA.pages === Math.ceil(ofA.items.length / PAGE_SIZE), `A's rollen, paged: ${ofA.items.length} in ${ofA.pages}`);
  const bad = await get(`${roots.zaken}/rollen?omschrijvingGeneriek=buurvrouw`);
  check(bad.status === (proxied ? 422 : 400), `omschrijvingGeneriek=buurvrouw: ${bad.status}`);
}

// The portal counts in fixture-ids.json, recounted from what the server answers with Open Inwoner's
// rules (max openbaar, a status, an extern zaaktype), and with the kiosk's stricter one (initiator).
async function portalCounts(roots, bsn) {
  const listed = (await walk(`${roots.zaken}/zaken?${BSN}=${bsn}&maximaleVertrouwelijkheidaanduiding=openbaar`)).items;
  let visible = 0;
  let asInitiator = 0;
  for (const zaak of listed) {
    if (!zaak.status || (await getOk(zaak.zaaktype)).indicatieInternOfExtern !== 'extern') continue;
    visible += 1;
    const own = await walk(`${roots.zaken}/rollen?zaak=${encodeURIComponent(zaak.url)}&${ROL_BSN}=${bsn}&omschrijvingGeneriek=initiator`);
    if (own.items.length) asInitiator += 1;
  }
  return { visible, asInitiator };
}

async function checkPortalCounts(roots) {
  const a = await portalCounts(roots, ids.residentA.bsn);
  check(a.visible === ids.counts.visibleForAInPortal && a.asInitiator === a.visible, `A in a portal: ${JSON.stringify(a)}`);
  const b = await portalCounts(roots, ids.residentB.bsn);
  check(b.visible === ids.counts.visibleForBInPortal && b.asInitiator === ids.counts.visibleForBAsInitiator, `B in a portal: ${JSON.stringify(b)}`);
}

// The long texts are served as they are (and through Prism, so within the specs' maxLength).
async function checkLongTexts(roots) {
  const t = ids.longTexts;
  const open = await getOk(`${roots.zaken}/zaken/${t.caseUuid}`);
  const statustype = await getOk((await getOk(open.status)).statustype);
  check(open.einddatum === null && statustype.statustekst === t.statustekst && t.statustekst.length >= 500,
    `long statustekst (${statustype.statustekst?.length}) as the current status of an open zaak`);
  const zaaktype = await getOk(open.zaaktype);
  check(zaaktype.omschrijving === t.zaaktypeOmschrijving && t.zaaktypeOmschrijving.length >= 75, `long zaaktype omschrijving (${zaaktype.omschrijving?.length})`);
  const closed = await getOk(`${roots.zaken}/zaken/${t.closedCaseUuid}`);
  const resultaattype = await getOk((await getOk(closed.resultaat)).resultaattype);
  check(closed.einddatum !== null && resultaattype.omschrijving === t.resultaattypeOmschrijving && t.resultaattypeOmschrijving.length >= 25,
    `long resultaattype omschrijving (${resultaattype.omschrijving?.length}) on a closed zaak`);
  const document = await getOk(`${roots.documenten}/enkelvoudiginformatieobjecten/${t.documentUuid}`);
  const zios = await getOk(`${roots.zaken}/zaakinformatieobjecten?zaak=${encodeURIComponent(`${roots.zaken}/zaken/${t.documentCaseUuid}`)}`);
  check(document.titel === t.documentTitel && t.documentTitel.length >= 190 && document.status === 'definitief'
    && zios.some((zio) => zio.informatieobject === document.url && zio.titel === t.documentTitel), `long document titel (${document.titel?.length})`);
  const letter = await getOk(`${roots.documenten}/enkelvoudiginformatieobjecten/${ids.sharedCase.document}`);
  check(letter.status === 'definitief' && letter.vertrouwelijkheidaanduiding === 'openbaar', 'the shared zaak has a final, public letter');
}

// Parallel requests overlap while each waits latencyMs.
async function checkLatency(control, roots) {
  await fetch(`${control}/test/reset`, { method: 'POST' });
  await fetch(`${control}/test/mode`, { method: 'POST', body: JSON.stringify({ latencyMs: 400 }) });
  const started = Date.now();
  await Promise.all(Array.from({ length: 6 }, () => get(`${roots.catalogi}/statustypen`)));
  const stats = await (await fetch(`${control}/test/stats`)).json();
  check(stats.maxInFlight === 6 && Date.now() - started < 6 * 400, `latency: maxInFlight ${stats.maxInFlight}, ${Date.now() - started} ms`);
  await fetch(`${control}/test/mode`, { method: 'POST', body: JSON.stringify({ latencyMs: 0 }) });
}

async function checkDirect() {
  const { child, control, mode, roots } = await startLauncher(['--direct', '--legacy-statuses', '--no-expand']);
  try {
    check(mode === 'direct', `mode ${mode}`);
    const empty = await get(`${roots.documenten}/enkelvoudiginformatieobjecten/${ids.documents.empty204.uuid}/download?versie=1`, { crs: false });
    check(empty.status === 204 && empty.bytes.length === 0, `empty download: ${empty.status}`);
    const zaakUrl = `${roots.zaken}/zaken/${ids.richCase.uuid}`;
    check((await get(zaakUrl, { crs: false })).status === 412, 'no Accept-Crs: 412 from the fixture');
    check((await get(zaakUrl, { headers: { 'accept-crs': 'EPSG:28992' }, crs: false })).status === 406, 'other CRS: 406');
    check((await get(`${zaakUrl}?expand=zaaktype`)).status === 400, '--no-expand: expand is an unknown parameter');
    const list = `${roots.zaken}/zaken?${BSN}=${ids.residentA.bsn}`;
    const badOrdering = await get(`${list}&ordering=-startdatum,foo`);
    check(badOrdering.status === 400 && badOrdering.json?.invalidParams?.[0]?.name === 'ordering' && badOrdering.json.invalidParams[0].code === 'invalid_choice',
      `direct, ordering=-startdatum,foo: ${badOrdering.status} ${badOrdering.bytes.toString('utf8').slice(0, 200)}`);
    check((await get(`${list}&ordering=`)).status === 200, 'direct, an empty ordering is no ordering');
    const badRol = await get(`${roots.zaken}/rollen?omschrijvingGeneriek=buurvrouw`);
    check(badRol.status === 400 && badRol.json?.invalidParams?.[0]?.name === 'omschrijvingGeneriek', `direct, omschrijvingGeneriek=buurvrouw: ${badRol.status}`);
    const statussen = await getOk(`${roots.zaken}/statussen?zaak=${encodeURIComponent(zaakUrl)}`);
    check(statussen.results.every((s) => !('indicatieLaatstGezetteStatus' in s)), '--legacy-statuses');
    await fetch(`${control}/test/mode`, { method: 'POST', body: JSON.stringify({ malformed: true }) });
    check((await get(zaakUrl)).json === null, 'malformed mode');
    await fetch(`${control}/test/mode`, { method: 'POST', body: JSON.stringify({ malformed: false, failStatus: 503 }) });
    check((await get(zaakUrl)).status === 503, 'failStatus mode');
  } finally {
    child.kill('SIGTERM');
  }
}

await checkProxied();
await checkDirect();
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
