/**
 * Shared pieces of the writer tests: a PackageSpec per profile built from generated content, and
 * reading a written package (folder, ZIP or TAR) back through samarkiv's own package reader.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { EAD_SCHEMA_LOCATION } from '../../../src/core/package/writer/assemble-package.ts';
import { renderEad } from '../../../src/core/package/writer/ead.ts';
import type { ContentFile, PackageSpec, ProfileId } from '../../../src/core/package/writer/package-spec.ts';

export const PROFILES: readonly ProfileId[] = [
  'csip-2.1',
  'csip-2.2',
  'sip-2.1',
  'sip-2.2',
  'aip-2.2',
  'dip-2.2',
];
export const KINDS = ['folder', 'zip', 'tar'] as const;

export const FIXED_NOW = new Date('2026-03-01T09:30:00.000Z');
const enc = new TextEncoder();
export const buffer = (s: string): ContentFile['source'] => ({ kind: 'buffer', data: enc.encode(s) });

/** A deterministic UUID source, so two runs of a test write the same IDs. */
export function counterUuid(): () => string {
  let n = 0;
  return () => {
    n++;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

export async function tempDir(prefix = 'samarkiv-writer-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Generated content: a file on disk, a buffer, a stream, odd names, a nested folder, an empty file. */
export async function sampleData(dir: string): Promise<ContentFile[]> {
  const onDisk = join(dir, 'källa.pdf');
  const pdf = Buffer.alloc(300_000);
  for (let i = 0; i < pdf.length; i++) pdf[i] = (i * 7919) % 251;
  await writeFile(onDisk, pdf);
  const streamed = Buffer.from('rad1;rad2\n'.repeat(1000));
  return [
    { path: 'beslut/Bygglov 2019 – beslut.pdf', source: { kind: 'file', path: onDisk } },
    { path: 'beslut/ärende#1 (kopia)%.xml', source: buffer('<ärende id="1"/>\n'), puid: 'fmt/101' },
    {
      path: 'tabeller/rader.csv',
      source: {
        kind: 'stream',
        size: streamed.length,
        open: async function* () {
          for (let i = 0; i < streamed.length; i += 4096) yield streamed.subarray(i, i + 4096);
        },
      },
    },
    { path: 'tom.txt', source: buffer('') },
  ];
}

export function specFor(profile: ProfileId, data: ContentFile[]): PackageSpec {
  const ead = renderEad({
    schemaLocation: EAD_SCHEMA_LOCATION,
    eadId: 'urn:uuid:test',
    title: 'Bygglov 2019',
    referenceCode: 'SE/1281/BN',
    dates: { start: '2019-01-01', end: '2019-12-31' },
    archivalCreator: 'Byggnadsnämnden',
    languageCode: 'swe',
    scopeContent: ['Bygglovsärenden.'],
    accessRestriction: { legalReference: 'OSL 26 kap. 1 §' },
    creator: 'samarkiv test',
    created: FIXED_NOW,
  });
  const sipAgents = {
    archivalCreator: { name: 'Byggnadsnämnden, Lunds kommun', identificationCode: 'ORG:2120001124' },
    submitter: { name: 'Lunds kommun', identificationCode: 'ORG:2120001124' },
    contacts: [{ name: 'Anna Andersson', notes: ['anna@example.se', '+46 46 35 50 00'] }],
    preservation: { name: 'SkånEarkiv', identificationCode: 'ORG:2120001124' },
  };
  return {
    profile,
    label: 'Bygglov 2019',
    contentCategory: 'Textual works – Digital',
    contentInformationType: 'OTHER',
    otherContentInformationType: 'Bygglovsakter',
    agents: sipAgents,
    altRecordIds: {
      submissionAgreement: 'LÖ 2026-17',
      previousSubmissionAgreements: ['LÖ 2020-3'],
      referenceCode: 'SE/1281/BN',
    },
    descriptive: [{ path: 'ead.xml', source: buffer(ead), mdType: 'EAD', mdTypeVersion: '2002' }],
    otherMetadata: [
      {
        path: 'system/export.json',
        source: buffer('{"system":"W3D3"}'),
        mdType: 'OTHER',
        otherMdType: 'JSON',
      },
    ],
    documentation: [{ path: 'Leveransbeskrivning.txt', source: buffer('Leverans av bygglov.\n') }],
    secrecy: { legalReference: 'OSL 26 kap. 1 §' },
    representations: [
      { name: 'rep1', data },
      {
        name: 'rep2.access',
        contentInformationType: 'OTHER',
        otherContentInformationType: 'PDF/A-kopior',
        data: [{ path: 'kopia.txt', source: buffer('kopia\n') }],
        documentation: [{ path: 'om-kopian.txt', source: buffer('Om kopian.\n') }],
      },
    ],
    ...(profile === 'aip-2.2'
      ? {
          submission: [
            { path: 'METS.xml', source: buffer('<mets/>\n') },
            { path: 'representations/rep1/data/original.txt', source: buffer('original\n') },
          ],
        }
      : {}),
  };
}

export interface ReadBack {
  readonly rootName: string | null;
  readonly topLevelNames: readonly string[];
  readonly files: Map<string, Buffer>;
  readonly dirs: Set<string>;
}

/** Reads a written package with the production reader (which also runs its safety checks). */
export async function readPackage(path: string): Promise<ReadBack> {
  const source = await openPackageSource(path);
  try {
    const files = new Map<string, Buffer>();
    const dirs = new Set<string>();
    for (const entry of source.entries.values()) {
      if (entry.type === 'directory') {
        dirs.add(entry.path);
        continue;
      }
      const parts: Uint8Array[] = [];
      for await (const chunk of source.read(entry.path)) parts.push(Buffer.from(chunk));
      files.set(entry.path, Buffer.concat(parts));
    }
    return { rootName: source.rootName, topLevelNames: source.topLevelNames, files, dirs };
  } finally {
    await source.close();
  }
}

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
