/**
 * `samarkiv generate procapita`: a Procapita-like social-care database with believable Swedish
 * data — clients with fictitious personnummer (valid Luhn digit, birth numbers 980–999), cases,
 * applications, investigations, decisions, appeals, care plans, journal notes, visits, fees,
 * invoices, consents, an access log and a few scanned decisions as PDF BLOBs — about `rows` rows
 * in all, the same for the same seed. Rows are generated client by client and inserted in
 * batches through the SIARD import target, so any size streams in bounded memory.
 */
import type { ImportValue } from '../../../core/siard-export/values.ts';
import type { TableModel } from '../../../core/siard-export/database-model.ts';
import type { SiardTargetDatabase } from '../../../ports/siard-database.ts';
import { luhnDigit } from '../w3d3/identity.ts';
import { seededRandom, type Random } from '../w3d3/random.ts';
import { AKTIVA_BESLUT_VIEW, PROCAPITA_SCHEMA, PROCAPITA_TABLES } from './schema.ts';

export interface GenerateProcapitaRequest {
  readonly rows: number;
  readonly seed: number;
}

export interface GenerateProcapitaResult {
  readonly tables: number;
  readonly rows: number;
  readonly clients: number;
}

const BATCH = 1000;
/** Rows one client brings with it, on average (used to size the client count). */
const ROWS_PER_CLIENT = 36;

const FIRST = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Kerstin',
  'Ingrid',
  'Birgitta',
  'Åsa',
  'Märta',
  'Signe',
  'Lars',
  'Erik',
  'Karl',
  'Per',
  'Nils',
  'Göran',
  'Björn',
  'Åke',
  'Sven',
  'Olle',
];
const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Öberg',
  'Ström',
  'Lindqvist',
  'Ekström',
  'Nyström',
  'Åberg',
  'Sjögren',
];
const STREETS = [
  'Storgatan',
  'Kyrkogatan',
  'Bäckvägen',
  'Ängsvägen',
  'Skolgatan',
  'Östra Vallgatan',
  'Björkvägen',
  'Höjdvägen',
];
const KOMMUNER: readonly [string, string][] = [
  ['Lund', '1281'],
  ['Eslöv', '1285'],
  ['Höör', '1267'],
  ['Kävlinge', '1261'],
];
const INSATSER: readonly [string, string, string][] = [
  ['HT', 'Hemtjänst', 'SoL 4 kap. 1 §'],
  ['SÄBO', 'Särskilt boende', 'SoL 4 kap. 1 §'],
  ['TL', 'Trygghetslarm', 'SoL 4 kap. 1 §'],
  ['MD', 'Matdistribution', 'SoL 4 kap. 1 §'],
  ['DV', 'Dagverksamhet', 'SoL 4 kap. 1 §'],
  ['KBT', 'Korttidsboende', 'SoL 4 kap. 1 §'],
  ['LED', 'Ledsagarservice', 'LSS 9 § 3'],
  ['AVL', 'Avlösarservice i hemmet', 'LSS 9 § 5'],
  ['KP', 'Kontaktperson', 'LSS 9 § 4'],
  ['BOS', 'Bostad med särskild service', 'LSS 9 § 9'],
  ['DAG', 'Daglig verksamhet', 'LSS 9 § 10'],
  ['EB', 'Ekonomiskt bistånd', 'SoL 4 kap. 1 §'],
];
const NOTES = [
  'Hembesök genomfört. {namn} uppger att hen mår {mående} och att hjälpen fungerar väl.',
  'Telefonsamtal med dotter som framför oro för {namn}s nattsömn. Uppföljning planeras om {veckor} veckor.',
  'Vårdplanering på sjukhuset inför hemgång. Beslut om utökad hemtjänst ska utredas.',
  '{namn} har fallit i badrummet men inte skadat sig. Trygghetslarmet fungerade. Arbetsterapeut kontaktad.',
  'Genomförandeplanen följd upp tillsammans med {namn}. Målen kvarstår oförändrade.',
  'Kontakt med god man angående avgiftsbeslut. Underlag för inkomstförfrågan skickat.',
];
const MÅENDE = ['bra', 'sämre än förra veckan', 'oförändrat', 'bättre', 'trött men nöjd'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const stamp = (d: Date): string => d.toISOString().slice(0, 19).replace('T', ' ');
const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);
const day = (r: Random, from: number, to: number): Date =>
  new Date(Date.UTC(r.int(from, to), r.int(0, 11), r.int(1, 28)));

