import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { isArchiveError } from '../../../src/core/errors.ts';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { assertEmptyDir, tempDir, writeYazl } from './support/fixtures.ts';
import { buildTar, tarHeader } from './support/raw-tar.ts';
import { buildZip } from './support/raw-zip.ts';

// Each run must either open (and then read every file) or fail with an ArchiveError: no other
// exception, no unhandled rejection, no hang (fast-check's timeout), nothing left in quarantine.
const RUNS = 200;
const TIMEOUT_MS = 5000;

async function openAndDrain(path: string, quarantineDir: string): Promise<void> {
  try {
    const source = await openPackageSource(path, { quarantineDir });
    try {
      for (const entry of source.entries.values()) {
        if (entry.type === 'file') for await (const chunk of source.read(entry.path)) void chunk;
      }
    } finally {
      await source.close();
    }
  } catch (error) {
    if (!isArchiveError(error)) throw error;
  }
  await assertEmptyDir(quarantineDir);
}

/** Fails the test if anything escaped as an unhandled rejection or uncaught exception. */
function watchProcess(t: TestContext): void {
  const escaped: unknown[] = [];
  const record = (error: unknown) => escaped.push(error);
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  t.after(() => {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
    assert.deepEqual(escaped, []);
  });
}

const mutations = fc.record({
  writes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  truncateTo: fc.option(fc.nat(), { nil: undefined }),
});

type Mutation = { writes: [number, number][]; truncateTo: number | undefined };

function mutate(base: Buffer, { writes, truncateTo }: Mutation): Buffer {
  const bytes = Buffer.from(base);
  for (const [offset, value] of writes) bytes[offset % bytes.length] = value;
  return truncateTo === undefined ? bytes : bytes.subarray(0, truncateTo % (bytes.length + 1));
}

async function fuzz(t: TestContext, name: string, bytes: fc.Arbitrary<Buffer>): Promise<void> {
  watchProcess(t);
  const dir = await tempDir(t);
  const quarantineDir = await tempDir(t);
  const path = join(dir, name);
  await fc.assert(
    fc.asyncProperty(bytes, async (input) => {
      await writeFile(path, input);
      await openAndDrain(path, quarantineDir);
    }),
    { numRuns: RUNS, timeout: TIMEOUT_MS },
  );
}

const validZip = buildZip([
  { name: 'pkg/', externalAttributes: (0o040755 << 16) >>> 0 },
  { name: 'pkg/METS.xml', data: Buffer.from('<mets>'.repeat(50)), deflate: true },
  { name: 'pkg/data/a.txt', data: Buffer.from('hello world') },
]);

const tarEntries = [
  { name: 'pkg/', type: '5' },
  { name: 'pkg/METS.xml', data: Buffer.from('<mets>'.repeat(100)) },
  { name: 'pkg/data/a.txt', data: Buffer.from('hello world') },
];
const validTar = buildTar(tarEntries);
const headerOffsets = [0, 512, 1536];

/** Mutates a TAR and then repairs the header checksums, so mutations reach past the checksum check. */
function mutateTar(input: Mutation): Buffer {
  const bytes = mutate(validTar, input);
  for (const offset of headerOffsets) {
    if (offset + 512 > bytes.length) continue;
    const header = bytes.subarray(offset, offset + 512);
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  }
  return bytes;
}

test('fuzz zip: random bytes behind a ZIP signature', async (t) => {
  await fuzz(
    t,
    'random.zip',
    fc.uint8Array({ maxLength: 600 }).map((tail) => Buffer.concat([Buffer.from('PK\x03\x04'), tail])),
  );
});

test('fuzz zip: random mutations of a valid ZIP', async (t) => {
  await fuzz(
    t,
    'mutated.zip',
    mutations.map((m) => mutate(validZip, m)),
  );
});

test('fuzz zip: random mutations of a ZIP64 archive (yazl, forced)', async (t) => {
  const path = join(await tempDir(t), 'zip64.zip');
  await writeYazl(
    path,
    (zip) => {
      zip.addBuffer(Buffer.from('hello'), 'pkg/a.txt', { forceZip64Format: true });
      zip.addBuffer(Buffer.alloc(3000, 7), 'pkg/b.bin', { forceZip64Format: true });
    },
    { forceZip64Format: true },
  );
  const zip64 = await readFile(path);
  await fuzz(
    t,
    'mutated64.zip',
    mutations.map((m) => mutate(zip64, m)),
  );
});

test('fuzz tar: random bytes behind a ustar header', async (t) => {
  const header = tarHeader({ name: 'pkg/a', size: 100 });
  await fuzz(
    t,
    'random.tar',
    fc.uint8Array({ maxLength: 2000 }).map((tail) => Buffer.concat([header, tail])),
  );
});

test('fuzz tar: random mutations of a valid TAR (checksums repaired)', async (t) => {
  await fuzz(t, 'mutated.tar', mutations.map(mutateTar));
});

test('fuzz tar: random mutations of a valid .tar.gz', async (t) => {
  const gz = gzipSync(validTar);
  await fuzz(
    t,
    'mutated.tgz',
    mutations.map((m) => mutate(gz, m)),
  );
});

test('fuzz folder: random file names', async (t) => {
  watchProcess(t);
  const base = await tempDir(t);
  const quarantineDir = await tempDir(t);
  let run = 0;
  const names = fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), {
    minLength: 1,
    maxLength: 5,
  });
  await fc.assert(
    fc.asyncProperty(names, async (list) => {
      const root = join(base, `run-${run++}`);
      await mkdir(root);
      for (const name of list) {
        // Names the file system itself cannot hold are not the reader's concern.
        await writeFile(join(root, name), name).catch(() => undefined);
      }
      await openAndDrain(root, quarantineDir);
    }),
    { numRuns: 100, timeout: TIMEOUT_MS },
  );
});
