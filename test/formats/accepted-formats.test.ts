/**
 * Every format of the default (Riksarkivet) format policy, generated in test code, is identified
 * with the PUID and method DROID gives it (signature file V118, container signatures 2024-05-01).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFileSample } from '../../src/adapters/format/file-sample.ts';
import { openLocalFile } from '../../src/adapters/format/local-random-access-file.ts';
import { loadFormatIdentifier } from '../../src/adapters/format/pronom-format-identifier.ts';
import { ACCEPTED_FORMAT_SAMPLES } from './samples/accepted-formats.ts';

test('the shipped signature files are in use', async () => {
  const identifier = await loadFormatIdentifier();
  assert.deepEqual(identifier.versions, { signature: '118', container: '20240501' });
  assert.equal(identifier.headBytes, 65536);
  assert.equal(identifier.tailBytes, 65536);
});

test('each accepted preservation format is identified as DROID identifies it', async (t) => {
  const identifier = await loadFormatIdentifier();
  const dir = await mkdtemp(join(tmpdir(), 'samarkiv-formats-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const sample of ACCEPTED_FORMAT_SAMPLES) {
    await t.test(`${sample.format} → ${sample.puid} by ${sample.method}`, async () => {
      const path = join(dir, sample.name);
      await writeFile(path, await sample.make());
      const bytes = await readFileSample(path, identifier.headBytes, identifier.tailBytes);
      const result = await identifier.identify(sample.name, bytes, () => openLocalFile(path));
      assert.equal(result.puid, sample.puid, JSON.stringify(result));
      assert.equal(result.method, sample.method, JSON.stringify(result));
      assert.deepEqual(result.candidates, [], JSON.stringify(result));
    });
  }
});
