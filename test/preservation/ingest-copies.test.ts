/**
 * The faster ingest paths of docs/adr/0012, over real files: a local file copied into a folder
 * store (putFile: atomic, nothing left on failure), the package writer taking that path for the
 * submitted SIP while streaming the rest, and the read-back that checks local copies in worker
 * threads and still finds a damaged byte, a truncated file and a missing file in either copy.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { blobPackageSink } from '../../src/adapters/blob/blob-package-writer.ts';
import { openFsBlobStore } from '../../src/adapters/blob/fs/blob-store.ts';
import { verifyStoredCopies, type FileToVerify } from '../../src/adapters/blob/verify-copies.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => isArchiveError(e) && e.code === code);
}

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'samarkiv-ingest-copies-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('putFile of the folder store', () => {
  test('copies a local file under its key, bit for bit, and leaves no temporary file', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const source = join(scratch, 'sip.zip');
    writeFileSync(source, data);
    const store = openFsBlobStore(join(scratch, 'put-file'));
    assert.deepEqual(await store.putFile?.('aip/x/submission/sip.zip', source), { size: data.length });
    assert.equal(
      sha(readFileSync(join(scratch, 'put-file', 'aip', 'x', 'submission', 'sip.zip'))),
      sha(data),
    );
    assert.deepEqual(filesUnder(join(scratch, 'put-file')), ['aip/x/submission/sip.zip']);
  });

  test('a source that cannot be read leaves nothing under the key', async () => {
    const store = openFsBlobStore(join(scratch, 'put-missing'));
    await assert.rejects(
      store.putFile?.('aip/y/submission/sip.zip', join(scratch, 'no-such.zip')) as Promise<unknown>,
      {
        code: 'ENOENT',
      },
    );
    assert.equal(await store.stat('aip/y/submission/sip.zip'), null);
    assert.deepEqual(filesUnder(join(scratch, 'put-missing')), []);
  });
});

describe('the package sink over two copies', () => {
  test('copies a file source with putFile, streams the rest, and reports the digests of the bytes', async () => {
    const sip = randomBytes(2 * 1024 * 1024 + 5);
    const sipPath = join(scratch, 'submitted.zip');
    writeFileSync(sipPath, sip);
    const content = randomBytes(700_000);
    const stores = [openFsBlobStore(join(scratch, 'sink-1')), openFsBlobStore(join(scratch, 'sink-2'))];
    const { sink, written } = blobPackageSink(stores, 'aip/z');
    const now = new Date();
    const a = await sink.writeFile('submission/submitted.zip', { kind: 'file', path: sipPath }, now);
    const b = await sink.writeFile(
      'representations/rep1/data/a.bin',
      {
        kind: 'stream',
        size: content.length,
        open: async function* () {
          yield content.subarray(0, 100_000);
          yield content.subarray(100_000);
        },
      },
      now,
    );
    assert.equal(a.sha256, sha(sip));
    assert.equal(a.size, sip.length);
    assert.equal(b.sha256, sha(content));
    assert.deepEqual(
      written.map((w) => w.path),
      ['submission/submitted.zip', 'representations/rep1/data/a.bin'],
    );
    for (const dir of ['sink-1', 'sink-2']) {
      assert.equal(
        sha(readFileSync(join(scratch, dir, 'aip', 'z', 'submission', 'submitted.zip'))),
        sha(sip),
      );
      assert.equal(
        sha(readFileSync(join(scratch, dir, 'aip', 'z', 'representations', 'rep1', 'data', 'a.bin'))),
        sha(content),
      );
    }
  });

  test('writeFiles writes many files at once into every copy, results in the order given', async () => {
    const stores = [openFsBlobStore(join(scratch, 'many-1')), openFsBlobStore(join(scratch, 'many-2'))];
    const { sink } = blobPackageSink(stores, 'aip/m');
    const contents = Array.from({ length: 120 }, (_, i) => randomBytes(50 + ((i * 997) % 20_000)));
    const results = await (sink.writeFiles as NonNullable<typeof sink.writeFiles>)(
      contents.map((data, i) => ({
        path: `representations/rep1/data/d${i % 3}/f${i}.txt`,
        source: { kind: 'buffer', data },
        mtime: new Date(),
      })),
    );
    assert.deepEqual(
      results.map((r) => [r.size, r.sha256]),
      contents.map((c) => [c.length, sha(c)]),
    );
    for (const dir of ['many-1', 'many-2']) {
      const base = join(scratch, dir, 'aip', 'm', 'representations', 'rep1', 'data');
      contents.forEach((c, i) =>
        assert.equal(sha(readFileSync(join(base, `d${i % 3}`, `f${i}.txt`))), sha(c)),
      );
      assert.equal(filesUnder(join(scratch, dir)).length, contents.length, 'no temporary file left');
    }
  });

  test('a stream that yields fewer bytes than declared fails and is stored in no copy', async () => {
    const stores = [openFsBlobStore(join(scratch, 'short-1')), openFsBlobStore(join(scratch, 'short-2'))];
    const { sink } = blobPackageSink(stores, 'aip/s');
    await assert.rejects(
      sink.writeFile(
        'representations/rep1/data/short.bin',
        {
          kind: 'stream',
          size: 1000,
          open: async function* () {
            yield new Uint8Array(999);
          },
        },
        new Date(),
      ),
      /999 bytes, 1000 were declared/,
    );
    for (const s of stores) assert.equal(await s.stat('aip/s/representations/rep1/data/short.bin'), null);
  });
});

describe('verifyStoredCopies', () => {
  let stores: BlobStore[];
  let files: FileToVerify[];
  const copyDir = (i: number): string => join(scratch, `verify-${i}`, 'aip', 'v');
  before(async () => {
    stores = [openFsBlobStore(join(scratch, 'verify-1')), openFsBlobStore(join(scratch, 'verify-2'))];
    files = [];
    for (let i = 0; i < 300; i++) {
      const data = randomBytes(i === 0 ? 2 * 1024 * 1024 : 100 + i);
      const path = `representations/rep1/data/f${i}.bin`;
      for (const s of stores)
        await s.put(`aip/v/${path}`, [data].values() as unknown as AsyncIterable<Uint8Array>);
      files.push({ path, size: data.length, sha256: sha(data) });
    }
  });

  test('passes when every copy holds what was written', async () => {
    await verifyStoredCopies(stores, 'aip/v', files);
  });

  test('a changed byte in the second copy is a fixity mismatch', async () => {
    const path = join(copyDir(2), 'representations', 'rep1', 'data', 'f0.bin');
    const original = readFileSync(path);
    const damaged = Buffer.from(original);
    damaged[1_000_000] = (damaged[1_000_000] as number) ^ 1;
    writeFileSync(path, damaged);
    try {
      await rejectsWith(verifyStoredCopies(stores, 'aip/v', files), 'ARC_ERR_FIXITY_MISMATCH');
    } finally {
      writeFileSync(path, original);
    }
  });

  test('a truncated or a missing file in the first copy is a fixity mismatch', async () => {
    const path = join(copyDir(1), 'representations', 'rep1', 'data', 'f7.bin');
    const original = readFileSync(path);
    truncateSync(path, original.length - 1);
    await rejectsWith(verifyStoredCopies(stores, 'aip/v', files), 'ARC_ERR_FIXITY_MISMATCH');
    unlinkSync(path);
    await rejectsWith(verifyStoredCopies(stores, 'aip/v', files), 'ARC_ERR_FIXITY_MISMATCH');
    writeFileSync(path, original);
    await verifyStoredCopies(stores, 'aip/v', files);
  });
});
