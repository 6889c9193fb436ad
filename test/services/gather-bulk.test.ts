/**
 * The gatherer hands plain digesting to the source in bulk (worker threads for a folder) from a
 * thousand files on; small packages are read on the main thread. Both must gather the same facts
 * and so produce the same report, corrupted files included.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateSip } from '../../bench/support/generate-sip.ts';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { shippedSchemaValidator } from '../../src/adapters/xml/shipped-schema-validator.ts';
import { runRequirements } from '../../src/core/validation/engine.ts';
import { requirementsOf } from '../../src/core/validation/profile-requirements.ts';
import { RULES_BY_ID } from '../../src/core/validation/rules/index.ts';
import { gatherContext, type GatherOptions } from '../../src/services/validate/gather-context.ts';

async function gatherWith(root: string, bulkFromFiles: GatherOptions['bulkFromFiles']) {
  const source = await openPackageSource(root);
  try {
    let progress = 0;
    const ctx = await gatherContext(source, {
      schemaValidator: shippedSchemaValidator,
      bulkFromFiles,
      onProgress: (done) => (progress = done),
    });
    return { ctx, progress };
  } finally {
    await source.close();
  }
}

test('bulk and main-thread reads gather the same facts and the same findings', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'samarkiv-gather-bulk-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const sip = await generateSip(
    dir,
    Array.from({ length: 40 }, (_, i) => 100 + i * 97),
  );
  // Same size, other bytes: only the checksum can tell.
  await writeFile(sip.dataFiles[7] as string, Buffer.alloc(100 + 7 * 97, 1));

  const bulk = await gatherWith(sip.root, 1);
  const inThread = await gatherWith(sip.root, Infinity);
  const sorted = (m: ReadonlyMap<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  assert.deepEqual(sorted(bulk.ctx.files), sorted(inThread.ctx.files));
  assert.equal(bulk.progress, inThread.progress);

  const results = (ctx: typeof bulk.ctx) => runRequirements(ctx, requirementsOf(ctx.profile), RULES_BY_ID);
  assert.deepEqual(results(bulk.ctx), results(inThread.ctx));
  const csip71 = results(bulk.ctx).find((r) => r.requirement === 'CSIP71');
  assert.equal(csip71?.status, 'failed');
  assert.equal(csip71?.findingsTotal, 1);
  assert.match(csip71?.findings[0]?.message.en ?? '', /d0\/f7\.bin/);
});
