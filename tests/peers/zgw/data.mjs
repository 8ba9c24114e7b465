// The fixture's data: a made-up municipality (Gemeente Voorbeeld) with a catalogue of zaaktypen, two
// residents with their zaken, statussen, resultaten, rollen and documents. Everything is derived from
// the tables below, so every run serves the same bytes: uuids are hashed from stable names, dates are
// fixed (the data is as of 30 November 2026), PDFs carry no timestamps.
//
// buildData(roots) renders the tables into ZGW resources whose URLs start with the given public API
// roots (a Prism proxy or the fixture itself), and fixtureIds(data) lists the ids tests refer to.
import { createHash } from 'node:crypto';
import { makePdf } from './pdf.mjs';

export const RSIN = '002564440'; // bronorganisatie and verantwoordelijkeOrganisatie: the municipality
const MUNICIPALITY = 'Gemeente Voorbeeld';
const SELECTIELIJST = 'https://selectielijst.openzaak.nl/api/v1'; // another host: a client must not follow it

export const RESIDENTS = {
  A: { bsn: '999993653', voornamen: 'Jan', voorletters: 'J.', voorvoegsel: 'de', geslachtsnaam: 'Vries', geslacht: 'm', adres: ['Kerkstraat 14', '1234 CD Voorbeeld'] },
  B: { bsn: '999990019', voornamen: 'Sanne', voorletters: 'S.', voorvoegsel: '', geslachtsnaam: 'Bakker', geslacht: 'v', adres: ['Dorpsstraat 3', '1234 EF Voorbeeld'] },
};

// Order of vertrouwelijkheidaanduiding, least strict first.
export const CONFIDENTIALITY = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];

