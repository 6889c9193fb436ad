/**
 * The way back after a full disk, over both databases: an ingest that failed with
 * ARC_ERR_STORAGE_FULL (ENOSPC simulated as in ingest-failures.test.ts) is retried through the API
 * by an archivist once space is free; the re-run ingest job reaches `preserved` with verified
 * copies. Retrying anything else is ARC_ERR_INGEST_RETRY; a reader may not retry.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writePackageToStores } from '../../src/adapters/blob/blob-package-writer.ts';
import { openFsBlobStore } from '../../src/adapters/blob/fs/blob-store.ts';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { samarkivSoftware } from '../../src/adapters/package-writer/write-package.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { createWorker } from '../../src/jobs/worker.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { aipIdFor, ingestSubmission } from '../../src/services/server/aip/ingest.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, fullDisk } from './support.ts';

let report: ValidationReport;
before(async () => {
  report = await controlReport(EXAMPLE_SIP, false);
});

for (const backend of BACKENDS) {
  describe(`retry of an ingest after a full disk on ${backend.name}`, () => {
    let t: TestServer;
    let scratch: string;
    let stores: BlobStore[];
    before(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'samarkiv-retry-'));
      const locations = [join(scratch, 'kopia-1'), join(scratch, 'kopia-2')];
      t = await startTestServer(backend, { config: { storage: locations.map((l) => `fs:${l}`) } });
      stores = locations.map((l) => openFsBlobStore(l));
    });
    after(async () => {
      await t.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    const submission = (id: string) =>
      t.server.ctx.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    test('failed on a full disk, retried by the archivist, preserved with every copy verified', async () => {
      const { submissionId } = await approvedSubmission(t.server, {
        tenantId: 'lund',
        sipPath: EXAMPLE_SIP,
        report,
      });
      const full = [stores[0] as BlobStore, fullDisk(stores[1] as BlobStore, 200_000)];
      await ingestSubmission(
        {
          ctx: t.server.ctx,
          stores: full,
          dataDir: t.server.config.dataDir,
          openSource: (p) => openPackageSource(p),
          writePackage: writePackageToStores,
          software: samarkivSoftware(),
        },
        submissionId,
      );
      const failed = await submission(submissionId);
      assert.equal(failed.state, 'failed');
      assert.equal(JSON.parse(failed.failure ?? '{}').code, 'ARC_ERR_STORAGE_FULL');
      // The delivery page reads the failure in both languages (it once answered 500 here).
      const archivist = await t.login('arkivarie.lund');
      const shown = await archivist.request('GET', `/api/submissions/${submissionId}`);
      assert.equal(shown.statusCode, 200, shown.body);
      const failure = (shown.json() as { failure: { code: string; message: string; message_sv: string } })
        .failure;
      assert.equal(failure.code, 'ARC_ERR_STORAGE_FULL');
      assert.match(failure.message_sv, /ENOSPC/);
      assert.notEqual(failure.message_sv, failure.message);

      const reader = await t.login('lasare.ystad');
      const hidden = await reader.request('POST', `/api/submissions/${submissionId}/retry-ingest`);
      assert.equal(hidden.statusCode, 404, hidden.body);
      const registrar = await t.login('registrator.lund');
      const refused = await registrar.request('POST', `/api/submissions/${submissionId}/retry-ingest`);
      assert.ok([403, 404].includes(refused.statusCode), refused.body);

      // Space is free again (the server's own stores have no limit): the archivist retries.
      const retried = await archivist.request('POST', `/api/submissions/${submissionId}/retry-ingest`);
      assert.equal(retried.statusCode, 202, retried.body);
      assert.equal((retried.json() as { state: string }).state, 'approved');
      const twice = await archivist.request('POST', `/api/submissions/${submissionId}/retry-ingest`);
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'ARC_ERR_INGEST_RETRY');

      await createWorker(t.server.ctx, t.server.handlers).drain();
      const done = await submission(submissionId);
      assert.equal(done.state, 'preserved', done.failure ?? '');
      assert.equal(done.failure, null);
      const copies = await t.server.ctx.db
        .selectFrom('aip_copies')
        .select(['location', 'state'])
        .where('aip_id', '=', aipIdFor(submissionId))
        .execute();
      assert.deepEqual(
        copies.map((c) => c.state),
        ['verified', 'verified'],
      );
      const audited = await t.server.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('object_id', 'in', [submissionId, aipIdFor(submissionId)])
        .execute();
      const actions = audited.map((a) => a.action);
      assert.ok(actions.includes('aip.ingest-failed') && actions.includes('submission.retry-ingest'));
      assert.ok(actions.includes('aip.preserve'));

      const preserved = await archivist.request('POST', `/api/submissions/${submissionId}/retry-ingest`);
      assert.equal(preserved.statusCode, 409);
      assert.equal(preserved.json().code, 'ARC_ERR_INGEST_RETRY');
    });
  });
}
