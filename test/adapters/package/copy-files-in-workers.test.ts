/**
 * copyFilesInWorkers, the stored ZIP's copy (digest-worker.js copyBatch): small files are read
 * into one region behind their headers and written together, larger ones streamed; every byte
 * must land at its reserved place with its header's CRC-32 filled in. A stop signal ends the copy.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { crc32 } from 'node:zlib';
import { copyFilesInWorkers, type FileToPlace } from '../../../src/adapters/package/folder-digests.ts';
import { isArchiveError } from '../../../src/core/errors.ts';

let work: string;
before(async () => {
  work = join(tmpdir(), `samarkiv-copy-workers-${process.pid}`);
  await mkdir(work, { recursive: true });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

const HEADER = 30;

function takesDirectWrites(path: string): boolean {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_DIRECT));
    return true;
  } catch {
    return false;
  }
}

/** Files of the given sizes, placed behind 30-byte headers `gap` bytes apart, and the empty output. */
async function layout(
  name: string,
  sizes: readonly number[],
  gap = 0,
): Promise<{ out: string; files: FileToPlace[]; data: Buffer[] }> {
  const dir = join(work, name);
  await mkdir(dir);
  const files: FileToPlace[] = [];
  const data: Buffer[] = [];
  let at = 0;
  for (const [i, size] of sizes.entries()) {
    const bytes = randomBytes(size);
    const path = join(dir, `f${i}.bin`);
    await writeFile(path, bytes);
    const header = Buffer.alloc(HEADER, 0x48);
    header.fill(0, 14, 18); // the CRC-32 field, filled in by the copy
    files.push({ path, size, header, dataOffset: at + HEADER });
    data.push(bytes);
    at += HEADER + size + gap;
  }
  const out = join(dir, 'out.zip');
  await writeFile(out, '');
  await truncate(out, at);
  return { out, files, data };
}

test('small and large files land at their places with their CRC-32 and SHA-256', async () => {
  const MiB = 1024 * 1024;
  // Regions of small files on both sides of files too large for a region (over 4 MiB).
  const sizes = [
    0,
    1,
    1000,
    5 * MiB,
    3000,
    4 * MiB,
    4 * MiB + 1,
    17,
    ...Array.from({ length: 600 }, (_, i) => i * 7),
  ];
  const { out, files, data } = await layout('mixed', sizes);
  const results = new Map<number, { size: number; sha256: string; crc32: number }>();
  const { directBytes } = await copyFilesInWorkers(out, files, (i, r) => results.set(i, r));
  // The regions' whole pages skip the page cache where the filesystem takes O_DIRECT.
  if (takesDirectWrites(out)) assert.ok(directBytes > 1024 * 1024, `${directBytes} bytes written directly`);
  else assert.equal(directBytes, 0);
  const written = await readFile(out);
  assert.equal(results.size, files.length);
  for (const [i, f] of files.entries()) {
    const bytes = data[i] as Buffer;
    const header = written.subarray(f.dataOffset - HEADER, f.dataOffset);
    assert.equal(header.readUInt32LE(14), crc32(bytes), `CRC-32 of file ${i}`);
    assert.ok(
      header.subarray(0, 14).every((b) => b === 0x48) && header.subarray(18).every((b) => b === 0x48),
    );
    assert.ok(written.subarray(f.dataOffset, f.dataOffset + f.size).equals(bytes), `bytes of file ${i}`);
    assert.deepEqual(results.get(i), {
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      crc32: crc32(bytes),
    });
  }
});

for (const [name, sizes, gap] of [
  ['within pages', [5, 0, 700, 13], 100],
  // Regions of whole pages (written directly) with partial pages at both ends (through the cache).
  ['across pages', [9000, 12345, 4096, 8191, 20000, 4097], 5000],
] as const) {
  test(`entries that are not back to back each land at their own place, the gaps untouched (${name})`, async () => {
    const { out, files, data } = await layout(`gaps ${name}`, sizes, gap);
    await copyFilesInWorkers(out, files, () => undefined);
    const written = await readFile(out);
    for (const [i, f] of files.entries()) {
      assert.ok(
        written.subarray(f.dataOffset, f.dataOffset + f.size).equals(data[i] as Buffer),
        `bytes of file ${i}`,
      );
      const after = written.subarray(f.dataOffset + f.size, f.dataOffset + f.size + gap);
      assert.ok(
        after.every((b) => b === 0),
        `the gap after file ${i}`,
      );
    }
  });
}

test('a stop signal ends the copy under way with its reason', async () => {
  const { out, files } = await layout(
    'stopped',
    Array.from({ length: 2000 }, () => 100),
  );
  const stop = new AbortController();
  const reason = new Error('the export check failed');
  let delivered = 0;
  await assert.rejects(
    copyFilesInWorkers(
      out,
      files,
      () => {
        if (++delivered === 1) stop.abort(reason);
      },
      stop.signal,
    ),
    (e) => e === reason,
  );
  assert.ok(delivered < files.length, `stopped after ${delivered} of ${files.length} files`);
  await assert.rejects(
    copyFilesInWorkers(out, files, () => undefined, stop.signal),
    (e) => e === reason,
  );
});

test('a callback that throws (a name the XML cannot hold) fails the copy with its error', async () => {
  const { out, files } = await layout(
    'callback-throws',
    Array.from({ length: 300 }, () => 100),
  );
  const refused = new Error('control character in a file name');
  await assert.rejects(
    copyFilesInWorkers(out, files, (i) => {
      if (i === 150) throw refused;
    }),
    (e) => e === refused,
  );
});

test('a full output disk is a write error with its errno, not a read error of a document', async () => {
  const { files } = await layout('full-disk', [10, 20, 30]);
  await assert.rejects(
    copyFilesInWorkers('/dev/full', files, () => undefined),
    (e: unknown) =>
      e instanceof Error &&
      !isArchiveError(e) &&
      (e as NodeJS.ErrnoException).code === 'ENOSPC' &&
      (e as NodeJS.ErrnoException).syscall === 'write',
  );
});