// A name-based uuid (version 5 layout over SHA-1), so the same name gives the same uuid on every run.
export function stableUuid(name) {
  const hash = createHash('sha1').update(`zgw-fixture/${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const x = hash.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// A time of day that varies with n, so statuses of one day still sort.
function dateTime(date, n) {
  const hour = String(8 + ((n * 3) % 9)).padStart(2, '0');
  const minute = String((n * 17 + 5) % 60).padStart(2, '0');
  return `${date}T${hour}:${minute}:00Z`;
}

// --- Catalogue ---------------------------------------------------------------------------------------
// statustypen in volgnummer order (the last is the eindstatus); some have a statustekst written for
// residents, others only the internal omschrijving. stepDays spaces the statuses of a zaak.
const ZAAKTYPEN = [
  {
    key: 'paspoort', identificatie: 'ZT-PASPOORT', omschrijving: 'Aanvraag paspoort', onderwerp: 'Paspoort',
    doel: 'Een inwoner krijgt een geldig paspoort.', aanleiding: 'De inwoner vraagt een paspoort aan bij de balie.',
    initiator: 'Aanvragen', behandelaar: 'Verstrekken', doorlooptijd: 14, servicenorm: 7, stepDays: 2, intern: false,
    statustypen: [
      { omschrijving: 'Aanvraag ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen. U hoeft nu niets te doen.', informeren: true },
      { omschrijving: 'Foto en vingerafdrukken gecontroleerd' },
      { omschrijving: 'Paspoort in productie', statustekst: 'Uw paspoort wordt gemaakt. Dat duurt ongeveer vijf werkdagen.', informeren: true },
      { omschrijving: 'Paspoort ligt klaar', statustekst: 'Uw paspoort ligt klaar bij de balie in het stadhuis. Neem uw oude paspoort mee.', informeren: true },
      { omschrijving: 'Paspoort uitgereikt' },
    ],
    resultaattypen: [
      { key: 'verleend', omschrijving: 'Paspoort uitgereikt', generiek: 'Verleend', toelichting: 'Het paspoort is aan de aanvrager uitgereikt.' },
      { key: 'geweigerd', omschrijving: 'Aanvraag geweigerd', generiek: 'Geweigerd', toelichting: 'De aanvraag voldoet niet aan de eisen.' },
    ],
  },
  {
    key: 'melding', identificatie: 'ZT-MOR', omschrijving: 'Melding openbare ruimte', onderwerp: 'Openbare ruimte',
    doel: 'Gebreken in de openbare ruimte worden verholpen.', aanleiding: 'Een inwoner meldt een gebrek op straat of in het groen.',
    initiator: 'Melden', behandelaar: 'Oplossen', doorlooptijd: 10, servicenorm: 5, stepDays: 3, intern: false,
    statustypen: [
      { omschrijving: 'Melding ontvangen', statustekst: 'Bedankt voor uw melding. Wij gaan ermee aan de slag.', informeren: true },
      { omschrijving: 'Doorgestuurd naar buitendienst' },
      { omschrijving: 'Melding afgehandeld', statustekst: 'Wij hebben uw melding afgehandeld.', informeren: true },
    ],
    resultaattypen: [
      { key: 'opgelost', omschrijving: 'Opgelost', generiek: 'Afgehandeld', toelichting: 'Het gemelde probleem is verholpen.' },
      { key: 'nietOpgelost', omschrijving: 'Niet opgelost', generiek: 'Afgehandeld', toelichting: 'De gemeente gaat hier niet over of het probleem was er niet meer.' },
    ],
  },
  {
    key: 'parkeer', identificatie: 'ZT-PARKEERVERGUNNING', omschrijving: 'Aanvraag parkeervergunning', onderwerp: 'Parkeren',
    doel: 'Een bewoner mag in zijn eigen wijk parkeren.', aanleiding: 'De bewoner vraagt een parkeervergunning aan.',
    initiator: 'Aanvragen', behandelaar: 'Beslissen', doorlooptijd: 28, servicenorm: 14, stepDays: 5, intern: false,
    statustypen: [
      { omschrijving: 'Aanvraag ontvangen', statustekst: 'Wij hebben uw aanvraag voor een parkeervergunning ontvangen.', informeren: true },
      { omschrijving: 'Kenteken gecontroleerd' },
      { omschrijving: 'Besluit genomen', statustekst: 'Wij hebben een besluit genomen. U krijgt daarover een brief.', informeren: true },
      { omschrijving: 'Afgehandeld' },
    ],
    resultaattypen: [
      { key: 'verleend', omschrijving: 'Vergunning verleend', generiek: 'Verleend', toelichting: 'De parkeervergunning is verleend.' },
      { key: 'geweigerd', omschrijving: 'Vergunning geweigerd', generiek: 'Geweigerd', toelichting: 'Er is geen vergunning meer beschikbaar in deze zone.' },
    ],
  },
  {
    key: 'bijstand', identificatie: 'ZT-BIJZONDERE-BIJSTAND', omschrijving: 'Aanvraag bijzondere bijstand', onderwerp: 'Inkomen',
    doel: 'Een inwoner met een laag inkomen krijgt hulp bij bijzondere kosten.', aanleiding: 'De inwoner vraagt bijzondere bijstand aan.',
    initiator: 'Aanvragen', behandelaar: 'Beoordelen', doorlooptijd: 56, servicenorm: 28, stepDays: 7, intern: false,
    statustypen: [
      { omschrijving: 'Aanvraag ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen.', informeren: true },
      { omschrijving: 'Aanvullende gegevens opgevraagd', statustekst: 'Wij hebben meer informatie van u nodig. U krijgt hierover een brief.', informeren: true },
      { omschrijving: 'Inhoudelijke beoordeling' },
      { omschrijving: 'Besluit verstuurd', statustekst: 'Wij hebben u een brief gestuurd met ons besluit.', informeren: true },
      { omschrijving: 'Afgehandeld' },
    ],
    resultaattypen: [
      { key: 'toegekend', omschrijving: 'Toegekend', generiek: 'Toegekend', toelichting: 'De bijzondere bijstand is toegekend.' },
      { key: 'afgewezen', omschrijving: 'Afgewezen', generiek: 'Afgewezen', toelichting: 'De aanvraag is afgewezen.' },
    ],
  },
  {
    key: 'omgeving', identificatie: 'ZT-OMGEVINGSVERGUNNING', omschrijving: 'Omgevingsvergunning', onderwerp: 'Bouwen en verbouwen',
    doel: 'Bouwplannen worden getoetst aan de regels.', aanleiding: 'De inwoner vraagt een omgevingsvergunning aan.',
    initiator: 'Aanvragen', behandelaar: 'Toetsen', doorlooptijd: 56, servicenorm: 56, stepDays: 14, intern: false, verlenging: 42,
    // Neighbours who react to a plan get a rol on the zaak too (see sharedCase).
    extraRoltypen: ['belanghebbende'],
    statustypen: [
      { omschrijving: 'Aanvraag ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen.', informeren: true },
      { omschrijving: 'Aanvraag compleet', statustekst: 'Uw aanvraag is compleet. Wij beoordelen nu uw plan.', informeren: true },
      { omschrijving: 'Toetsing welstand en bestemmingsplan' },
      { omschrijving: 'Besluit genomen', statustekst: 'Wij hebben een besluit genomen over uw aanvraag.', informeren: true },
    ],
    resultaattypen: [
      { key: 'verleend', omschrijving: 'Vergunning verleend', generiek: 'Verleend', toelichting: 'De omgevingsvergunning is verleend.' },
      { key: 'geweigerd', omschrijving: 'Vergunning geweigerd', generiek: 'Geweigerd', toelichting: 'Het plan past niet in het bestemmingsplan.' },
      { key: 'buitenBehandeling', omschrijving: 'Buiten behandeling gesteld', generiek: 'Buiten behandeling', toelichting: 'De aanvraag was niet compleet.' },
    ],
  },
  {
    key: 'verhuizing', identificatie: 'ZT-VERHUIZING', omschrijving: 'Verhuizing doorgeven', onderwerp: 'Burgerzaken',
    doel: 'De basisregistratie personen klopt.', aanleiding: 'De inwoner geeft een verhuizing door.',
    initiator: 'Doorgeven', behandelaar: 'Verwerken', doorlooptijd: 5, servicenorm: 5, stepDays: 1, intern: false,
    statustypen: [
      { omschrijving: 'Verhuizing ontvangen', statustekst: 'Wij hebben uw verhuizing ontvangen.', informeren: true },
      { omschrijving: 'Adres gecontroleerd' },
      { omschrijving: 'Verhuizing verwerkt', statustekst: 'Uw nieuwe adres staat in de basisregistratie.', informeren: true },
    ],
    resultaattypen: [
      { key: 'verwerkt', omschrijving: 'Verwerkt', generiek: 'Afgehandeld', toelichting: 'De verhuizing is verwerkt.' },
    ],
  },
  // Long texts as municipalities write them, for the kiosk's layout: an omschrijving close to the
  // spec's maxLength of 80, a statustekst of several sentences (maxLength 1000), and a resultaattype
  // omschrijving close to its maxLength of 30, with the long explanation in its toelichting (no maximum).
  {
    key: 'bezwaar', identificatie: 'ZT-BEZWAAR', omschrijving: 'Bezwaarschrift tegen een besluit van het college van burgemeester en wethouders',
    onderwerp: 'Bezwaar en beroep', doel: 'Een inwoner kan een besluit van de gemeente opnieuw laten bekijken.',
    aanleiding: 'De inwoner dient een bezwaarschrift in tegen een besluit van het college.',
    // Twelve weeks with an advisory committee (Awb 7:10), six more when extended.
    initiator: 'Indienen', behandelaar: 'Heroverwegen', doorlooptijd: 84, servicenorm: 84, stepDays: 14, intern: false, verlenging: 42,
    statustypen: [
      { omschrijving: 'Bezwaarschrift ontvangen', statustekst: 'Wij hebben uw bezwaarschrift ontvangen. U krijgt binnen twee weken bericht over hoe het verder gaat.', informeren: true },
      {
        omschrijving: 'Hoorzitting gepland',
        statustekst: 'Wij hebben uw bezwaar gelezen. Een onafhankelijke commissie gaat uw bezwaar behandelen. De commissie '
          + 'nodigt u eerst uit voor een gesprek: de hoorzitting. U krijgt een brief met de datum, de tijd en de plaats. In '
          + 'het gesprek vertelt u waarom u het niet eens bent met ons besluit. U mag iemand meenemen die u helpt. Na de '
          + 'hoorzitting geeft de commissie het college een advies. Daarna neemt het college een nieuw besluit. Dat besluit '
          + 'krijgt u meestal binnen twaalf weken. Kunt u niet naar de hoorzitting komen? Bel ons dan op 14 0123.',
        informeren: true,
      },
      { omschrijving: 'Advies commissie bezwaarschriften ontvangen' },
      { omschrijving: 'Beslissing op bezwaar verstuurd', statustekst: 'Wij hebben u een brief gestuurd met onze beslissing op uw bezwaar.', informeren: true },
    ],
    resultaattypen: [
      { key: 'gegrond', omschrijving: 'Bezwaar gegrond', generiek: 'Gegrond', toelichting: 'Het bezwaar is terecht. Het college herroept het besluit en neemt een nieuw besluit.' },
      {
        key: 'deelsGegrond', omschrijving: 'Bezwaar gedeeltelijk gegrond', generiek: 'Gedeeltelijk gegrond',
        toelichting: 'Het bezwaar is voor een deel terecht. Het college herroept het besluit voor dat deel en neemt daarvoor '
          + 'een nieuw besluit. In de beslissing op bezwaar staat wat er verandert. Bent u het er niet mee eens? Dan kunt u '
          + 'binnen zes weken beroep instellen bij de rechtbank.',
      },
      { key: 'ongegrond', omschrijving: 'Bezwaar ongegrond', generiek: 'Ongegrond', toelichting: 'Het bezwaar is niet terecht. Het besluit blijft zoals het was.' },
      { key: 'nietOntvankelijk', omschrijving: 'Niet-ontvankelijk verklaard', generiek: 'Niet ontvankelijk', toelichting: 'Het bezwaar voldoet niet aan de eisen, bijvoorbeeld omdat het te laat is ingediend.' },
    ],
  },
  // Not meant for residents: a portal hides zaken of this type even when the BSN matches.
  {
    key: 'adresonderzoek', identificatie: 'ZT-ADRESONDERZOEK', omschrijving: 'Adresonderzoek', onderwerp: 'Burgerzaken',
    doel: 'Nagaan of een inschrijving in de basisregistratie klopt.', aanleiding: 'Signaal dat iemand niet op het adres woont.',
    initiator: 'Signaleren', behandelaar: 'Onderzoeken', doorlooptijd: 56, servicenorm: 56, stepDays: 10, intern: true,
    statustypen: [
      { omschrijving: 'Signaal ontvangen' },
      { omschrijving: 'Huisbezoek gepland' },
      { omschrijving: 'Onderzoek afgerond' },
    ],
    resultaattypen: [
      { key: 'afgerond', omschrijving: 'Afgerond', generiek: 'Afgehandeld', toelichting: 'Het onderzoek is afgerond.' },
    ],
  },
];

// --- Zaken ---------------------------------------------------------------------------------------------
// [resident, zaaktype, startdatum, statuses reached, resultaat (closed) or null, omschrijving, extra]
// A closed zaak has reached every statustype. extra: key (named in fixture-ids.json), documents,
// vertrouwelijkheidaanduiding, behandelaar (adds a medewerker rol), belanghebbende (another resident,
// who gets a natuurlijk_persoon rol 'belanghebbende'). A's zaken all start on different days, so
// "newest first" has one answer (fixtureIds checks it).
const ZAKEN = [
  // Resident A, open
  ['A', 'paspoort', '2026-11-24', 3, null, 'Aanvraag paspoort', { key: 'richCase', behandelaar: true, documents: ['letter2p', 'letter1p', 'concept', 'expired', 'confidential', 'empty204'] }],
  ['A', 'melding', '2026-11-21', 0, null, 'Losliggende stoeptegels voor Kerkstraat 14', { key: 'caseWithoutStatus' }],
  ['A', 'melding', '2026-11-23', 1, null, 'Zwerfvuil bij de glasbak op het Lindeplein', {}],
  ['A', 'melding', '2026-11-20', 2, null, 'Kapotte lantaarnpaal Molenweg', { behandelaar: true }],
  ['A', 'verhuizing', '2026-11-16', 2, null, 'Verhuizing van een inwonend familielid', {}],
  ['A', 'parkeer', '2026-11-10', 2, null, 'Bewonersvergunning zone Centrum', {}],
  ['A', 'adresonderzoek', '2026-10-12', 2, null, 'Onderzoek inschrijving Kerkstraat 14', { key: 'caseInternZaaktype', behandelaar: true }],
  ['A', 'bijstand', '2026-10-05', 3, null, 'Bijzondere bijstand voor een wasmachine', { behandelaar: true }],
  ['A', 'omgeving', '2026-09-15', 2, null, 'Dakkapel aan de achterzijde', { documents: ['aanvulling'] }],
  ['A', 'bijstand', '2026-08-18', 2, null, 'Bijzondere bijstand voor schuldhulp', { key: 'caseConfidential', vertrouwelijkheidaanduiding: 'vertrouwelijk', behandelaar: true }],
  // Resident A, closed
  ['A', 'bijstand', '2026-09-08', 'all', 'afgewezen', 'Bijzondere bijstand voor verhuiskosten', {}],
  ['A', 'melding', '2026-08-24', 'all', 'opgelost', 'Scheve verkeerspaal Molenweg', {}],
  ['A', 'melding', '2026-07-14', 'all', 'nietOpgelost', 'Hondenpoep op het grasveld', {}],
  ['A', 'parkeer', '2026-06-02', 'all', 'geweigerd', 'Tweede bewonersvergunning', {}],
  ['A', 'melding', '2026-05-11', 'all', 'opgelost', 'Losse kabel bij de laadpaal Kerkstraat', {}],
  ['A', 'omgeving', '2026-04-07', 'all', 'buitenBehandeling', 'Zonnepanelen op het voordak', {}],
  ['A', 'melding', '2026-03-16', 'all', 'opgelost', 'Volle afvalbak in het park', {}],
  ['A', 'bijstand', '2026-02-23', 'all', 'toegekend', 'Bijzondere bijstand voor een koelkast', {}],
  ['A', 'melding', '2026-02-09', 'all', 'opgelost', 'Graffiti op het bushokje Stationsweg', {}],
  ['A', 'parkeer', '2026-01-19', 'all', 'verleend', 'Bewonersvergunning zone Centrum 2026', {}],
  ['A', 'paspoort', '2026-01-12', 'all', 'verleend', 'Aanvraag paspoort voor kind', {}],
  ['A', 'melding', '2025-12-01', 'all', 'opgelost', 'Gladheid op het fietspad', {}],
  ['A', 'omgeving', '2025-11-03', 'all', 'geweigerd', 'Uitbouw aan de voorzijde', {}],
  ['A', 'melding', '2025-10-14', 'all', 'opgelost', 'Wateroverlast in de Beukenlaan', {}],
  ['A', 'parkeer', '2025-09-29', 'all', 'verleend', 'Bezoekersvergunning', {}],
  ['A', 'bijstand', '2025-09-01', 'all', 'afgewezen', 'Bijzondere bijstand voor een laptop', {}],
  ['A', 'verhuizing', '2025-08-05', 'all', 'verwerkt', 'Verhuizing naar Kerkstraat 14', {}],
  ['A', 'melding', '2025-07-22', 'all', 'nietOpgelost', 'Overhangende takken Lindelaan', {}],
  ['A', 'melding', '2025-06-10', 'all', 'opgelost', 'Zwerfvuil bij de speeltuin', {}],
  ['A', 'omgeving', '2025-05-02', 'all', 'verleend', 'Schuur in de achtertuin', {}],
  ['A', 'bijstand', '2025-04-14', 'all', 'toegekend', 'Bijzondere bijstand voor een bril', { documents: ['besluit2p'] }],
  ['A', 'melding', '2025-03-04', 'all', 'opgelost', 'Kapotte straatlantaarn Beukenlaan', {}],
  ['A', 'paspoort', '2025-02-11', 'all', 'verleend', 'Aanvraag paspoort', {}],
  ['A', 'parkeer', '2025-01-20', 'all', 'verleend', 'Bewonersvergunning zone Centrum 2025', {}],
  // Resident B
  ['B', 'melding', '2026-11-18', 2, null, 'Kapotte stoeptegel Dorpsstraat', { key: 'caseOfB', documents: ['ontvangstMelding'] }],
  ['B', 'paspoort', '2026-11-05', 4, null, 'Aanvraag paspoort', {}],
  ['B', 'parkeer', '2026-03-02', 'all', 'verleend', 'Bewonersvergunning zone Noord', {}],
];

// Zaken added later. They stay after the rows above, because uuids are hashed from the row's index, and
// they are numbered into the gaps between the numbers above (caseNumbers): so every older zaak keeps its
// uuid and identificatie (tests and UI journeys name ZAAK-2026-0168).
const ZAKEN_ADDED = [
  // A shared zaak: A asked for the permit, and B, the neighbour at the back, reacted to the plan with a
  // zienswijze, so she is belanghebbende. The BSN filter on /zaken returns it for B as well: a kiosk
  // that shows only a resident's own aanvragen has to look at the kind of rol itself.
  ['A', 'omgeving', '2026-10-19', 3, null, 'Schutting op de erfgrens met de achterburen', { key: 'sharedCase', belanghebbende: 'B', documents: ['zienswijze'] }],
  // Long texts: an open bezwaar at the status with the long statustekst, with a letter with a long title,
  // and a closed one with the long resultaattype.
  ['A', 'bezwaar', '2026-10-27', 2, null, 'Bezwaar tegen afwijzing bijzondere bijstand voor verhuiskosten', { key: 'longTextCase', behandelaar: true, documents: ['uitnodigingHoorzitting'] }],
  ['A', 'bezwaar', '2026-01-05', 'all', 'deelsGegrond', 'Bezwaar tegen weigering omgevingsvergunning uitbouw aan de voorzijde', { key: 'longTextClosedCase' }],
];
const ALL_ZAKEN = [...ZAKEN, ...ZAKEN_ADDED];

// --- Documents -------------------------------------------------------------------------------------------
// Letters are written per zaak (they name the resident and the zaak). pages: paragraphs per page.
// The special ones (status, confidentiality, expired, empty) are what a kiosk must filter.
const DOCUMENTS = {
  letter2p: {
    titel: 'Ontvangstbevestiging aanvraag paspoort', bestandsnaam: 'ontvangstbevestiging-paspoort.pdf', day: 0,
    pages: (z) => [
      [
        `Op ${z.startText} heeft u bij de balie een nieuw paspoort aangevraagd. Met deze brief bevestigen wij dat wij uw aanvraag hebben ontvangen.`,
        'Het maken van een paspoort duurt ongeveer vijf werkdagen. U krijgt een bericht als uw paspoort klaarligt. U kunt de voortgang ook volgen op de zuil in de bibliotheek.',
        'Neem bij het ophalen uw oude paspoort mee. Dat maken wij dan ongeldig. U krijgt het daarna terug.',
      ],
      [
        'Wat kost een paspoort? Voor een paspoort voor iemand van 18 jaar of ouder betaalt u EUR 84,30. U heeft dit bedrag al bij de balie betaald.',
        'Kunt u het paspoort niet zelf ophalen? Dan kunt u één persoon machtigen. Vul daarvoor het machtigingsformulier in dat bij deze brief hoort. Neem ook een kopie van uw identiteitsbewijs mee; dat is geen privé-document voor ons.',
        'Heeft u vragen? Bel ons op 14 0123 of kom langs in het stadhuis. Wij zijn open van maandag tot en met vrijdag van 9.00 tot 17.00 uur.',
      ],
    ],
  },
  letter1p: {
    titel: 'Bewijs van aanvraag reisdocument', bestandsnaam: 'bewijs-van-aanvraag.pdf', day: 0,
    pages: (z) => [[
      `Dit is uw bewijs van aanvraag van een paspoort, aangevraagd op ${z.startText}.`,
      'Bewaar dit bewijs goed. U heeft het nodig als u uw paspoort ophaalt.',
    ]],
  },
  concept: {
    titel: 'Uw paspoort ligt klaar (concept)', bestandsnaam: 'paspoort-ligt-klaar-concept.pdf', day: 4, status: 'concept',
    pages: () => [['CONCEPT - nog niet verstuurd. Uw paspoort ligt klaar bij de balie in het stadhuis.']],
  },
  expired: {
    titel: 'Ontvangstbevestiging aanvraag paspoort (vervallen)', bestandsnaam: 'ontvangstbevestiging-oud.pdf', day: 0, vervallen: true,
    pages: (z) => [[`Deze brief is vervangen. Op ${z.startText} heeft u een paspoort aangevraagd.`]],
  },
  confidential: {
    titel: 'Advies Rijksdienst voor Identiteitsgegevens', bestandsnaam: 'advies-rvig.pdf', day: 2, vertrouwelijkheidaanduiding: 'vertrouwelijk',
    pages: () => [['Intern advies over de identiteitscontrole. Niet bestemd voor de aanvrager.']],
  },
  empty204: {
    titel: 'Scan aanvraagformulier', bestandsnaam: 'scan-aanvraagformulier.pdf', day: 0, empty: true,
  },
  aanvulling: {
    titel: 'Verzoek om aanvullende gegevens', bestandsnaam: 'verzoek-aanvullende-gegevens.pdf', day: 14,
    pages: () => [[
      'Wij hebben uw aanvraag voor een omgevingsvergunning bekeken. Om een besluit te nemen, hebben wij nog een tekening nodig.',
      'Op de tekening moeten de maten van de dakkapel staan. Stuur de tekening voor 1 december 2026 naar ons op.',
      'Krijgen wij de tekening niet op tijd? Dan kunnen wij uw aanvraag niet behandelen.',
    ]],
  },
  besluit2p: {
    titel: 'Besluit bijzondere bijstand', bestandsnaam: 'besluit-bijzondere-bijstand.pdf', day: 21,
    pages: (z) => [
      [
        `Op ${z.startText} heeft u bijzondere bijstand aangevraagd voor een nieuwe bril. Wij hebben uw aanvraag beoordeeld.`,
        'Ons besluit: u krijgt EUR 185,00 bijzondere bijstand. Wij maken dit bedrag binnen vijf werkdagen over op uw rekening.',
      ],
      [
        'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Schrijf in uw bezwaar waarom u het niet eens bent met het besluit.',
        'Heeft u vragen over deze brief? Bel ons op 14 0123.',
      ],
    ],
  },
  zienswijze: {
    titel: 'Zienswijze op uw aanvraag omgevingsvergunning', bestandsnaam: 'zienswijze-ontvangen.pdf', day: 21,
    pages: (z) => [[
      `Op ${z.startText} heeft u een omgevingsvergunning aangevraagd voor: ${z.omschrijving}. Wij hebben uw aanvraag bekendgemaakt.`,
      'Daarna heeft een buurtbewoner op uw plan gereageerd. Dat heet een zienswijze. De buurtbewoner vindt de schutting te hoog, omdat die veel zon uit de tuin houdt.',
      'Wij nemen de zienswijze mee als wij over uw aanvraag beslissen. Bij deze brief zit een kopie van de zienswijze. De naam en het adres van de buurtbewoner hebben wij weggelaten.',
      'Wilt u op de zienswijze reageren? Stuur ons dan binnen twee weken een brief, of bel ons op 14 0123.',
    ]],
  },
  // The title as the document system holds it, long and complete; the letter itself has a short heading.
  uitnodigingHoorzitting: {
    titel: 'Uitnodiging voor de hoorzitting van de commissie bezwaarschriften op 8 december 2026 over uw bezwaar tegen het besluit van 6 oktober 2026 op uw aanvraag om bijzondere bijstand voor verhuiskosten',
    heading: 'Uitnodiging hoorzitting', bestandsnaam: 'uitnodiging-hoorzitting.pdf', day: 14,
    pages: (z) => [
      [
        `Op ${z.startText} hebben wij uw bezwaarschrift ontvangen. U bent het niet eens met ons besluit van 6 oktober 2026 over bijzondere bijstand voor verhuiskosten.`,
        'De commissie bezwaarschriften nodigt u uit voor een hoorzitting op dinsdag 8 december 2026 om 14.00 uur in het stadhuis, zaal 2.',
        'In de hoorzitting vertelt u waarom u het niet eens bent met het besluit. Een medewerker van de gemeente legt uit waarom wij het besluit zo hebben genomen. De commissie stelt u allebei vragen.',
      ],
      [
        'U mag iemand meenemen die u helpt, bijvoorbeeld een familielid of uw schuldhulpverlener. Wilt u een tolk? Laat het ons dan weten.',
        'Kunt u niet komen? Bel ons dan uiterlijk 1 december 2026 op 14 0123. Dan zoeken wij een andere datum.',
      ],
    ],
  },
  ontvangstMelding: {
    titel: 'Ontvangstbevestiging melding', bestandsnaam: 'ontvangstbevestiging-melding.pdf', day: 0,
    pages: (z) => [[
      `Bedankt voor uw melding van ${z.startText} over: ${z.omschrijving}.`,
      'Wij proberen het probleem binnen vijf werkdagen op te lossen.',
    ]],
  },
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dutchDate = (date) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

function letterPdf(spec, zaak, resident) {
  const sentOn = addDays(zaak.startdatum, spec.day);
  const name = [resident.voorletters, resident.voorvoegsel, resident.geslachtsnaam].filter(Boolean).join(' ');
  const aanhef = resident.geslacht === 'm' ? 'heer' : 'mevrouw';
  const achternaam = [resident.voorvoegsel && resident.voorvoegsel[0].toUpperCase() + resident.voorvoegsel.slice(1), resident.geslachtsnaam].filter(Boolean).join(' ');
  const pages = spec.pages({ startText: dutchDate(zaak.startdatum), omschrijving: zaak.omschrijving.toLowerCase() });
  // The heading is not wrapped: a long titel needs a short heading.
  const heading = spec.heading ?? spec.titel;
  const header = [
    [MUNICIPALITY, 'Postbus 100, 1234 AB Voorbeeld'],
    [`${aanhef === 'heer' ? 'De heer' : 'Mevrouw'} ${name}`, ...resident.adres],
    [`Datum: ${dutchDate(sentOn)}`, `Zaaknummer: ${zaak.identificatie}`, `Onderwerp: ${heading}`],
    `Beste ${aanhef} ${achternaam},`,
  ];
  const closing = ['Met vriendelijke groet,', ['Team Publiekszaken', MUNICIPALITY]];
  return makePdf({
    title: spec.titel,
    author: MUNICIPALITY,
    pages: pages.map((paragraphs, i) => ({
      heading: i === 0 ? heading : `${heading} (vervolg)`,
      paragraphs: [...(i === 0 ? header : []), ...paragraphs, ...(i === pages.length - 1 ? closing : [])],
      footer: `${MUNICIPALITY} - ${zaak.identificatie}`,
    })),
  });
}

// --- Rendering -------------------------------------------------------------------------------------------

// roots: {zaken, catalogi, documenten}, each an absolute URL without trailing slash.
export function buildData(roots) {
  const catalogus = `${roots.catalogi}/catalogussen/${stableUuid('catalogus')}`;
  const data = {
    zaaktypen: new Map(), statustypen: new Map(), resultaattypen: new Map(),
    zaken: new Map(), statussen: new Map(), resultaten: new Map(), rollen: new Map(), zios: new Map(),
    documents: new Map(), contents: new Map(), keys: {},
  };
  const types = {};
  for (const spec of ZAAKTYPEN) types[spec.key] = renderZaaktype(spec, roots, catalogus, data);
  const numbering = caseNumbers();
  ALL_ZAKEN.forEach((row, index) => renderZaak(row, index, numbering[index], roots, types, data));
  return data;
}

function renderZaaktype(spec, roots, catalogus, data) {
  const uuid = stableUuid(`zaaktype/${spec.key}`);
  const url = `${roots.catalogi}/zaaktypen/${uuid}`;
  const statustypen = spec.statustypen.map((st, i) => {
    const stUuid = stableUuid(`statustype/${spec.key}/${i + 1}`);
    const body = {
      url: `${roots.catalogi}/statustypen/${stUuid}`,
      omschrijving: st.omschrijving,
      omschrijvingGeneriek: '',
      ...(st.statustekst ? { statustekst: st.statustekst } : {}),
      zaaktype: url,
      zaaktypeIdentificatie: spec.identificatie,
      volgnummer: i + 1,
      isEindstatus: i === spec.statustypen.length - 1,
      informeren: Boolean(st.informeren),
      doorlooptijd: null,
      toelichting: null,
      checklistitemStatustype: [],
      catalogus,
      eigenschappen: [],
      zaakobjecttype: `${roots.catalogi}/zaakobjecttypen/${stableUuid(`zaakobjecttype/${spec.key}`)}`,
      beginGeldigheid: '2024-01-01',
      eindeGeldigheid: null,
      beginObject: '2024-01-01',
      eindeObject: null,
    };
    data.statustypen.set(stUuid, body);
    return body;
  });
  const resultaattypen = {};
  for (const rt of spec.resultaattypen) {
    const rtUuid = stableUuid(`resultaattype/${spec.key}/${rt.key}`);
    const body = {
      url: `${roots.catalogi}/resultaattypen/${rtUuid}`,
      zaaktype: url,
      zaaktypeIdentificatie: spec.identificatie,
      omschrijving: rt.omschrijving,
      resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/${stableUuid(`selectielijst/omschrijving/${rt.generiek}`)}`,
      omschrijvingGeneriek: rt.generiek,
      selectielijstklasse: `${SELECTIELIJST}/resultaten/${stableUuid(`selectielijst/klasse/${spec.key}/${rt.key}`)}`,
      toelichting: rt.toelichting,
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P10Y',
      brondatumArchiefprocedure: null,
      procesobjectaard: null,
      catalogus,
      beginGeldigheid: '2024-01-01',
      eindeGeldigheid: null,
      beginObject: '2024-01-01',
      eindeObject: null,
      indicatieSpecifiek: null,
      procestermijn: null,
      besluittypen: [],
      besluittypeOmschrijving: [],
      informatieobjecttypen: [],
      informatieobjecttypeOmschrijving: [],
      zaakobjecttypen: [],
    };
    data.resultaattypen.set(rtUuid, body);
    resultaattypen[rt.key] = body;
  }
  const roltypen = Object.fromEntries(['initiator', 'behandelaar', ...(spec.extraRoltypen ?? [])]
    .map((r) => [r, `${roots.catalogi}/roltypen/${stableUuid(`roltype/${spec.key}/${r}`)}`]));
  const zaaktype = {
    url,
    identificatie: spec.identificatie,
    omschrijving: spec.omschrijving,
    omschrijvingGeneriek: '',
    vertrouwelijkheidaanduiding: 'openbaar',
    doel: spec.doel,
    aanleiding: spec.aanleiding,
    toelichting: '',
    indicatieInternOfExtern: spec.intern ? 'intern' : 'extern',
    handelingInitiator: spec.initiator,
    onderwerp: spec.onderwerp,
    handelingBehandelaar: spec.behandelaar,
    doorlooptijd: `P${spec.doorlooptijd}D`,
    servicenorm: `P${spec.servicenorm}D`,
    opschortingEnAanhoudingMogelijk: false,
    verlengingMogelijk: Boolean(spec.verlenging),
    verlengingstermijn: spec.verlenging ? `P${spec.verlenging}D` : null,
    trefwoorden: [],
    publicatieIndicatie: false,
    publicatietekst: '',
    verantwoordingsrelatie: [],
    productenOfDiensten: [],
    referentieproces: { naam: spec.omschrijving.toLowerCase() },
    verantwoordelijke: MUNICIPALITY,
    zaakobjecttypen: [],
    catalogus,
    statustypen: statustypen.map((st) => st.url),
    resultaattypen: Object.values(resultaattypen).map((rt) => rt.url),
    eigenschappen: [],
    // An array, as Open Zaak sends it; Catalogi 1.3.1 wrongly types it as a string (see specs.mjs).
    informatieobjecttypen: [`${roots.catalogi}/informatieobjecttypen/${stableUuid('informatieobjecttype/brief')}`],
    roltypen: Object.values(roltypen),
    besluittypen: [],
    gerelateerdeZaaktypen: [],
    beginGeldigheid: '2024-01-01',
    eindeGeldigheid: null,
    beginObject: '2024-01-01',
    eindeObject: null,
    versiedatum: '2024-01-01',
    concept: false,
  };
  data.zaaktypen.set(uuid, zaaktype);
  return { spec, zaaktype, statustypen, resultaattypen, roltypen };
}

