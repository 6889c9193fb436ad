import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPackageSource } from '../../../src/adapters/package/open-package-source.ts';
import { readAll, tempFile } from './support/fixtures.ts';
import { buildZip, type RawZipEntry } from './support/raw-zip.ts';

// More than 65,535 entries do not fit the classic end record, so the count lives in the ZIP64 end
// record. Written by hand: yazl takes quadratic time to write this many entries.
const COUNT = 70_000;

test('zip: an archive with more than 65,535 entries (ZIP64 end record) is listed completely', async (t) => {
  const entries: RawZipEntry[] = [];
  for (let i = 0; i < COUNT; i++)
    entries.push({ name: `pkg/d${i % 100}/f${i}`, data: Buffer.from(String(i)) });
  const source = await openPackageSource(await tempFile(t, 'many.zip', buildZip(entries, { zip64: true })));
  t.after(() => source.close());
  assert.equal(source.rootName, 'pkg');
  assert.equal(source.entries.size, COUNT + 100);
  assert.equal((await readAll(source, 'd0/f0')).toString(), '0');
  assert.equal((await readAll(source, `d99/f${COUNT - 1}`)).toString(), String(COUNT - 1));
});
