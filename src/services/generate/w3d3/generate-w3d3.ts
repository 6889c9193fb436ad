/**
 * `samarkiv generate w3d3`: a believable, fake export of a Swedish municipal diarium in the manner
 * of W3D3 (CITS ERMS XML + a folder of PDF/A documents + a description file ready for
 * `sip create --erms`). Deterministic for a given seed. Fast for 100,000 documents: the cases are
 * made one at a time and streamed into the ERMS file, and every document is a copy of one of six
 * PDF/A templates with its text fields overwritten (src/adapters/pdf/pdfa-template.ts), written a
 * few at a time.
 *
 *   <out>/erms.xml                    the ERMS file (CITS ERMS 2.1 or 3.0)
 *   <out>/dokument/<case>/<doc>.pdf   documents and attachments, as appendix/@path names them
 *   <out>/leveransbeskrivning.yaml    description file (docs/description-file.md)
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveError } from '../../../core/errors.ts';
import type { ErmsVersion } from '../../../core/erms/erms-facts.ts';
import { ERMS_FOOTER, ermsCase, ermsHeader } from './erms-render.ts';
import { luhnDigit } from './identity.ts';
import { generateCases, type GeneratedCase, type GeneratedDocument, type GeneratedRecord } from './model.ts';
import { seededRandom } from './random.ts';
import { BODY_LINES, FIRST_NAMES, SURNAMES, type TemplateKind } from './vocabulary.ts';

/** Fills one document kind's fields (Diarienummer, Ärende, Handling, Datum, Part, Handläggare, free line). */
export type DocumentMaker = (kind: TemplateKind, fields: readonly string[]) => Buffer;

export interface GenerateW3d3Options {
  readonly out: string;
  readonly cases: number;
  readonly seed: number;
  readonly ermsVersion: ErmsVersion;
  /** Stop after the case that reaches this many documents (benchmarks ask for a document count). */
  readonly maxDocuments?: number;
  readonly registrator?: string;
  readonly firstYear?: number;
  readonly lastYear?: number;
}

export interface GeneratedExport {
  readonly ermsFile: string;
  readonly documentsFolder: string;
  readonly descriptionFile: string;
  readonly cases: number;
  readonly records: number;
  readonly documents: number;
  readonly bytes: number;
}

export const DOCUMENT_FIELDS = [
  { label: 'Diarienummer:', width: 20 },
  { label: 'Ärende:', width: 64 },
  { label: 'Handling:', width: 48 },
  { label: 'Datum:', width: 10 },
  { label: 'Part:', width: 48 },
  { label: 'Handläggare:', width: 48 },
  { label: '', width: 90 },
] as const;

export const ORGANISATION = 'Kommunstyrelsen, Exempelstads kommun';
const ORG_NINE = '212000999';
export const ORGANISATION_NUMBER = `${ORG_NINE.slice(0, 6)}-${ORG_NINE.slice(6)}${luhnDigit(ORG_NINE)}`;
const SYSTEM = { name: 'W3D3 (fiktiv testexport)', version: '7.4' };
/** Documents written at the same time: enough to keep the disk busy, few enough for little memory. */
const IN_FLIGHT = 32;