// Identificaties count up with the startdatum within each year, like a municipality's numbering
// (with gaps: other residents' zaken come in between). A row of ZAKEN_ADDED takes the first free number
// after the zaak that started just before it, so adding one renumbers nothing.
function caseNumbers() {
  const byDate = (rows) => rows.sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  const numbers = []; // [i] = {year, n}
  const perYear = {};
  for (const { i, date } of byDate(ZAKEN.map((row, i) => ({ i, date: row[2] })))) {
    const year = date.slice(0, 4);
    perYear[year] = (perYear[year] ?? 0) + 1;
    numbers[i] = { year, n: perYear[year] * 7 + (i % 5) };
  }
  for (const { i, date } of byDate(ZAKEN_ADDED.map((row, j) => ({ i: ZAKEN.length + j, date: row[2] })))) {
    const year = date.slice(0, 4);
    const before = numbers.filter((x, k) => x.year === year && ALL_ZAKEN[k][2] <= date).map((x) => x.n);
    let n = Math.max(0, ...before) + 1;
    while (numbers.some((x) => x?.year === year && x.n === n)) n += 1;
    numbers[i] = { year, n };
  }
  // A gap that was too small would put a number out of date order.
  for (const [i, a] of numbers.entries()) {
    for (const [k, b] of numbers.entries()) {
      if (a.year === b.year && ALL_ZAKEN[i][2] < ALL_ZAKEN[k][2] && a.n >= b.n) throw new Error(`data.mjs: zaak ${k} is numbered before zaak ${i} but started later`);
    }
  }
  return numbers.map(({ year, n }) => `ZAAK-${year}-${String(n).padStart(4, '0')}`);
}

