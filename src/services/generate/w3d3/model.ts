/**
 * The cases of a generated diarium, made one at a time from a seeded Random so that 100,000
 * documents never sit in memory together: case numbers per year (KS 2019/00123), a process class
 * of the classification scheme, a counterpart (person, company or association), the officer, and
 * the handlingar with their documents and attachments (bilagor).
 */
import { fakeOrganisationNumber, fakePersonnummer } from './identity.ts';
import type { Random } from './random.ts';
import {
  ASSOCIATIONS,
  CLASSIFICATION,
  COMPANY_PLACES,
  COMPANY_WORDS,
  FIRST_NAMES,
  OFFICERS,
  SERVICES,
  STREETS,
  SURNAMES,
  TOWNS,
  type ProcessClass,
  type RecordKind,
  type TemplateKind,
} from './vocabulary.ts';

export interface Party {
  readonly kind: 'person' | 'company' | 'association';
  readonly name: string;
  readonly idNumber: string;
  readonly idNumberType: string;
  readonly street: string;
  readonly postalCode: string;
  readonly town: string;
  readonly email: string;
}

export interface Officer {
  readonly name: string;
  readonly role: string;
}

export interface GeneratedDocument {
  /** Path relative to the documents folder, as the ERMS appendix/@path names it. */
  readonly path: string;
  readonly name: string;
  readonly template: TemplateKind;
}

export interface GeneratedRecord {
  readonly objectId: string;
  readonly systemIdentifier: string;
  readonly runningNumber: number;
  readonly kind: RecordKind;
  readonly date: Date;
  readonly documents: readonly GeneratedDocument[];
}

export interface GeneratedCase {
  readonly objectId: string;
  readonly folder: string;
  readonly systemIdentifier: string;
  readonly title: string;
  readonly process: ProcessClass;
  readonly opened: Date;
  readonly closed: Date;
  readonly officer: Officer;
  readonly party: Party;
  readonly records: readonly GeneratedRecord[];
}

export interface DiariumOptions {
  /** Registrator code, the prefix of every case number, e.g. "KS". */
  readonly registrator: string;
  readonly firstYear: number;
  readonly lastYear: number;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A UUID-shaped identifier from the Random (deterministic, unlike crypto.randomUUID). */
export function fakeUuid(r: Random): string {
  const hex = Array.from({ length: 32 }, () => r.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '.');
}

function party(r: Random, kind: Party['kind']): Party {
  const [town, postalCode] = r.pick(TOWNS);
  const street = `${r.pick(STREETS)} ${r.int(1, 120)}`;
  if (kind === 'person') {
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;
    return {
      kind,
      name,
      idNumber: fakePersonnummer(r),
      idNumberType: 'fiktivt personnummer',
      street,
      postalCode,
      town,
      email: `${ascii(name)}@example.se`,
    };
  }
  const name =
    kind === 'company' ? `${r.pick(COMPANY_PLACES)} ${r.pick(COMPANY_WORDS)} AB` : r.pick(ASSOCIATIONS);
  return {
    kind,
    name,
    idNumber: fakeOrganisationNumber(r),
    idNumberType: 'fiktivt organisationsnummer',
    street,
    postalCode,
    town,
    email: `info@${ascii(name).replace(/\.ab$/, '')}.example.se`,
  };
}

function fillTitle(template: string, r: Random, p: Party, year: number): string {
  return template
    .replace('{adress}', `${p.street}, ${p.town}`)
    .replace('{namn}', p.name)
    .replace('{org}', p.name)
    .replace('{förening}', p.name)
    .replace('{tjänst}', r.pick(SERVICES))
    .replace('{år}', String(year));
}

const DAY = 86_400_000;

/** Generates `count` cases, spread evenly over the years; `onCase` receives each as it is made. */
export function* generateCases(r: Random, count: number, opts: DiariumOptions): Generator<GeneratedCase> {
  const years = opts.lastYear - opts.firstYear + 1;
  const perYear = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const year = opts.firstYear + Math.floor((i * years) / Math.max(count, 1));
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const objectId = `${opts.registrator} ${year}/${pad(number, 5)}`;
    const folder = `${opts.registrator.toLowerCase()}-${year}-${pad(number, 5)}`;
    const process = r.pick(CLASSIFICATION);
    const p = party(r, process.party);
    const opened = new Date(Date.UTC(year, 0, 1) + r.int(0, 330) * DAY + r.int(8 * 60, 16 * 60) * 60_000);
    const officer = { name: `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`, role: r.pick(OFFICERS) };
    const records: GeneratedRecord[] = [];
    let date = opened;
    process.records.forEach((kind, k) => {
      const last = k === process.records.length - 1;
      if (k > 0 && !last && !r.chance(0.6)) return;
      const running = records.length + 1;
      const base = `${folder}/${folder}-${pad(running, 3)}`;
      const documents: GeneratedDocument[] = [
        { path: `${base}.pdf`, name: kind.title, template: kind.template },
      ];
      (kind.attachments ?? []).forEach((a, n) => {
        if (r.chance(0.7)) {
          documents.push({ path: `${base}-bilaga-${n + 1}.pdf`, name: `Bilaga: ${a}`, template: 'bilaga' });
        }
      });
      records.push({
        objectId: `${objectId}-${running}`,
        systemIdentifier: fakeUuid(r),
        runningNumber: running,
        kind,
        date,
        documents,
      });
      date = new Date(date.getTime() + r.int(1, 40) * DAY);
    });
    yield {
      objectId,
      folder,
      systemIdentifier: fakeUuid(r),
      title: fillTitle(r.pick(process.titles), r, p, year),
      process,
      opened,
      closed: date,
      officer,
      party: p,
      records,
    };
  }
}
