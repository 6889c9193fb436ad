import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { ErrorCode } from '../../../src/core/errors.ts';
import type { PackageLimits } from '../../../src/ports/package-source.ts';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { assertEmptyDir, expectCode, listing, readAll, tempDir } from './support/fixtures.ts';
import { buildTar, paxHeader, type RawTarEntry } from './support/raw-tar.ts';

const file = (name: string | Buffer, text = 'x', extra: Partial<RawTarEntry> = {}): RawTarEntry => ({
  name,
  data: Buffer.from(text),
  ...extra,
});

/** A temp folder holding the archive, and a separate, empty quarantine parent to watch. */
async function setUp(t: TestContext, name: string, bytes: Buffer) {
  const dir = await tempDir(t);
  const quarantineDir = await tempDir(t, 'samarkiv-quarantine-');
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { dir, path, quarantineDir };
}

test('tar: lists entries below the single root folder, reads them from quarantine, close removes it', async (t) => {
  const big = randomBytes(2 * 1024 * 1024 + 3);
  const bytes = buildTar([
    { name: './', type: '5' },
    { name: './pkg/', type: '5' },
    file('./pkg/METS.xml', '<mets/>'),
    { name: './pkg/representations/rep1/data/big.bin', data: big },
    file('./pkg/empty.txt', ''),
  ]);
  const { path, quarantineDir } = await setUp(t, 'package.tar', bytes);
  const source = await openPackageSource(path, { quarantineDir });
  t.after(() => source.close());
  assert.equal(source.kind, 'tar');
  assert.equal(source.rootName, 'pkg');
  assert.deepEqual(source.topLevelNames, ['pkg']);
  assert.deepEqual(
    listing(source),
    [
      'd representations 0',
      'd representations/rep1 0',
      'd representations/rep1/data 0',
      'f METS.xml 7',
      `f representations/rep1/data/big.bin ${big.length}`,
      'f empty.txt 0',
    ].sort(),
  );
  assert.equal((await readdir(quarantineDir)).length, 1);
  assert.equal((await readAll(source, 'METS.xml')).toString(), '<mets/>');
  assert.ok((await readAll(source, 'representations/rep1/data/big.bin')).equals(big));
  assert.equal((await readAll(source, 'empty.txt')).length, 0);
  await expectCode(readAll(source, 'missing.txt'), 'ARC_ERR_INPUT_READ');
  await source.close();
  await source.close(); // safe twice
  await assertEmptyDir(quarantineDir);
});

test('tar: a gzip-compressed TAR is read the same way', async (t) => {
  const bytes = gzipSync(buildTar([file('pkg/a.txt', 'hello'), file('pkg/sub/b.txt', 'world')]));
  const { path, quarantineDir } = await setUp(t, 'package.tgz', bytes);
  const source = await openPackageSource(path, { quarantineDir });
  t.after(() => source.close());
  assert.equal(source.kind, 'tar');
  assert.deepEqual(listing(source), ['d sub 0', 'f a.txt 5', 'f sub/b.txt 5']);
  assert.equal((await readAll(source, 'sub/b.txt')).toString(), 'world');
});

test('tar: PAX long names and pre-POSIX (v7) headers are read', async (t) => {
  const long = `pkg/${'long-folder-name/'.repeat(10)}file.txt`;
  const bytes = buildTar([
    paxHeader({ path: long }),
    file('ignored', 'pax'),
    file('pkg/v7.txt', 'old', { v7: true }),
  ]);
  const { path, quarantineDir } = await setUp(t, 'pax.tar', bytes);
  const source = await openPackageSource(path, { quarantineDir });
  t.after(() => source.close());
  assert.equal((await readAll(source, long.slice(4))).toString(), 'pax');
  assert.equal((await readAll(source, 'v7.txt')).toString(), 'old');
});

test('tar: several top-level entries give no root', async (t) => {
  const { path, quarantineDir } = await setUp(
    t,
    'flat.tar',
    buildTar([file('METS.xml'), file('data/a.txt')]),
  );
  const source = await openPackageSource(path, { quarantineDir });
  t.after(() => source.close());
  assert.equal(source.rootName, null);
  assert.deepEqual(source.topLevelNames, ['METS.xml', 'data']);
  assert.equal((await readAll(source, 'data/a.txt')).toString(), 'x');
});