function renderZaak([who, typeKey, startdatum, reachedSpec, resultKey, omschrijving, extra], index, identificatie, roots, types, data) {
  const type = types[typeKey];
  const resident = RESIDENTS[who];
  const uuid = stableUuid(`zaak/${who}/${index}`);
  const url = `${roots.zaken}/zaken/${uuid}`;
  const reached = reachedSpec === 'all' ? type.statustypen.length : reachedSpec;
  const statusDate = (i) => addDays(startdatum, i * type.spec.stepDays);

  const statussen = [];
  for (let i = 0; i < reached; i += 1) {
    const sUuid = stableUuid(`status/${uuid}/${i + 1}`);
    const status = {
      url: `${roots.zaken}/statussen/${sUuid}`,
      uuid: sUuid,
      zaak: url,
      statustype: type.statustypen[i].url,
      datumStatusGezet: dateTime(statusDate(i), index + i),
      statustoelichting: '',
      indicatieLaatstGezetteStatus: i === reached - 1,
      zaakinformatieobjecten: [],
    };
    data.statussen.set(sUuid, status);
    statussen.push(status);
  }
  const closed = Boolean(resultKey);
  const einddatum = closed ? statusDate(reached - 1) : null;

  let resultaat = null;
  if (closed) {
    const rUuid = stableUuid(`resultaat/${uuid}`);
    resultaat = {
      url: `${roots.zaken}/resultaten/${rUuid}`,
      uuid: rUuid,
      zaak: url,
      resultaattype: type.resultaattypen[resultKey].url,
      toelichting: '',
    };
    data.resultaten.set(rUuid, resultaat);
  }

  const rollen = [persoonRol(uuid, url, resident, type, INITIATOR, dateTime(startdatum, 0), roots, data)];
  if (extra.behandelaar) rollen.push(behandelaarRol(uuid, url, type, startdatum, roots, data));
  if (extra.belanghebbende) {
    // Registered when the neighbour reacted, a week after the start.
    rollen.push(persoonRol(uuid, url, RESIDENTS[extra.belanghebbende], type, BELANGHEBBENDE, dateTime(addDays(startdatum, 7), 4), roots, data));
  }

  const zaak = { uuid, identificatie, omschrijving, startdatum };
  const zios = (extra.documents ?? []).map((docKey) => renderDocument(docKey, zaak, url, resident, roots, data));

  const gepland = addDays(startdatum, type.spec.doorlooptijd);
  const body = {
    url,
    uuid,
    identificatie,
    bronorganisatie: RSIN,
    omschrijving,
    toelichting: '',
    zaaktype: type.zaaktype.url,
    registratiedatum: startdatum,
    verantwoordelijkeOrganisatie: RSIN,
    startdatum,
    einddatum,
    einddatumGepland: gepland,
    uiterlijkeEinddatumAfdoening: addDays(gepland, type.spec.verlenging ?? 0),
    publicatiedatum: null,
    productenOfDiensten: [],
    vertrouwelijkheidaanduiding: extra.vertrouwelijkheidaanduiding ?? 'openbaar',
    betalingsindicatie: '',
    betalingsindicatieWeergave: '',
    laatsteBetaaldatum: null,
    zaakgeometrie: null,
    verlenging: null,
    opschorting: { indicatie: false, reden: '' },
    hoofdzaak: null,
    deelzaken: [],
    relevanteAndereZaken: [],
    eigenschappen: [],
    rollen: rollen.map((r) => r.url),
    status: statussen.length ? statussen[statussen.length - 1].url : null,
    zaakinformatieobjecten: zios.map((z) => z.url),
    zaakobjecten: [],
    kenmerken: [],
    archiefnominatie: closed ? 'vernietigen' : null,
    archiefstatus: 'nog_te_archiveren',
    archiefactiedatum: closed ? addDays(einddatum, 3652) : null,
    resultaat: resultaat?.url ?? null,
    opdrachtgevendeOrganisatie: '',
    processobjectaard: null,
    startdatumBewaartermijn: null,
    processobject: null,
  };
  data.zaken.set(uuid, { body, resident: who, zaaktypeUuid: type.zaaktype.url.split('/').pop(), extra });
  if (extra.key) data.keys[extra.key] = uuid;
}