/** YYYYMMDD-NNNC for a birth date, birth number 980–999 (fictitious by this generator's convention). */
export function fictitiousPersonnummer(birth: Date, r: Random): string {
  const y = birth.getUTCFullYear();
  const md = `${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate())}`;
  const serial = String(r.int(980, 999));
  return `${y}${md}-${serial}${luhnDigit(`${pad(y % 100)}${md}${serial}`)}`;
}

/** A small, well-formed PDF 1.4 with one page of text: a scanned decision stand-in. */
export function decisionPdf(title: string, body: string): Buffer {
  const text = `${title} - ${body}`.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 11 Tf 56 780 Td (${text.slice(0, 90)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${pad(o, 10)} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

class Batches {
  private readonly buffers = new Map<string, ImportValue[][]>();
  private readonly ids = new Map<string, number>();
  rows = 0;
  constructor(
    private readonly target: SiardTargetDatabase,
    private readonly tables: ReadonlyMap<string, TableModel>,
  ) {}
  /** Adds a row (without its id) and returns the id it got. */
  async add(table: string, values: ImportValue[]): Promise<number> {
    const id = (this.ids.get(table) ?? 0) + 1;
    this.ids.set(table, id);
    const buffer = this.buffers.get(table) ?? [];
    buffer.push([String(id), ...values]);
    this.buffers.set(table, buffer);
    this.rows++;
    if (buffer.length >= BATCH) await this.flush(table);
    return id;
  }
  async flush(table: string): Promise<void> {
    const rows = this.buffers.get(table);
    if (!rows || rows.length === 0) return;
    this.buffers.set(table, []);
    await this.target.insertRows(PROCAPITA_SCHEMA.name, this.tables.get(table) as TableModel, rows);
  }
  async flushAll(): Promise<void> {
    for (const table of this.buffers.keys()) await this.flush(table);
  }
}

export async function generateProcapita(
  req: GenerateProcapitaRequest,
  target: SiardTargetDatabase,
): Promise<GenerateProcapitaResult> {
  const r = seededRandom(req.seed);
  const clients = Math.max(5, Math.round(req.rows / ROWS_PER_CLIENT));
  await target.assertEmpty([PROCAPITA_SCHEMA]);
  await target.createTables(PROCAPITA_SCHEMA);
  const out = new Batches(target, new Map(PROCAPITA_TABLES.map((t) => [t.name, t])));
  const name = (): string => `${r.pick(FIRST)} ${r.pick(LAST)}`;

  const kommuner: number[] = [];
  for (const [namn, kod] of KOMMUNER) kommuner.push(await out.add('kommun', [namn, kod]));
  const enheter: number[] = [];
  for (const [i, typ] of ['Hemtjänstområde', 'Särskilt boende', 'Myndighetsenhet'].entries())
    for (const [k, kommun] of kommuner.entries())
      enheter.push(await out.add('enhet', [String(kommun), `${typ} ${KOMMUNER[k]?.[0]} ${i + 1}`, typ]));
  const personal: number[] = [];
  for (let i = 0; i < Math.max(20, Math.round(clients / 40)); i++) {
    const [f, e] = [r.pick(FIRST), r.pick(LAST)];
    personal.push(
      await out.add('personal', [
        String(r.pick(enheter)),
        f,
        e,
        r.pick(['Biståndshandläggare', 'Undersköterska', 'Enhetschef', 'Socialsekreterare']),
        `${f}.${e}${i}@example.se`.toLowerCase(),
      ]),
    );
  }
  const insatser: number[] = [];
  for (const [kod, benamning, lagrum] of INSATSER)
    insatser.push(await out.add('insatstyp', [kod, benamning, lagrum]));

  for (let c = 0; c < clients; c++) await client(r, out, { kommuner, enheter, personal, insatser }, name);
  await out.flushAll();
  await target.addForeignKeys(PROCAPITA_SCHEMA);
  await target.createView?.(PROCAPITA_SCHEMA.name, AKTIVA_BESLUT_VIEW.name, AKTIVA_BESLUT_VIEW.query);
  await target.commit();
  return { tables: PROCAPITA_TABLES.length, rows: out.rows, clients };
}

interface Refs {
  readonly kommuner: readonly number[];
  readonly enheter: readonly number[];
  readonly personal: readonly number[];
  readonly insatser: readonly number[];
}

async function client(r: Random, out: Batches, refs: Refs, name: () => string): Promise<void> {
  const birth = day(r, 1925, 2005);
  const [fornamn, efternamn] = [r.pick(FIRST), r.pick(LAST)];
  const registrerad = day(r, 2001, 2018);
  const klient = String(
    await out.add('klient', [
      fictitiousPersonnummer(birth, r),
      fornamn,
      efternamn,
      iso(birth),
      r.pick(['K', 'M']),
      r.chance(0.05) ? null : `${r.pick(STREETS)} ${r.int(1, 80)}`,
      r.chance(0.05) ? null : `${r.int(211, 247)} ${pad(r.int(0, 99))}`,
      r.chance(0.05) ? null : 'Lund',
      String(r.pick(refs.kommuner)),
      r.chance(0.01),
      stamp(registrerad),
    ]),
  );
  await out.add('anhorig', [
    klient,
    name(),
    r.pick(['Dotter', 'Son', 'Make', 'Maka', 'God man']),
    r.chance(0.2) ? null : `070-${r.int(1000000, 9999999)}`,
  ]);
  await out.add('samtycke', [
    klient,
    r.pick(['Informationsöverföring till regionen', 'Kontakt med anhörig']),
    iso(registrerad),
    r.chance(0.1) ? iso(addDays(registrerad, 400)) : null,
  ]);
  const arenden = r.chance(0.5) ? 2 : 1;
  for (let a = 0; a < arenden; a++) {
    const inkommet = addDays(registrerad, r.int(0, 2000));
    const handlaggare = String(r.pick(refs.personal));
    const arende = String(
      await out.add('arende', [
        klient,
        handlaggare,
        `SN ${inkommet.getUTCFullYear()}/${r.int(1, 9999)}`,
        iso(inkommet),
        r.chance(0.6) ? iso(addDays(inkommet, r.int(30, 900))) : null,
        r.pick(['Pågående', 'Avslutat', 'Vilande']),
      ]),
    );
    const insats = String(r.pick(refs.insatser));
    await out.add('ansokan', [
      arende,
      insats,
      iso(inkommet),
      `${fornamn} ansöker om ${r.pick(INSATSER)[1].toLowerCase()} efter ${r.pick(['sjukhusvistelse', 'fall i hemmet', 'försämrad hälsa', 'anhörigs begäran'])}.`,
    ]);
    await out.add('utredning', [
      arende,
      handlaggare,
      iso(addDays(inkommet, 2)),
      iso(addDays(inkommet, r.int(10, 60))),
      r.chance(0.1)
        ? null
        : `Utredningen visar behov av stöd i ${r.pick(['personlig omvårdnad', 'hushållsgöromål', 'social samvaro'])}.`,
    ]);
    const beslutsdatum = addDays(inkommet, r.int(14, 90));
    const beviljat = r.chance(0.85);
    const beslut = String(
      await out.add('beslut', [
        arende,
        insats,
        handlaggare,
        iso(beslutsdatum),
        beviljat ? 'Beviljat' : 'Avslag',
        beviljat ? iso(beslutsdatum) : null,
        beviljat ? iso(addDays(beslutsdatum, 365)) : null,
        beviljat
          ? 'Behovet kan inte tillgodoses på annat sätt. Insatsen bedöms ge skälig levnadsnivå.'
          : 'Behovet bedöms tillgodosett genom andra insatser.',
        r.chance(0.3) ? `${r.int(100, 9999)}.${pad(r.int(0, 99))}` : null,
      ]),
    );
    if (!beviljat && r.chance(0.3))
      await out.add('overklagande', [
        beslut,
        iso(addDays(beslutsdatum, 20)),
        'Förvaltningsrätten i Malmö',
        r.pick(['Avslag', 'Bifall', null]),
      ]);
    if (r.chance(0.02))
      await out.add('dokument', [
        arende,
        `Beslut ${beslut}, inskannat`,
        'application/pdf',
        decisionPdf(`Beslut ${beslut}`, `Beslut om ${beviljat ? 'bistand beviljat' : 'avslag'}`),
      ]);
    if (!beviljat) continue;
    const verk = String(
      await out.add('verkstallighet', [
        beslut,
        String(r.pick(refs.enheter)),
        iso(addDays(beslutsdatum, 7)),
        r.chance(0.5) ? iso(addDays(beslutsdatum, 365)) : null,
        `${r.int(2, 120)}.${pad(r.int(0, 3) * 25)}`,
      ]),
    );
    const plan = String(
      await out.add('genomforandeplan', [
        verk,
        iso(addDays(beslutsdatum, 21)),
        `${fornamn} ska kunna bo kvar hemma med stöd i vardagen.`,
        iso(addDays(beslutsdatum, 180)),
      ]),
    );
    for (let m = 1; m <= 3; m++)
      await out.add('planmal', [
        plan,
        m,
        r.pick([
          'Klara morgonrutiner med stöd',
          'Promenad två gånger i veckan',
          'Äta lagad mat varje dag',
          'Delta i dagverksamhet',
        ]),
      ]);
    for (let b = 0; b < 3; b++)
      await out.add('besok', [
        verk,
        String(r.pick(refs.personal)),
        stamp(addDays(beslutsdatum, 7 + b * 7)),
        r.chance(0.95),
        r.chance(0.1) ? null : r.int(15, 90),
      ]);
  }
  for (let j = 0; j < 6; j++) {
    const note = r
      .pick(NOTES)
      .replace('{namn}', fornamn)
      .replace('{mående}', r.pick(MÅENDE))
      .replace('{veckor}', String(r.int(1, 8)));
    await out.add('journalanteckning', [
      klient,
      String(r.pick(refs.personal)),
      stamp(addDays(registrerad, j * 30 + r.int(0, 20))),
      r.pick(['Hembesök', 'Telefonsamtal', 'Vårdplanering', 'Uppföljning']),
      note,
    ]);
  }
  const avgifter: number[] = [];
  for (let m = 0; m < 3; m++)
    avgifter.push(
      await out.add('avgift', [klient, iso(new Date(Date.UTC(2019, m, 1))), `${r.int(0, 2300)}.00`]),
    );
  for (let f = 0; f < 2; f++) {
    const datum = new Date(Date.UTC(2019, f + 1, 5));
    const faktura = String(
      await out.add('faktura', [
        klient,
        iso(datum),
        iso(addDays(datum, 30)),
        `${r.int(0, 4600)}.00`,
        r.chance(0.9),
      ]),
    );
    await out.add('fakturarad', [
      faktura,
      String(avgifter[f] ?? avgifter[0]),
      'Omsorgsavgift',
      `${r.int(0, 2300)}.00`,
    ]);
  }
  for (let l = 0; l < 2; l++)
    await out.add('logg', [
      String(r.pick(refs.personal)),
      klient,
      stamp(addDays(registrerad, r.int(0, 3000))),
      r.pick(['Läste journal', 'Ändrade beslut', 'Skrev ut beslut']),
    ]);
}
