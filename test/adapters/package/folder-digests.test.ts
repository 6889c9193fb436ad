import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { ChecksumType } from '../../../src/core/validation/package-context.ts';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import type { FileDigests, PackageSource } from '../../../src/ports/package-source.ts';
import { digestStream, isChecksumSupported } from '../../../src/services/validate/digests.ts';
import { expectCode, tempDir } from './support/fixtures.ts';

const ALL_TYPES = (
  ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'WHIRLPOOL', 'CRC32', 'Adler-32'] as const
).filter((t) => isChecksumSupported(t));

/** A folder of `sizes.length` files of those sizes, under data/. */
async function folderWith(t: TestContext, sizes: readonly number[]): Promise<string> {
  const root = join(await tempDir(t), 'pkg');
  await mkdir(join(root, 'data'), { recursive: true });
  await Promise.all(sizes.map((size, i) => writeFile(join(root, `data/f${i}.bin`), randomBytes(size))));
  return root;
}

async function open(
  t: TestContext,
  root: string,
): Promise<PackageSource & Required<Pick<PackageSource, 'digestFiles'>>> {
  const source = await openPackageSource(root);
  t.after(() => source.close());
  assert.ok(source.digestFiles, 'a folder source digests in bulk');
  return source as PackageSource & Required<Pick<PackageSource, 'digestFiles'>>;
}

async function digestAll(
  source: PackageSource & Required<Pick<PackageSource, 'digestFiles'>>,
  paths: readonly string[],
  types: readonly ChecksumType[],
): Promise<{ results: Map<string, FileDigests>; bytes: number }> {
  const results = new Map<string, FileDigests>();
  let bytes = 0;
  await source.digestFiles(
    paths.map((path) => ({ path, types })),
    (path, result) => {
      assert.ok(!results.has(path), `${path} reported once`);
      results.set(path, result);
    },
    (n) => (bytes += n),
  );
  return { results, bytes };
}

test('folder digestFiles: worker digests equal the in-process digests, for every type and size', async (t) => {
  // Empty, one byte, around the 1 MiB read buffer, and several reads long.
  const sizes = [0, 1, 1000, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 7];
  const source = await open(t, await folderWith(t, sizes));
  const paths = sizes.map((_, i) => `data/f${i}.bin`);
  const { results, bytes } = await digestAll(source, paths, ALL_TYPES);
  assert.equal(
    bytes,
    sizes.reduce((a, b) => a + b, 0),
  );
  for (const path of paths) {
    const expected = await digestStream(source.read(path), ALL_TYPES);
    assert.deepEqual(results.get(path), expected, path);
  }
});

test('folder digestFiles: many batches over several workers, files with different type sets', async (t) => {
  const sizes = Array.from({ length: 700 }, (_, i) => (i * 37) % 3000);
  const source = await open(t, await folderWith(t, sizes));
  const requests = sizes.map((_, i) => ({
    path: `data/f${i}.bin`,
    types: (i % 3 === 0 ? ['MD5'] : i % 3 === 1 ? ['SHA-256', 'CRC32'] : []) as ChecksumType[],
  }));
  const results = new Map<string, FileDigests>();
  await source.digestFiles(requests, (path, result) => results.set(path, result));
  assert.equal(results.size, sizes.length);
  for (const { path, types } of requests.filter((_, i) => i % 50 === 0)) {
    assert.deepEqual(results.get(path), await digestStream(source.read(path), types), path);
  }
});

test('folder digestFiles: a file swapped for a symlink after the listing is refused, not followed', async (t) => {
  const root = await folderWith(t, [10, 10]);
  const source = await open(t, root);
  await writeFile(join(root, '..', 'outside.txt'), 'secret');
  await rm(join(root, 'data/f1.bin'));
  await symlink(join(root, '..', 'outside.txt'), join(root, 'data/f1.bin'));
  await expectCode(digestAll(source, ['data/f0.bin', 'data/f1.bin'], ['SHA-256']), 'ARC_ERR_PKG_LINK');
});

test('folder digestFiles: a file removed after the listing is a read error', async (t) => {
  const root = await folderWith(t, [10]);
  const source = await open(t, root);
  await rm(join(root, 'data/f0.bin'));
  await expectCode(digestAll(source, ['data/f0.bin'], ['SHA-256']), 'ARC_ERR_INPUT_READ');
});

test('folder digestFiles: a folder or a path outside the listing is refused before any read', async (t) => {
  const source = await open(t, await folderWith(t, [10]));
  await expectCode(digestAll(source, ['data'], ['SHA-256']), 'ARC_ERR_INPUT_READ');
  await expectCode(digestAll(source, ['../pkg/data/f0.bin'], ['SHA-256']), 'ARC_ERR_INPUT_READ');
});
