import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { ErrorCode } from '../../../src/core/errors.ts';
import type { PackageLimits } from '../../../src/ports/package-source.ts';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { expectCode, listing, readAll, tempDir } from './support/fixtures.ts';

/** A package folder with one ordinary file, for the hostile cases to add to. */
async function packageFolder(t: TestContext): Promise<string> {
  const root = join(await tempDir(t), 'pkg');
  await mkdir(join(root, 'metadata'), { recursive: true });
  await writeFile(join(root, 'METS.xml'), '<mets/>');
  return root;
}

test('folder: the folder is the root; entries are listed sorted and read in chunks', async (t) => {
  const root = await packageFolder(t);
  const big = randomBytes(3 * 1024 * 1024 + 5);
  await mkdir(join(root, 'representations/rep1/data'), { recursive: true });
  await writeFile(join(root, 'representations/rep1/data/big.bin'), big);
  await writeFile(join(root, 'empty.txt'), '');
  const source = await openPackageSource(root);
  t.after(() => source.close());
  assert.equal(source.kind, 'folder');
  assert.equal(source.inputPath, root);
  assert.equal(source.rootName, 'pkg');
  assert.deepEqual(source.topLevelNames, ['pkg']);
  assert.deepEqual(
    listing(source),
    [
      'd metadata 0',
      'd representations 0',
      'd representations/rep1 0',
      'd representations/rep1/data 0',
      'f METS.xml 7',
      `f representations/rep1/data/big.bin ${big.length}`,
      'f empty.txt 0',
    ].sort(),
  );
  assert.deepEqual([...source.entries.keys()].slice(0, 4), [
    'METS.xml',
    'empty.txt',
    'metadata',
    'representations',
  ]);
  assert.equal((await readAll(source, 'METS.xml')).toString(), '<mets/>');
  assert.ok((await readAll(source, 'representations/rep1/data/big.bin')).equals(big));
  assert.equal((await readAll(source, 'empty.txt')).length, 0);
  await expectCode(readAll(source, 'metadata'), 'ARC_ERR_INPUT_READ');
  await source.close();
  await source.close();
});

test('folder: concurrent reads do not share a buffer', async (t) => {
  const root = await packageFolder(t);
  const a = randomBytes(2.5 * 1024 * 1024);
  const b = randomBytes(2.5 * 1024 * 1024);
  await writeFile(join(root, 'a.bin'), a);
  await writeFile(join(root, 'b.bin'), b);
  const source = await openPackageSource(root);
  const [readA, readB] = await Promise.all([readAll(source, 'a.bin'), readAll(source, 'b.bin')]);
  assert.ok(readA.equals(a));
  assert.ok(readB.equals(b));
});

test('folder: a file swapped for a symlink after listing is refused on read (O_NOFOLLOW)', async (t) => {
  const root = await packageFolder(t);
  const source = await openPackageSource(root);
  await rm(join(root, 'METS.xml'));
  await symlink('/etc/passwd', join(root, 'METS.xml'));
  await expectCode(readAll(source, 'METS.xml'), 'ARC_ERR_PKG_LINK');
});

type Arrange = (root: string, t: TestContext) => Promise<unknown>;
const hostile: [string, Arrange, ErrorCode, Partial<PackageLimits>?][] = [
  [
    'a symlink to a file',
    (root) => symlink('/etc/passwd', join(root, 'metadata/passwd')),
    'ARC_ERR_PKG_LINK',
  ],
  ['a symlink to a folder', (root) => symlink('/etc', join(root, 'etc')), 'ARC_ERR_PKG_LINK'],
  ['a dangling symlink', (root) => symlink('nowhere', join(root, 'dangling')), 'ARC_ERR_PKG_LINK'],
  [
    'a hard link (nlink > 1)',
    (root) => link(join(root, 'METS.xml'), join(root, 'metadata/METS.xml')),
    'ARC_ERR_PKG_LINK',
  ],
  ['a socket', (root, t) => listenOn(t, join(root, 'metadata/socket')), 'ARC_ERR_PKG_SPECIAL_FILE'],
  ['a backslash in a name', (root) => writeFile(join(root, 'a\\b.txt'), 'x'), 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  [
    'a drive-letter-like name',
    (root) => writeFile(join(root, 'C:evil.txt'), 'x'),
    'ARC_ERR_PKG_ABSOLUTE_PATH',
  ],
  [
    'a control character in a name',
    (root) => writeFile(join(root, 'a\u0001.txt'), 'x'),
    'ARC_ERR_PKG_BAD_NAME',
  ],
  [
    'invalid UTF-8 in a name',
    (root) => writeFile(Buffer.from(`${root}/bad-\xff.txt`, 'latin1'), 'x'),
    'ARC_ERR_PKG_BAD_NAME',
  ],
  [
    'names differing only in case',
    (root) => writeFile(join(root, 'mets.xml'), 'x'),
    'ARC_ERR_PKG_CASE_DUPLICATE',
  ],
  [
    'NFC and NFD spellings of one name',
    (root) => writeFile(join(root, 'a\u030a.txt'), 'x').then(() => writeFile(join(root, '\u00e5.txt'), 'x')),
    'ARC_ERR_PKG_DUPLICATE_ENTRY',
  ],
  [
    'too many entries',
    (root) => writeFile(join(root, 'metadata/x'), 'x'),
    'ARC_ERR_PKG_TOO_MANY_ENTRIES',
    { maxEntries: 2 },
  ],
  [
    'too many bytes',
    (root) => writeFile(join(root, 'big'), Buffer.alloc(200)),
    'ARC_ERR_PKG_TOO_LARGE',
    { maxTotalBytes: 100 },
  ],
  [
    'nesting too deep',
    (root) => mkdir(join(root, ...Array<string>(70).fill('d')), { recursive: true }),
    'ARC_ERR_PKG_PATH_TOO_LONG',
  ],
];
for (const [what, arrange, code, limits] of hostile) {
  test(`folder: refuses ${what} (${code})`, async (t) => {
    const root = await packageFolder(t);
    await arrange(root, t);
    await expectCode(openPackageSource(root, { limits }), code);
  });
}

test('folder: refuses a FIFO (ARC_ERR_PKG_SPECIAL_FILE)', async (t) => {
  const root = await packageFolder(t);
  try {
    execFileSync('mkfifo', [join(root, 'fifo')]);
  } catch {
    t.skip('mkfifo is not available');
    return;
  }
  await expectCode(openPackageSource(root), 'ARC_ERR_PKG_SPECIAL_FILE');
});

/** A Unix socket file at `path`, closed when the test ends. */
async function listenOn(t: TestContext, path: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
}