// The kinds of natuurlijk_persoon rol in the data: the resident who asked, and a neighbour with a stake.
const INITIATOR = { generiek: 'initiator', omschrijving: 'Initiator', toelichting: 'Aanvrager' };
const BELANGHEBBENDE = { generiek: 'belanghebbende', omschrijving: 'Belanghebbende', toelichting: 'Buurvrouw; heeft een zienswijze ingediend' };

function persoonRol(zaakUuid, zaakUrl, resident, type, kind, registratiedatum, roots, data) {
  const uuid = stableUuid(`rol/${zaakUuid}/${kind.generiek}`);
  if (!type.roltypen[kind.generiek]) throw new Error(`data.mjs: zaaktype ${type.spec.key} has no roltype ${kind.generiek} (add it to extraRoltypen)`);
  const rol = {
    url: `${roots.zaken}/rollen/${uuid}`,
    uuid,
    zaak: zaakUrl,
    betrokkeneType: 'natuurlijk_persoon',
    afwijkendeNaamBetrokkene: '',
    roltype: type.roltypen[kind.generiek],
    omschrijving: kind.omschrijving,
    omschrijvingGeneriek: kind.generiek,
    roltoelichting: kind.toelichting,
    registratiedatum,
    indicatieMachtiging: '',
    contactpersoonRol: null,
    statussen: [],
    betrokkeneIdentificatie: {
      inpBsn: resident.bsn,
      anpIdentificatie: '',
      geslachtsnaam: resident.geslachtsnaam,
      voorvoegselGeslachtsnaam: resident.voorvoegsel,
      voorletters: resident.voorletters,
      voornamen: resident.voornamen,
      geslachtsaanduiding: resident.geslacht,
      geboortedatum: '',
      verblijfsadres: null,
      subVerblijfBuitenland: null,
    },
  };
  data.rollen.set(uuid, rol);
  return rol;
}

