import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import { crc32 } from 'node:zlib';
import type { ErrorCode } from '../../../src/core/errors.ts';
import type { PackageLimits } from '../../../src/ports/package-source.ts';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { expectCode, listing, readAll, tempDir, tempFile, writeYazl } from './support/fixtures.ts';
import { buildZip, unixMode, type RawZipEntry } from './support/raw-zip.ts';

const file = (name: string | Buffer, text = 'x', extra: Partial<RawZipEntry> = {}): RawZipEntry => ({
  name,
  data: Buffer.from(text),
  ...extra,
});

test('zip: lists entries below the single root folder and reads them', async (t) => {
  const path = join(await tempDir(t), 'package.zip');
  const big = randomBytes(3 * 1024 * 1024);
  await writeYazl(path, (zip) => {
    zip.addEmptyDirectory('pkg/');
    zip.addBuffer(Buffer.from('<mets/>'), 'pkg/METS.xml');
    zip.addBuffer(big, 'pkg/representations/rep1/data/big.bin');
    zip.addBuffer(Buffer.alloc(0), 'pkg/empty.txt', { compress: false });
  });
  const source = await openPackageSource(path);
  t.after(() => source.close());
  assert.equal(source.kind, 'zip');
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
  assert.equal((await readAll(source, 'METS.xml')).toString(), '<mets/>');
  assert.ok((await readAll(source, 'representations/rep1/data/big.bin')).equals(big));
  assert.equal((await readAll(source, 'empty.txt')).length, 0);
  await expectCode(readAll(source, 'missing.txt'), 'ARC_ERR_INPUT_READ');
  await source.close();
  await source.close(); // safe twice
});

test('zip: several top-level entries give no root and paths from the top level', async (t) => {
  const path = await tempFile(t, 'flat.zip', buildZip([file('METS.xml'), file('data/a.txt')]));
  const source = await openPackageSource(path);
  t.after(() => source.close());
  assert.equal(source.rootName, null);
  assert.deepEqual(source.topLevelNames, ['METS.xml', 'data']);
  assert.deepEqual(listing(source), ['d data 0', 'f METS.xml 1', 'f data/a.txt 1']);
});

test('zip: ZIP64 records (forced by yazl) are read', async (t) => {
  const path = join(await tempDir(t), 'zip64.zip');
  await writeYazl(
    path,
    (zip) => {
      zip.addBuffer(Buffer.from('hello'), 'pkg/a.txt', { forceZip64Format: true });
      zip.addBuffer(Buffer.alloc(100_000, 7), 'pkg/b.bin', { forceZip64Format: true, compress: true });
    },
    { forceZip64Format: true },
  );
  const source = await openPackageSource(path);
  t.after(() => source.close());
  assert.deepEqual(listing(source), ['f a.txt 5', 'f b.bin 100000']);
  assert.equal((await readAll(source, 'a.txt')).toString(), 'hello');
  assert.ok((await readAll(source, 'b.bin')).equals(Buffer.alloc(100_000, 7)));
});

test('zip: a CP437 name without the UTF-8 flag is decoded', async (t) => {
  const path = await tempFile(t, 'cp437.zip', buildZip([file(Buffer.from([0x72, 0x2f, 0x86, 0x2e, 0x74]))]));
  const source = await openPackageSource(path);
  t.after(() => source.close());
  assert.deepEqual([...source.entries.keys()], ['å.t']);
});

