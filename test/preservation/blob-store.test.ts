/**
 * One test body over both BlobStore adapters: a local folder and a real S3-compatible server
 * (s3rver, in process). Put/get/stat/list/delete, streaming of a multipart-sized object, atomicity
 * (a failed put leaves nothing under the key), and key safety.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openBlobStore } from '../../src/adapters/blob/open-blob-store.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { startS3, type TestS3 } from './s3-server.ts';

async function* chunksOf(data: Uint8Array, size = 64 * 1024): AsyncIterable<Uint8Array> {
  // One reused buffer: the store must consume each chunk before asking for the next.
  const buf = new Uint8Array(size);
  for (let i = 0; i < data.length; i += size) {
    const n = Math.min(size, data.length - i);
    buf.set(data.subarray(i, i + n));
    yield buf.subarray(0, n);
  }
}

async function readAll(it: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of it) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

let s3: TestS3;
let folder: string;
before(async () => {
  s3 = await startS3();
  folder = mkdtempSync(join(tmpdir(), 'samarkiv-blob-'));
});
after(async () => {
  await s3.close();
  rmSync(folder, { recursive: true, force: true });
});

const KINDS = [
  { name: 'fs', open: (): BlobStore => openBlobStore(`fs:${join(folder, 'kopia-1')}`) },
  { name: 's3', open: (): BlobStore => openBlobStore(s3.location('kopia-1'), s3.env) },
];

for (const kind of KINDS) {
  describe(`BlobStore over ${kind.name}`, () => {
    test('put computes size and SHA-256 while writing; get, stat, list and delete see the object', async () => {
      const store = kind.open();
      try {
        const data = randomBytes(300_000);
        const w = await store.put('aip/a/representations/rep1/data/å ä.bin', chunksOf(data));
        assert.deepEqual(w, { size: data.length, sha256: sha(data) });
        assert.equal(sha(await readAll(store.get('aip/a/representations/rep1/data/å ä.bin'))), sha(data));
        assert.deepEqual(await store.stat('aip/a/representations/rep1/data/å ä.bin'), {
          key: 'aip/a/representations/rep1/data/å ä.bin',
          size: data.length,
        });
        await store.put('aip/a/METS.xml', chunksOf(Buffer.from('<mets/>')));
        await store.put('aip/b/METS.xml', chunksOf(Buffer.from('<mets/>')));
        const keys: string[] = [];
        for await (const b of store.list('aip/a/')) keys.push(b.key);
        assert.deepEqual(keys.sort(), ['aip/a/METS.xml', 'aip/a/representations/rep1/data/å ä.bin']);
        await store.delete('aip/a/METS.xml');
        assert.equal(await store.stat('aip/a/METS.xml'), null);
        await store.delete('aip/a/METS.xml'); // deleting twice is fine
        await assert.rejects(readAll(store.get('aip/a/METS.xml')), { code: 'ARC_ERR_NOT_FOUND' });
        const empty = await store.put('aip/c/empty', chunksOf(new Uint8Array(0)));
        assert.equal(empty.size, 0);
        assert.equal((await store.stat('aip/c/empty'))?.size, 0);
      } finally {
        await store.close();
      }
    });

    test('an object larger than one part streams through (multipart on S3)', async () => {
      const store = kind.open();
      try {
        const data = randomBytes(17 * 1024 * 1024 + 123);
        const w = await store.put('big/object.bin', chunksOf(data, 1024 * 1024));
        assert.equal(w.sha256, sha(data));
        assert.equal((await store.stat('big/object.bin'))?.size, data.length);
        assert.equal(sha(await readAll(store.get('big/object.bin'))), sha(data));
        await store.delete('big/object.bin');
      } finally {
        await store.close();
      }
    });

    test('a put that fails midway leaves nothing under the key', async () => {
      const store = kind.open();
      try {
        async function* failing(): AsyncIterable<Uint8Array> {
          yield randomBytes(9 * 1024 * 1024);
          yield randomBytes(1024);
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        await assert.rejects(store.put('aip/half/file.bin', failing()), /no space left/);
        assert.equal(await store.stat('aip/half/file.bin'), null);
        const listed: string[] = [];
        for await (const b of store.list('aip/half/')) listed.push(b.key);
        assert.deepEqual(listed, []);
        if (kind.name === 'fs') {
          assert.deepEqual(readdirSync(join(folder, 'kopia-1', 'aip', 'half')), [], 'no temporary file left');
        }
      } finally {
        await store.close();
      }
    });

    test('keys that could leave the store are refused', async () => {
      const store = kind.open();
      try {
        for (const key of ['../x', '/abs', 'a//b', 'a/./b', '', 'a\\b']) {
          await assert.rejects(
            store.put(key, chunksOf(Buffer.from('x'))),
            { code: 'ARC_ERR_STORAGE_KEY' },
            key,
          );
        }
      } finally {
        await store.close();
      }
    });
  });
}