function behandelaarRol(zaakUuid, zaakUrl, type, startdatum, roots, data) {
  const uuid = stableUuid(`rol/${zaakUuid}/behandelaar`);
  const rol = {
    url: `${roots.zaken}/rollen/${uuid}`,
    uuid,
    zaak: zaakUrl,
    betrokkeneType: 'medewerker',
    afwijkendeNaamBetrokkene: '',
    roltype: type.roltypen.behandelaar,
    omschrijving: 'Behandelaar',
    omschrijvingGeneriek: 'behandelaar',
    roltoelichting: 'Behandelend medewerker',
    registratiedatum: dateTime(startdatum, 1),
    indicatieMachtiging: '',
    contactpersoonRol: null,
    statussen: [],
    betrokkeneIdentificatie: { identificatie: 'mjansen', achternaam: 'Jansen', voorletters: 'M.', voorvoegselAchternaam: '' },
  };
  data.rollen.set(uuid, rol);
  return rol;
}

// The document, its content and the zaakinformatieobject that links it to the zaak.
function renderDocument(docKey, zaak, zaakUrl, resident, roots, data) {
  const spec = DOCUMENTS[docKey];
  const uuid = stableUuid(`document/${zaak.uuid}/${docKey}`);
  const url = `${roots.documenten}/enkelvoudiginformatieobjecten/${uuid}`;
  const content = spec.empty ? Buffer.alloc(0) : letterPdf(spec, zaak, resident);
  const created = addDays(zaak.startdatum, spec.day);
  const document = {
    url,
    identificatie: `DOC-${created.slice(0, 4)}-${uuid.slice(0, 6).toUpperCase()}`,
    bronorganisatie: RSIN,
    creatiedatum: created,
    titel: spec.titel,
    vertrouwelijkheidaanduiding: spec.vertrouwelijkheidaanduiding ?? 'openbaar',
    auteur: 'Team Publiekszaken',
    status: spec.status ?? 'definitief',
    formaat: 'application/pdf',
    taal: 'dut',
    versie: 1,
    beginRegistratie: dateTime(created, 2),
    bestandsnaam: spec.bestandsnaam,
    inhoud: `${url}/download?versie=1`,
    bestandsomvang: content.length,
    beschrijving: '',
    ontvangstdatum: null,
    verzenddatum: spec.status === 'concept' ? null : created,
    indicatieGebruiksrecht: false,
    verschijningsvorm: 'brief',
    ondertekening: null,
    integriteit: null,
    informatieobjecttype: `${roots.catalogi}/informatieobjecttypen/${stableUuid('informatieobjecttype/brief')}`,
    locked: false,
    bestandsdelen: [],
    trefwoorden: [],
    inhoudIsVervallen: Boolean(spec.vervallen),
  };
  data.documents.set(uuid, document);
  data.contents.set(uuid, content);
  data.keys[`document:${docKey}`] = uuid;

  const zioUuid = stableUuid(`zio/${uuid}`);
  const zio = {
    url: `${roots.zaken}/zaakinformatieobjecten/${zioUuid}`,
    uuid: zioUuid,
    informatieobject: url,
    zaak: zaakUrl,
    aardRelatieWeergave: 'Hoort bij, omgekeerd: kent',
    titel: spec.titel,
    beschrijving: '',
    registratiedatum: dateTime(created, 3),
    vernietigingsdatum: null,
    status: null,
  };
  data.zios.set(zioUuid, zio);
  return zio;
}