const limits = (partial: Partial<PackageLimits>) => ({ limits: partial });
const hostile: [string, RawZipEntry[], ErrorCode, { limits?: Partial<PackageLimits> }?][] = [
  ['path traversal', [file('pkg/../../evil.txt')], 'ARC_ERR_PKG_PATH_TRAVERSAL'],
  ['traversal at the top', [file('../evil.txt')], 'ARC_ERR_PKG_PATH_TRAVERSAL'],
  ['absolute path', [file('/etc/evil')], 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  ['drive letter', [file('C:/evil.txt')], 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  ['backslash', [file('pkg\\..\\evil.txt')], 'ARC_ERR_PKG_ABSOLUTE_PATH'],
  ['NUL in name', [file('pkg/a\u0000.txt')], 'ARC_ERR_PKG_BAD_NAME'],
  ['control character in name', [file('pkg/a\u001b[2J.txt')], 'ARC_ERR_PKG_BAD_NAME'],
  [
    'invalid UTF-8 with the UTF-8 flag',
    [file(Buffer.from('pkg/\xff\xfe.txt', 'latin1'), 'x', { flags: 0x800 })],
    'ARC_ERR_PKG_BAD_NAME',
  ],
  ['control byte in a CP437 name', [file(Buffer.from('pkg/a\x01.txt', 'latin1'))], 'ARC_ERR_PKG_BAD_NAME'],
  [
    'symlink in the external attributes',
    [file('pkg/link', '/etc/passwd', { externalAttributes: unixMode(0o120777) })],
    'ARC_ERR_PKG_LINK',
  ],
  [
    'FIFO in the external attributes',
    [file('pkg/fifo', '', { externalAttributes: unixMode(0o010644) })],
    'ARC_ERR_PKG_SPECIAL_FILE',
  ],
  [
    'device in the external attributes',
    [file('pkg/sda', '', { externalAttributes: unixMode(0o060644) })],
    'ARC_ERR_PKG_SPECIAL_FILE',
  ],
  ['duplicate names', [file('pkg/a.txt'), file('pkg/a.txt')], 'ARC_ERR_PKG_DUPLICATE_ENTRY'],
  [
    'names differing only in case',
    [file('pkg/METS.xml'), file('pkg/mets.xml')],
    'ARC_ERR_PKG_CASE_DUPLICATE',
  ],
  ['encrypted entry', [file('pkg/secret.txt', 'x', { flags: 0x801 })], 'ARC_ERR_PKG_ENCRYPTED_ENTRY'],
  ['strong encryption', [file('pkg/secret.txt', 'x', { flags: 0x841 })], 'ARC_ERR_PKG_ENCRYPTED_ENTRY'],
  [
    'unsupported compression method',
    [file('pkg/a.txt', 'x', { method: 14 })],
    'ARC_ERR_PKG_UNSUPPORTED_ENTRY',
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
    'compression ratio',
    [file('pkg/zeros', '\0'.repeat(2 * 1024 * 1024), { deflate: true })],
    'ARC_ERR_PKG_COMPRESSION_RATIO',
  ],
  [
    'path too long',
    [file(`pkg/${'a'.repeat(300)}`)],
    'ARC_ERR_PKG_PATH_TOO_LONG',
    limits({ maxPathLength: 255 }),
  ],
  ['nested too deeply', [file(`pkg/${'d/'.repeat(70)}x`)], 'ARC_ERR_PKG_PATH_TOO_LONG'],
  [
    'stored entry with lying sizes',
    [file('pkg/a.txt', 'hello', { uncompressedSize: 2 })],
    'ARC_ERR_ARCHIVE_CORRUPT',
  ],
  [
    'overlapping entries',
    [file('pkg/a.txt', 'hello'), file('pkg/b.txt', 'hello', { offset: 0 })],
    'ARC_ERR_ARCHIVE_CORRUPT',
  ],
];
for (const [what, entries, code, options] of hostile) {
  test(`zip: refuses ${what} (${code})`, async (t) => {
    const path = await tempFile(t, 'hostile.zip', buildZip(entries));
    await expectCode(openPackageSource(path, options), code);
  });
}

test('zip: a deflated entry that inflates past its declared size fails while streaming', async (t) => {
  const data = Buffer.from('a'.repeat(5000));
  const lying = file('pkg/a.txt', data.toString(), {
    deflate: true,
    uncompressedSize: 100,
    crc: crc32(data.subarray(0, 100)),
  });
  const source = await openPackageSource(await tempFile(t, 'lying.zip', buildZip([lying])));
  t.after(() => source.close());
  await expectCode(readAll(source, 'a.txt'), 'ARC_ERR_ARCHIVE_CORRUPT');
});

test('zip: a deflated entry shorter than declared fails while streaming', async (t) => {
  const short = file('pkg/a.txt', 'abc', { deflate: true, uncompressedSize: 10 });
  const source = await openPackageSource(await tempFile(t, 'short.zip', buildZip([short])));
  t.after(() => source.close());
  await expectCode(readAll(source, 'a.txt'), 'ARC_ERR_ARCHIVE_CORRUPT');
});

test('zip: a CRC-32 mismatch fails while streaming', async (t) => {
  const source = await openPackageSource(
    await tempFile(t, 'crc.zip', buildZip([file('pkg/a.txt', 'abc', { crc: 1 })])),
  );
  t.after(() => source.close());
  await expectCode(readAll(source, 'a.txt'), 'ARC_ERR_ARCHIVE_CORRUPT');
});

test('zip: a truncated ZIP is corrupt', async (t) => {
  const whole = buildZip([file('pkg/a.txt', 'hello'), file('pkg/b.txt', 'world')]);
  for (const length of [40, whole.length - 30, whole.length - 1]) {
    const path = join(await tempDir(t), `truncated-${length}.zip`);
    await writeFile(path, whole.subarray(0, length));
    await expectCode(openPackageSource(path), 'ARC_ERR_ARCHIVE_CORRUPT');
  }
});

test('zip: an empty ZIP opens with no entries and no root', async (t) => {
  const source = await openPackageSource(await tempFile(t, 'empty.zip', buildZip([])));
  t.after(() => source.close());
  assert.equal(source.rootName, null);
  assert.equal(source.entries.size, 0);
});
