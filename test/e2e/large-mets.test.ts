/**
 * A METS larger than one read chunk (1 MiB) is parsed, checksummed and schema-validated from the
 * same read. Regression: chunks are reused buffers, and keeping views instead of copies once
 * corrupted the bytes handed to the schema validator.
 */
import assert from 'node:assert/strict';
import { rm, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDeps } from '../../src/cli/deps.ts';
import { validatePackage } from '../../src/services/validate-package.ts';
import { generateSip } from '../../bench/support/generate-sip.ts';

test('a 5,000-file package with a multi-megabyte METS validates cleanly', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'samarkiv-large-mets-'));
  try {
    const sip = await generateSip(
      dir,
      Array.from({ length: 5000 }, (_, i) => 10 + (i % 50)),
    );
    const metsSize = (await stat(join(sip.root, 'representations', 'rep1', 'METS.xml'))).size;
    assert.ok(metsSize > 1024 * 1024, `representation METS is ${metsSize} bytes, more than one chunk`);
    const report = await validatePackage(createDeps(), sip.root, { lang: 'en' });
    const failed = report.results
      .filter((r) => r.status === 'failed')
      .map((r) => `${r.requirement}: ${r.message}`);
    assert.deepEqual(failed, []);
    assert.ok(report.summary.files >= 5000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