// --- Queries shared by the server and the ids file ------------------------------------------------------

export const confidentialityRank = (level) => CONFIDENTIALITY.indexOf(level);

// The natuurlijk_persoon rollen of a BSN, of any kind (initiator, belanghebbende, ...).
export function rollenOfBsn(data, bsn) {
  return [...data.rollen.values()].filter((rol) => rol.betrokkeneType === 'natuurlijk_persoon' && rol.betrokkeneIdentificatie.inpBsn === bsn);
}

// Zaken where the BSN has a natuurlijk_persoon rol of any kind, as Open Zaak's filter
// rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn finds them; not stricter than maxLevel
// (undefined: all).
export function zakenOfBsn(data, bsn, maxLevel) {
  const max = maxLevel ? confidentialityRank(maxLevel) : CONFIDENTIALITY.length;
  const withRol = new Set(rollenOfBsn(data, bsn).map((rol) => rol.zaak));
  return [...data.zaken.values()].filter(
    (z) => withRol.has(z.body.url) && confidentialityRank(z.body.vertrouwelijkheidaanduiding) <= max,
  );
}

// What a portal following Open Inwoner's rules shows: listed with max openbaar, has a status, and an
// extern zaaktype.
export function portalVisible(data, bsn) {
  return zakenOfBsn(data, bsn, 'openbaar').filter(
    (z) => z.body.status && data.zaaktypen.get(z.zaaktypeUuid).indicatieInternOfExtern === 'extern',
  );
}

