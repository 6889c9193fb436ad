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
/** The same block as printable ASCII lines, for text content a format policy accepts (text/plain). */
const TEXT_BLOCK = Buffer.from(BLOCK.map((b, i) => (i % 80 === 79 ? 10 : 32 + (b % 95))));
const enc = new TextEncoder();

/**
 * Random printable text can begin with a format signature by chance (1 file in ~9,000 starts with
 * "MZ", which DROID rightly identifies as a DOS executable and the format policy refuses), so every
 * text file begins with a plain line instead.
 */
const textHeader = (seed: number): Buffer => Buffer.from(`Samarkiv benchmark text ${seed}\n`, 'ascii');

/** `size` bytes of a random block, starting at a file-specific offset so files differ. */
function randomContent(
  size: number,
  seed: number,
  block: Buffer,
  header?: Buffer,
): () => AsyncIterable<Uint8Array> {
  return async function* () {
    let offset = (seed * 7919) % block.length;
    let left = size;
    if (header) {
      const head = header.subarray(0, size);
      yield head;
      left -= head.length;
    }
    while (left > 0) {
      const n = Math.min(left, block.length - offset, 1024 * 1024);
      yield block.subarray(offset, offset + n);
      left -= n;
      offset = (offset + n) % block.length;
    }
  };
}

export interface GenerateOptions {
  /**
   * One stored (uncompressed) ZIP, `<dir>/bench-sip.zip`, as a package is uploaded; `root` is then
   * that file and `dataFiles` are empty (the content exists only inside the ZIP).
   */
  readonly zip?: boolean;
  /** Plain-text files (`.txt`) instead of binary ones, so that the format policy accepts them. */
  readonly text?: boolean;
}

export async function generateSip(
  dir: string,
  sizes: readonly number[],
  options: GenerateOptions = {},
): Promise<GeneratedSip> {
  const now = new Date('2026-11-26T00:00:00Z');
  const data: ContentFile[] = sizes.map((size, i) => ({
    path: `d${Math.floor(i / 1000)}/f${i}.${options.text ? 'txt' : 'bin'}`,
    source: {
      kind: 'stream',
      size,
      open: options.text ? randomContent(size, i, TEXT_BLOCK, textHeader(i)) : randomContent(size, i, BLOCK),
    },
    mimeType: options.text ? 'text/plain' : 'application/octet-stream',
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
    options.zip ? { kind: 'zip', path: join(dir, 'bench-sip.zip') } : { kind: 'folder', path: dir },
    { clock: () => now, ...(options.zip ? { compress: false } : {}) },
  );
  if (options.zip) return { root: written.path, dataFiles: [], bytes: sizes.reduce((a, b) => a + b, 0) };
  const dataDir = join(written.path, 'representations', 'rep1', 'data');
  return {
    root: written.path,
    dataFiles: data.map((f) => join(dataDir, f.path)),
    bytes: sizes.reduce((a, b) => a + b, 0),
  };
}
