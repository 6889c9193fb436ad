/**
 * ZipEncryptionInspector on generated files: ZIPs from Info-ZIP `zip -P` and from raw bytes
 * (AES, strong encryption), OpenDocument files with and without encryption-data in the
 * manifest, and OLE2 compound files written by support/make-cfb.ts with each format's mark.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ZipEncryptionInspector } from '../../../src/adapters/inspect/zip-encryption-inspector.ts';
import type { ContentFindings } from '../../../src/ports/content-inspector.ts';
import { tempDir, tempFile } from '../package/support/fixtures.ts';
import { buildZip } from '../package/support/raw-zip.ts';
import { currentUserStream, makeCfb, wordDocumentStream, workbookStream } from './support/make-cfb.ts';
import { odfDocument, writeZip, zipWithPassword } from './support/samples.ts';

const inspector = new ZipEncryptionInspector();
type T = Parameters<typeof tempFile>[0];

async function inspectPath(localPath: string, puid = 'x-fmt/263'): Promise<ContentFindings> {
  return inspector.inspect({ path: 'representations/rep1/data/x', puid, size: 0, localPath });
}
async function inspectBytes(t: T, bytes: Buffer, puid?: string): Promise<ContentFindings> {
  return inspectPath(await tempFile(t, 'sample.bin', bytes), puid);
}

test('zip: handles ZIP, OOXML, ODF and OLE2 PUIDs, not PDF or unknown', () => {
  for (const puid of [
    'x-fmt/263',
    'fmt/412',
    'fmt/214',
    'fmt/215',
    'fmt/494',
    'fmt/291',
    'fmt/1756',
    'fmt/111',
    'fmt/40',
    'fmt/754',
    'fmt/1196',
  ]) {
    assert.ok(inspector.handles(puid), puid);
  }
  for (const puid of ['fmt/18', 'fmt/354', 'fmt/101', 'x-fmt/111']) assert.ok(!inspector.handles(puid), puid);
  assert.ok(!inspector.handles(null));
});

test('zip: a ZIP without encryption is clean', async (t) => {
  const path = join(await tempDir(t), 'plain.zip');
  await writeZip(path, [
    ['a.txt', Buffer.from('a'), true],
    ['dir/b.bin', randomBytes(5000), false],
  ]);
  assert.deepEqual(await inspectPath(path), {
    encrypted: false,
    encryptionDetail: null,
    pdfa: null,
    inspectionError: null,
  });
});

test('zip: entries encrypted by `zip -P` are found by name, the others are not', async (t) => {
  const found = await inspectPath(await zipWithPassword(t));
  assert.equal(found.encrypted, true);
  assert.equal(found.inspectionError, null);
  assert.match(
    found.encryptionDetail!,
    /^1 of 2 ZIP entries are encrypted \(ZipCrypto \(traditional PKWARE\)\): secret\.txt$/,
  );
});

test('zip: WinZip AES and PKWARE strong encryption are found from the directory alone', async (t) => {
  const found = await inspectBytes(
    t,
    buildZip([
      { name: 'plain.txt', data: Buffer.from('x') },
      { name: 'aes.txt', data: randomBytes(40), method: 99, flags: 0x0801 },
      { name: 'more.txt', data: Buffer.from('y') },
    ]),
  );
  assert.equal(found.encrypted, true);
  assert.match(found.encryptionDetail!, /^1 of 3 ZIP entries are encrypted \(WinZip AES\): aes\.txt$/);

  // yauzl stops listing at a strong-encryption entry: it is reported, with the count as a minimum.
  const strong = await inspectBytes(
    t,
    buildZip([
      { name: 'plain.txt', data: Buffer.from('x') },
      { name: 'strong.txt', data: randomBytes(40), method: 8, flags: 0x0841 },
      { name: 'later.txt', data: Buffer.from('y') },
    ]),
  );
  assert.equal(strong.encrypted, true);
  assert.equal(strong.inspectionError, null);
  assert.match(
    strong.encryptionDetail!,
    /^1 of the first 2 ZIP entries are encrypted \(PKWARE strong encryption\): \(entry 2\)$/,
  );
});

test('zip: many encrypted entries are summarised, not all listed', async (t) => {
  // A stored ZipCrypto entry is 12 header bytes longer than its content (APPNOTE 6.1.3).
  const entries = Array.from({ length: 12 }, (_, i) => ({
    name: `f${i}.txt`,
    data: randomBytes(13),
    uncompressedSize: 1,
    flags: 0x0801,
  }));
  const found = await inspectBytes(t, buildZip(entries));
  assert.match(found.encryptionDetail!, /12 of 12 .*f0\.txt, f1\.txt, f2\.txt, f3\.txt, f4\.txt and 7 more$/);
});

test('odf: encryption-data in the manifest marks the document encrypted; a plain one is clean', async (t) => {
  const encrypted = await inspectPath(await odfDocument(t, true), 'fmt/291');
  assert.equal(encrypted.encrypted, true);
  assert.match(
    encrypted.encryptionDetail!,
    /OpenDocument encryption declared in META-INF\/manifest\.xml for 1 entries: content\.xml/,
  );
  const plain = await inspectPath(await odfDocument(t, false), 'fmt/291');
  assert.equal(plain.encrypted, false);
  assert.equal(plain.inspectionError, null);
});

test('odf: OpenOffice.org 1.x manifests (own namespace, DOCTYPE) and OpenPGP keyinfo are read', async (t) => {
  const dir = await tempDir(t);
  const oldManifest =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">' +
    '<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">' +
    '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>';
  await writeZip(join(dir, 'old.sxw'), [['META-INF/manifest.xml', Buffer.from(oldManifest), true]]);
  assert.equal((await inspectPath(join(dir, 'old.sxw'), 'fmt/128')).encrypted, true);

  const pgp =
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
    '<manifest:file-entry manifest:full-path="/"/><manifest:keyinfo/></manifest:manifest>';
  await writeZip(join(dir, 'pgp.odt'), [['META-INF/manifest.xml', Buffer.from(pgp), true]]);
  assert.match((await inspectPath(join(dir, 'pgp.odt'), 'fmt/1756')).encryptionDetail!, /OpenPGP/);
});

test('odf: a manifest that is not XML is an inspection error', async (t) => {
  const found = await inspectBytes(
    t,
    buildZip([{ name: 'META-INF/manifest.xml', data: Buffer.from('<manifest:manifest') }]),
    'fmt/291',
  );
  assert.equal(found.encrypted, false);
  assert.match(found.inspectionError!, /manifest\.xml is not well-formed/);
});

test('odf: a manifest that inflates beyond its stated size is cut off, not buffered', async (t) => {
  const bomb = Buffer.alloc(20 * 1024 * 1024, 0x20);
  const zip = buildZip([{ name: 'META-INF/manifest.xml', data: bomb, deflate: true, uncompressedSize: 100 }]);
  const found = await inspectBytes(t, zip, 'fmt/291');
  assert.match(found.inspectionError!, /manifest\.xml is larger than 16777216 bytes/);
});

test('ooxml: a password-protected DOCX (OLE2 with EncryptionInfo) is found even under a DOCX PUID', async (t) => {
  const cfb = makeCfb([
    {
      path: 'EncryptionInfo',
      data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<encryption/>')]),
    },
    { path: 'EncryptedPackage', data: randomBytes(9000) },
  ]);
  for (const puid of ['fmt/494', 'fmt/412', 'fmt/111']) {
    const found = await inspectBytes(t, cfb, puid);
    assert.equal(found.encrypted, true, puid);
    assert.equal(found.encryptionDetail, 'Office 2007+ encryption (EncryptionInfo, EncryptedPackage)');
  }
});

test('ole2: Word, Excel and PowerPoint 97-2003 passwords are found; the same files without are clean', async (t) => {
  const cases: [string, (on: boolean) => Buffer, RegExp][] = [
    [
      'word (large stream)',
      (on) =>
        makeCfb([
          { path: 'WordDocument', data: wordDocumentStream(on) },
          { path: '1Table', data: Buffer.alloc(600) },
        ]),
      /Word 97-2003 password protection \(fEncrypted\)/,
    ],
    [
      'word (mini stream)',
      (on) => makeCfb([{ path: 'WordDocument', data: wordDocumentStream(on, 900) }]),
      /Word 97-2003/,
    ],
    [
      'excel',
      (on) => makeCfb([{ path: 'Workbook', data: workbookStream(on) }]),
      /Excel 97-2003 password protection \(FILEPASS\)/,
    ],
    [
      'powerpoint',
      (on) =>
        makeCfb([
          { path: 'Current User', data: currentUserStream(on) },
          { path: 'PowerPoint Document', data: Buffer.alloc(5000) },
        ]),
      /PowerPoint 97-2003 password protection/,
    ],
  ];
  for (const [name, make, detail] of cases) {
    const on = await inspectBytes(t, make(true), 'fmt/111');
    assert.equal(on.encrypted, true, name);
    assert.match(on.encryptionDetail!, detail, name);
    const off = await inspectBytes(t, make(false), 'fmt/111');
    assert.deepEqual(
      off,
      { encrypted: false, encryptionDetail: null, pdfa: null, inspectionError: null },
      name,
    );
  }
});

test('ole2: an encrypted object embedded in a storage is named by its path', async (t) => {
  const cfb = makeCfb([
    { path: 'WordDocument', data: wordDocumentStream(false) },
    { path: 'ObjectPool/_1234/Workbook', data: workbookStream(true) },
  ]);
  const found = await inspectBytes(t, cfb, 'fmt/40');
  assert.equal(
    found.encryptionDetail,
    'Excel 97-2003 password protection (FILEPASS) in ObjectPool/_1234/Workbook',
  );
});

test('ole2: damaged compound files give an inspection error and never hang', async (t) => {
  const good = makeCfb([{ path: 'WordDocument', data: wordDocumentStream(true) }]);
  const looped = Buffer.from(good);
  looped.writeUInt32LE(1, 512 + 1 * 4); // FAT: the directory sector points to itself
  const truncated = good.subarray(0, 600);
  const hugeFat = Buffer.from(good);
  hugeFat.writeUInt32LE(0x7fffffff, 0x2c);
  for (const [name, bytes] of [
    ['loop', looped],
    ['truncated', truncated],
    ['huge FAT', hugeFat],
  ] as const) {
    const found = await inspectBytes(t, bytes, 'fmt/111');
    assert.equal(found.encrypted, false, name);
    assert.match(found.inspectionError ?? '', /^OLE2 structure is damaged: /, name);
  }
});

test('zip: damaged or mislabelled files give an inspection error', async (t) => {
  const zip = buildZip([{ name: 'a.txt', data: Buffer.from('abc') }]);
  const cut = await inspectBytes(t, zip.subarray(0, zip.length - 10));
  assert.match(cut.inspectionError!, /^ZIP structure is damaged: /);
  const text = await inspectBytes(t, Buffer.from('just text, not a zip'), 'fmt/412');
  assert.match(text.inspectionError!, /neither a ZIP nor an OLE2/);
  const empty = await inspectBytes(t, Buffer.alloc(0));
  assert.match(empty.inspectionError!, /neither a ZIP nor an OLE2/);
});

test('every PUID the inspectors name exists in the shipped DROID signature file', async () => {
  const lists = await import('../../../src/adapters/inspect/inspected-formats.ts');
  const current = JSON.parse(
    readFileSync(new URL('../../../data/pronom/current.json', import.meta.url), 'utf8'),
  ) as { signatureFile: string };
  const droid = readFileSync(
    new URL(`../../../data/pronom/${current.signatureFile}`, import.meta.url),
    'utf8',
  );
  for (const set of [
    lists.PDF_PUIDS,
    lists.ZIP_PUIDS,
    lists.OOXML_PUIDS,
    lists.ODF_PUIDS,
    lists.OLE2_PUIDS,
  ]) {
    for (const puid of set)
      assert.ok(droid.includes(`PUID="${puid}"`), `${puid} is in ${current.signatureFile}`);
  }
});