async function checkOut(out: string): Promise<void> {
  try {
    if ((await readdir(out)).length > 0)
      throw archiveError(
        'ARC_ERR_GENERATE_OPTION',
        `${out} already holds files; give an empty or new folder`,
      );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

function fields(c: GeneratedCase, r: GeneratedRecord, d: GeneratedDocument, index: number): string[] {
  const lines = BODY_LINES[d.template];
  return [
    c.objectId,
    c.title,
    d.name,
    r.date.toISOString().slice(0, 10),
    c.party.name,
    `${c.officer.name}, ${c.officer.role}`,
    lines[index % lines.length] as string,
  ];
}

function descriptionYaml(o: GenerateW3d3Options, first: number, last: number): string {
  const cit = o.ermsVersion === '3.0' ? 'citserms_v3_0' : 'citserms_v2_1';
  return `# Leveransbeskrivning för en genererad (fiktiv) W3D3-export; se docs/description-file.md.
#   samarkiv sip create --erms erms.xml --documents dokument --description leveransbeskrivning.yaml --out leverans.zip
title: Diarium ${o.registrator ?? 'KS'} ${first}–${last} (fiktiv W3D3-export)
description: Avslutade ärenden med handlingar ur diariet, exporterade enligt FGS Ärendehantering (CITS ERMS ${o.ermsVersion}).
archivalCreator:
  name: ${ORGANISATION}
  organisationNumber: ${ORGANISATION_NUMBER}
submitter:
  name: Exempelstads kommun
  organisationNumber: ${ORGANISATION_NUMBER}
sourceSystem:
  name: ${SYSTEM.name}
  version: '${SYSTEM.version}'
submissionAgreement: LÖ ${last + 1}-01, Exempelstads kommun
referenceCode: SE/${ORGANISATION_NUMBER.replace('-', '')}/KS/F2
dates:
  start: ${first}-01-01
  end: ${last}-12-31
contentCategory: Textual works – Digital
contentInformationType: ${cit}
secrecy:
  applies: true
  legalReference: OSL 23 kap. 2 §, 26 kap. 1 § och 39 kap. 3 §
  note: Sekretessmarkerade ärenden anges med restriction i ERMS-filen.
disposal:
  applied: false
language: swe
`;
}

export async function generateW3d3(
  o: GenerateW3d3Options,
  makeDocument: DocumentMaker,
): Promise<GeneratedExport> {
  if (!Number.isInteger(o.cases) || o.cases < 1)
    throw archiveError('ARC_ERR_GENERATE_OPTION', `--cases ${o.cases} (a whole number, 1 or more)`);
  await checkOut(o.out);
  const first = o.firstYear ?? 2015;
  const last = o.lastYear ?? 2020;
  const registrator = o.registrator ?? 'KS';
  const r = seededRandom(o.seed);
  const documentsFolder = join(o.out, 'dokument');
  await mkdir(documentsFolder, { recursive: true });
  const ermsFile = join(o.out, 'erms.xml');
  const erms = createWriteStream(ermsFile, { flags: 'wx' });
  const write = async (s: string): Promise<void> => {
    if (!erms.write(s)) await once(erms, 'drain');
  };
  await write(
    ermsHeader({
      version: o.ermsVersion,
      registrator,
      organisation: ORGANISATION,
      organisationNumber: ORGANISATION_NUMBER,
      registrarName: `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`,
      exported: new Date(Date.UTC(last + 1, 1, 1, 9, 0, 0)),
      systemName: `${SYSTEM.name} ${SYSTEM.version}`,
    }),
  );
  let cases = 0;
  let records = 0;
  let documents = 0;
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  for (const c of generateCases(r, o.cases, { registrator, firstYear: first, lastYear: last })) {
    await mkdir(join(documentsFolder, c.folder), { recursive: true });
    for (const rec of c.records) {
      for (const d of rec.documents) {
        const pdf = makeDocument(d.template, fields(c, rec, d, documents));
        bytes += pdf.length;
        const p: Promise<void> = writeFile(join(documentsFolder, d.path), pdf, { flag: 'wx' }).finally(() =>
          pending.delete(p),
        );
        pending.add(p);
        if (pending.size >= IN_FLIGHT) await Promise.race(pending);
        documents++;
      }
      records++;
    }
    await write(ermsCase(c, o.ermsVersion));
    cases++;
    if (o.maxDocuments !== undefined && documents >= o.maxDocuments) break;
  }
  await Promise.all(pending);
  erms.end(ERMS_FOOTER);
  await once(erms, 'close');
  const descriptionFile = join(o.out, 'leveransbeskrivning.yaml');
  await writeFile(descriptionFile, descriptionYaml({ ...o, registrator }, first, last), { flag: 'wx' });
  return { ermsFile, documentsFolder, descriptionFile, cases, records, documents, bytes };
}