// Of these zaken, those where the BSN is the initiator (the resident's own aanvragen).
const asInitiator = (data, zaken, bsn) => {
  const own = new Set(rollenOfBsn(data, bsn).filter((rol) => rol.omschrijvingGeneriek === 'initiator').map((rol) => rol.zaak));
  return zaken.filter((z) => own.has(z.body.url));
};

// The identificaties of the resident's n newest listed zaken (max openbaar), by startdatum. Two zaken
// starting on the same day would make the answer depend on the tie-break, so that is refused.
function newestListed(data, bsn, n) {
  const listed = zakenOfBsn(data, bsn, 'openbaar');
  if (new Set(listed.map((z) => z.body.startdatum)).size !== listed.length) throw new Error(`data.mjs: two zaken of ${bsn} start on the same day`);
  return listed.sort((a, b) => b.body.startdatum.localeCompare(a.body.startdatum)).slice(0, n).map((z) => z.body.identificatie);
}

// The long texts of the bezwaar zaken, read from the served bodies, so a test can compare what it shows.
function longTexts(data, k) {
  const open = data.zaken.get(k.longTextCase).body;
  const closed = data.zaken.get(k.longTextClosedCase).body;
  const uuidOf = (url) => url.split('/').pop();
  const documentUuid = k['document:uitnodigingHoorzitting'];
  return {
    caseUuid: k.longTextCase,
    closedCaseUuid: k.longTextClosedCase,
    documentCaseUuid: k.longTextCase,
    documentUuid,
    statustekst: data.statustypen.get(uuidOf(data.statussen.get(uuidOf(open.status)).statustype)).statustekst,
    zaaktypeOmschrijving: data.zaaktypen.get(uuidOf(open.zaaktype)).omschrijving,
    resultaattypeOmschrijving: data.resultaattypen.get(uuidOf(data.resultaten.get(uuidOf(closed.resultaat)).resultaattype)).omschrijving,
    documentTitel: data.documents.get(documentUuid).titel,
  };
}

const fullName = (r) => [r.voornamen, r.voorvoegsel, r.geslachtsnaam].filter(Boolean).join(' ');

// Documents in fixture-ids.json by role: those on the rich case, and otherCaseLetter, a letter on
// another zaak of A (the dakkapel), for link checks: asked for through the rich case it must be refused.
const DOCUMENT_ROLES = {
  letter2p: 'letter2p', letter1p: 'letter1p', concept: 'concept', expired: 'expired', confidential: 'confidential',
  empty204: 'empty204', otherCaseLetter: 'aanvulling',
};

// The ids tests refer to; fixture-ids.json holds the same, and the fixture refuses to start when they
// differ (run `node fixture.mjs --write-ids` after changing the tables above).
export function fixtureIds(data) {
  const k = data.keys;
  const rich = data.zaken.get(k.richCase);
  return {
    residentA: { bsn: RESIDENTS.A.bsn, name: fullName(RESIDENTS.A) },
    residentB: { bsn: RESIDENTS.B.bsn, name: fullName(RESIDENTS.B) },
    richCase: { uuid: k.richCase, identificatie: rich.body.identificatie, zaaktype: data.zaaktypen.get(rich.zaaktypeUuid).omschrijving },
    documents: Object.fromEntries(Object.entries(DOCUMENT_ROLES).map(([role, docKey]) => {
      const uuid = k[`document:${docKey}`];
      return [role, { uuid, titel: data.documents.get(uuid).titel, bytes: data.contents.get(uuid).length }];
    })),
    caseOfB: k.caseOfB,
    caseWithoutStatus: k.caseWithoutStatus,
    caseInternZaaktype: k.caseInternZaaktype,
    caseConfidential: k.caseConfidential,
    sharedCase: { uuid: k.sharedCase, identificatie: data.zaken.get(k.sharedCase).body.identificatie, document: k['document:zienswijze'] },
    longTexts: longTexts(data, k),
    newestOfA: newestListed(data, RESIDENTS.A.bsn, 5),
    counts: {
      zakenOfA: zakenOfBsn(data, RESIDENTS.A.bsn).length,
      listedForAWithMaxOpenbaar: zakenOfBsn(data, RESIDENTS.A.bsn, 'openbaar').length,
      visibleForAInPortal: portalVisible(data, RESIDENTS.A.bsn).length,
      zakenOfB: zakenOfBsn(data, RESIDENTS.B.bsn).length,
      visibleForBInPortal: portalVisible(data, RESIDENTS.B.bsn).length,
      visibleForBAsInitiator: asInitiator(data, portalVisible(data, RESIDENTS.B.bsn), RESIDENTS.B.bsn).length,
    },
  };
}
