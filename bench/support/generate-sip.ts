/**
 * Generates a valid E-ARK SIP 2.2 folder for the benchmarks with samarkiv's own writer: N content
 * files of the given sizes in one representation. Content is pseudo-random (incompressible) and
 * streamed into the writer, which computes the checksums while writing, so nothing is read back.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { EAD_SCHEMA_LOCATION } from '../../src/core/package/writer/assemble-package.ts';
import { renderEad } from '../../src/core/package/writer/ead.ts';
import type { ContentFile } from '../../src/core/package/writer/package-spec.ts';

export interface GeneratedSip {
  readonly root: string;
  readonly dataFiles: readonly string[];
  readonly bytes: number;
}

const BLOCK = randomBytes(8 * 1024 * 1024);
const enc = new TextEncoder();

/** `size` bytes of a random block, starting at a file-specific offset so files differ. */
function randomContent(size: number, seed: number): () => AsyncIterable<Uint8Array> {
  return async function* () {
    let offset = (seed * 7919) % BLOCK.length;
    let left = size;
    while (left > 0) {
      const n = Math.min(left, BLOCK.length - offset, 1024 * 1024);
      yield BLOCK.subarray(offset, offset + n);
      left -= n;
      offset = (offset + n) % BLOCK.length;
    }
  };
}

export async function generateSip(dir: string, sizes: readonly number[]): Promise<GeneratedSip> {
  const now = new Date('2026-11-26T00:00:00Z');
  const data: ContentFile[] = sizes.map((size, i) => ({
    path: `d${Math.floor(i / 1000)}/f${i}.bin`,
    source: { kind: 'stream', size, open: randomContent(size, i) },
    mimeType: 'application/octet-stream',
    created: now,
  }));
  const ead = renderEad({
    schemaLocation: EAD_SCHEMA_LOCATION,
    eadId: 'bench',
    title: 'Benchmark delivery',
    referenceCode: 'SE/1281/BENCH',
    dates: { start: '2020-01-01', end: '2020-12-31' },
    archivalCreator: 'Kommunstyrelsen, Lunds kommun',
    languageCode: 'swe',
    scopeContent: ['Generated content for benchmarks.'],
    creator: 'samarkiv bench',
    created: now,
  });
  const written = await writePackage(
    {
      profile: 'sip-2.2',
      objid: 'bench-sip',
      label: 'Benchmark delivery',
      contentCategory: 'Datasets',
      contentInformationType: 'OTHER',
      otherContentInformationType: 'Benchmark data',
      agents: {
        archivalCreator: { name: 'Kommunstyrelsen, Lunds kommun', identificationCode: 'ORG:2120001124' },
        submitter: { name: 'Lunds kommun', identificationCode: 'ORG:2120001124' },
      },
      altRecordIds: { submissionAgreement: 'LÖ BENCH', referenceCode: 'SE/1281/BENCH' },
      descriptive: [
        {
          path: 'ead.xml',
          source: { kind: 'buffer', data: enc.encode(ead) },
          mdType: 'EAD',
          mdTypeVersion: '2002',
        },
      ],
      representations: [{ name: 'rep1', data }],
    },
    { kind: 'folder', path: dir },
    { clock: () => now },
  );
  const dataDir = join(written.path, 'representations', 'rep1', 'data');
  return {
    root: written.path,
    dataFiles: data.map((f) => join(dataDir, f.path)),
    bytes: sizes.reduce((a, b) => a + b, 0),
  };
}