const limits = (partial: Partial<PackageLimits>) => partial;
const hostile: [string, RawTarEntry[], ErrorCode, Partial<PackageLimits>?][] = [
  ['path traversal', [file('pkg/../../evil.txt')], 'ARC_ERR_PKG_PATH_TRAVERSAL'],
  ['traversal at the top', [file('../evil.txt')], 'ARC_ERR_PKG_PATH_TRAVERSAL'],
  [
    'traversal in a PAX path',
    [paxHeader({ path: 'pkg/../../evil.txt' }), file('pkg/ok.txt')],
    'ARC_ERR_PKG_PATH_TRAVERSAL',
  ],
  ['absolute path', [file('/tmp/evil.txt')], 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  ['drive letter', [file('C:/evil.txt')], 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  ['backslash', [file('pkg\\..\\evil.txt')], 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  ['control character in name', [file('pkg/a\u0007.txt')], 'ARC_ERR_PKG_BAD_NAME'],
  [
    'NUL in a PAX path',
    [paxHeader({ path: 'pkg/a\u0000b.txt' }), file('pkg/ok.txt')],
    'ARC_ERR_PKG_BAD_NAME',
  ],
  ['invalid UTF-8 in name', [file(Buffer.from('pkg/\xc3\x28.txt', 'latin1'))], 'ARC_ERR_PKG_BAD_NAME'],
  [
    'invalid UTF-8 in a PAX path',
    [paxHeader({ path: Buffer.from('pkg/\xff.txt', 'latin1') }), file('pkg/ok.txt')],
    'ARC_ERR_PKG_BAD_NAME',
  ],
  ['symlink', [{ name: 'pkg/link', type: '2', linkname: '/etc/passwd' }], 'ARC_ERR_PKG_LINK'],
  [
    'hard link',
    [file('pkg/a.txt'), { name: 'pkg/b.txt', type: '1', linkname: 'pkg/a.txt' }],
    'ARC_ERR_PKG_LINK',
  ],
  ['character device', [{ name: 'pkg/null', type: '3' }], 'ARC_ERR_PKG_SPECIAL_FILE'],
  ['block device', [{ name: 'pkg/sda', type: '4' }], 'ARC_ERR_PKG_SPECIAL_FILE'],
  ['FIFO', [{ name: 'pkg/fifo', type: '6' }], 'ARC_ERR_PKG_SPECIAL_FILE'],
  ['GNU sparse file', [file('pkg/sparse', 'x', { type: 'S' })], 'ARC_ERR_PKG_UNSUPPORTED_ENTRY'],
  ['duplicate names', [file('pkg/a.txt'), file('pkg/a.txt')], 'ARC_ERR_PKG_DUPLICATE_ENTRY'],
  [
    'names differing only in case',
    [file('pkg/METS.xml'), file('pkg/Mets.xml')],
    'ARC_ERR_PKG_CASE_DUPLICATE',
  ],
  [
    'too many entries',
    [file('pkg/a'), file('pkg/b'), file('pkg/c')],
    'ARC_ERR_PKG_TOO_MANY_ENTRIES',
    limits({ maxEntries: 2 }),
  ],
  [
    'total declared size',
    [file('pkg/a', 'x'.repeat(60)), file('pkg/b', 'x'.repeat(60))],
    'ARC_ERR_PKG_TOO_LARGE',
    limits({ maxTotalBytes: 100 }),
  ],
  [
    'a declared size beyond the limit',
    [file('pkg/a', 'x', { size: 2 ** 40 })],
    'ARC_ERR_PKG_TOO_LARGE',
    limits({ maxTotalBytes: 2 ** 30 }),
  ],
  [
    'nested too deeply',
    [paxHeader({ path: `pkg/${'d/'.repeat(70)}x` }), file('pkg/x')],
    'ARC_ERR_PKG_PATH_TOO_LONG',
  ],
  [
    'path too long',
    [paxHeader({ path: `pkg/${'a'.repeat(300)}` }), file('pkg/x')],
    'ARC_ERR_PKG_PATH_TOO_LONG',
    limits({ maxPathLength: 255 }),
  ],
  ['a lying size', [file('pkg/a.txt', 'x'.repeat(600), { size: 10 })], 'ARC_ERR_ARCHIVE_CORRUPT'],
];
for (const [what, entries, code, partial] of hostile) {
  test(`tar: refuses ${what} (${code}) and leaves nothing behind`, async (t) => {
    // An innocent first entry, so that the refusal comes after something was already quarantined.
    const bytes = buildTar([file('pkg/first.txt', 'innocent'), ...entries]);
    const { dir, path, quarantineDir } = await setUp(t, 'hostile.tar', bytes);
    const before = await readdir(dir);
    await expectCode(openPackageSource(path, { quarantineDir, limits: partial }), code);
    await assertEmptyDir(quarantineDir);
    assert.deepEqual(await readdir(dir), before); // nothing escaped next to the archive either
  });
}

test('tar: a corrupt header checksum is corrupt', async (t) => {
  const bytes = buildTar([file('pkg/a.txt'), file('pkg/b.txt')]);
  bytes[1024 + 148] = 0x37; // second header's checksum
  const { path, quarantineDir } = await setUp(t, 'checksum.tar', bytes);
  await expectCode(openPackageSource(path, { quarantineDir }), 'ARC_ERR_ARCHIVE_CORRUPT');
  await assertEmptyDir(quarantineDir);
});

test('tar: a truncated TAR is corrupt, whether cut inside a member or between members', async (t) => {
  const whole = buildTar([file('pkg/a.txt', 'a'.repeat(1000)), file('pkg/b.txt', 'b')]);
  for (const length of [700, 1200, 1536, 2048, 2559, 2560]) {
    const { path, quarantineDir } = await setUp(t, `truncated-${length}.tar`, whole.subarray(0, length));
    await expectCode(openPackageSource(path, { quarantineDir }), 'ARC_ERR_ARCHIVE_CORRUPT');
    await assertEmptyDir(quarantineDir);
  }
});

test('tar: a truncated .tar.gz is corrupt', async (t) => {
  const whole = gzipSync(buildTar([file('pkg/a.txt', randomBytes(5000).toString('hex'))]));
  const { path, quarantineDir } = await setUp(t, 'truncated.tgz', whole.subarray(0, whole.length - 100));
  await expectCode(openPackageSource(path, { quarantineDir }), 'ARC_ERR_ARCHIVE_CORRUPT');
  await assertEmptyDir(quarantineDir);
});

test('tar: a .tar.gz that inflates beyond the compression ratio is refused', async (t) => {
  const bomb = gzipSync(buildTar([{ name: 'pkg/zeros', data: Buffer.alloc(8 * 1024 * 1024) }]));
  const { path, quarantineDir } = await setUp(t, 'bomb.tgz', bomb);
  await expectCode(openPackageSource(path, { quarantineDir }), 'ARC_ERR_PKG_COMPRESSION_RATIO');
  await assertEmptyDir(quarantineDir);
});
