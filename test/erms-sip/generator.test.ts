/**
 * The W3D3-like generator: reproducible for a seed, Swedish case numbers, fake personnummer with a
 * valid check digit, and an ERMS file whose appendix paths name exactly the documents written.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { listFolder } from '../../src/adapters/package-writer/list-folder.ts';
import { luhnDigit } from '../../src/services/generate/w3d3/identity.ts';
import { smallExport } from './support.ts';

async function fingerprint(e: { ermsFile: string; documentsFolder: string }): Promise<string> {
  const h = createHash('sha256').update(await readFile(e.ermsFile));
  for (const f of await listFolder(e.documentsFolder))
    h.update(f.path).update(await readFile(f.absolutePath));
  return h.digest('hex');
}

test('the same seed gives the same export, another seed another', async () => {
  const a = await smallExport(3, '2.1', 5);
  const b = await smallExport(3, '2.1', 5);
  const c = await smallExport(3, '2.1', 6);
  assert.equal(await fingerprint(a), await fingerprint(b));
  assert.notEqual(await fingerprint(a), await fingerprint(c));
});

test('the export reads like a Swedish diarium with fake, well-formed identity numbers', async () => {
  const e = await smallExport(4, '3.0', 9);
  const xml = await readFile(e.ermsFile, 'utf8');
  assert.match(xml, /<objectId>KS 2015\/00001<\/objectId>/);
  assert.match(xml, /<classification classificationCode="\d\.\d"/);
  assert.match(xml, /addressType="postal_address"/); // the 3.0 spelling
  const numbers = [...xml.matchAll(/idNumberType="fiktivt personnummer">(\d{8})-(\d{3})(\d)</g)];
  for (const [, date, birth, check] of numbers) {
    assert.ok(Number(birth) >= 980, 'birth numbers 980–999 are the fictitious range');
    assert.equal(luhnDigit(`${(date as string).slice(2)}${birth}`), Number(check));
  }
  const paths = [...xml.matchAll(/<appendix [^>]*path="([^"]+)"/g)].map((m) => m[1]).sort();
  const files = (await listFolder(e.documentsFolder)).map((f) => f.path).sort();
  assert.deepEqual(paths, files);
  assert.equal(files.length, e.documents);
  assert.match(await readFile(join(e.documentsFolder, files[0] as string), 'latin1'), /^%PDF-1\.4/);
});
