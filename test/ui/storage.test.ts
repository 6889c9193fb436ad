/**
 * Storage in the web UI, in headless Chromium against a real server: a delivery controlled and
 * approved by the archive's own services, whose ingest job failed on a full disk (the real ingest
 * over a location that runs out of space), shows the failure and the retry button; clicking it
 * queues the ingest again, the page shows it in progress and follows it to a preserved AIP. An AIP's page shows each copy's last fixity check: "never" before, the
 * audit's time after `POST /api/storage/audit` ran as a job; in Swedish and in English.
 * Screenshots go to test-artifacts/ui/.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writePackageToStores } from '../../src/adapters/blob/blob-package-writer.ts';
import { openBlobStore } from '../../src/adapters/blob/open-blob-store.ts';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { samarkivSoftware } from '../../src/adapters/package-writer/write-package.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import type { JobHandlers } from '../../src/jobs/handlers.ts';
import { createWorker } from '../../src/jobs/worker.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { aipIdFor, ingestSubmission } from '../../src/services/server/aip/ingest.ts';
import { INGEST_JOB } from '../../src/services/server/approval.ts';
import { approvalDepsFor, approveControlled, principalOf, receivedDelivery } from '../crash/deliveries.ts';
import {
  approvedSubmission,
  controlReport,
  EXAMPLE_SIP,
  fullDisk,
  ingestViaJob,
} from '../preservation/support.ts';
import { DEMO_PASSWORD } from '../support/test-server.ts';
import { logIn, newPage, screenshot } from './support/browser.ts';
import { useBrowserServer } from './support/browser-server.ts';

/** The page polls every 1.5 s; generous for a loaded CI machine. */
const JOB_TIMEOUT_MS = 60_000;

let report: ValidationReport | undefined;
const reportOf = async (): Promise<ValidationReport> => (report ??= await controlReport(EXAMPLE_SIP, false));

describe('web UI: retry after a full disk, and the copies’ last fixity check', () => {
  // Jobs are run by the test (drain), so each step of the page can be seen in turn.
  const ui = useBrowserServer();

  const submissionState = async (id: string) =>
    (
      await ui.t.server.ctx.db
        .selectFrom('submissions')
        .select(['state', 'failure'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).state;

  it('shows an ingest that failed on a full disk; "Arkivera igen" queues it again and it is preserved', async () => {
    const { server } = ui.t;
    const { ctx } = server;
    const archivist = await principalOf(ctx, 'arkivarie.lund');
    const { submissionId } = await receivedDelivery(ctx, server.config.dataDir, archivist, {
      tenantId: 'lund',
      sipPath: EXAMPLE_SIP,
      title: 'Bygglov – Lund',
    });
    await createWorker(ctx, server.handlers).drain(); // delivery control
    await approveControlled(ctx, await approvalDepsFor(ctx, server.config.dataDir), archivist, submissionId);
    // The approval's ingest job, run while the second location's disk is full after 200 kB.
    const stores = server.config.storage.map((l) => openBlobStore(l));
    try {
      const full = [stores[0] as BlobStore, fullDisk(stores[1] as BlobStore, 200_000)];
      const ingestOnFullDisk: JobHandlers = {
        [INGEST_JOB]: async (payload) => {
          await ingestSubmission(
            {
              ctx,
              stores: full,
              dataDir: server.config.dataDir,
              openSource: (p) => openPackageSource(p),
              writePackage: writePackageToStores,
              software: samarkivSoftware(),
            },
            (payload as { submissionId: string }).submissionId,
          );
        },
      };
      assert.equal(await createWorker(ctx, ingestOnFullDisk).drain(), 1);
    } finally {
      for (const s of stores) await s.close();
    }
    assert.equal(await submissionState(submissionId), 'failed');

    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'arkivarie.lund', DEMO_PASSWORD);
    await page.goto(`/submissions/${submissionId}`);
    await page.locator('h1 [data-state=failed]').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /ARC_ERR_STORAGE_FULL/);
    const retry = page.getByRole('button', { name: 'Arkivera igen' });
    await retry.waitFor();
    // The version was approved before its ingest failed: the page shows that signed approval.
    await page.getByTestId('approval-done').waitFor();
    assert.equal(await page.getByRole('button', { name: /Godkänn leveransen/ }).count(), 0);
    await screenshot(page, 'storage-01-ingest-failed-full-disk');

    // Space is free again (the server's own locations have no limit): the archivist retries.
    await retry.click();
    await page.locator('h1 [data-state=approved]').waitFor();
    await page.getByTestId('working').waitFor();
    assert.match(await page.getByTestId('working').innerText(), /Paketet arkiveras/);
    assert.equal(await page.getByRole('button', { name: 'Arkivera igen' }).count(), 0);
    assert.equal(await page.getByRole('alert').count(), 0, 'the failure is gone');
    await screenshot(page, 'storage-02-ingest-requeued');

    // The re-queued ingest runs in the server's job worker; the page follows it to the AIP.
    assert.equal(await createWorker(ctx, server.handlers).drain(), 1);
    await page.locator('h1 [data-state=preserved]').waitFor({ timeout: JOB_TIMEOUT_MS });
    await page.getByTestId('aip-link').waitFor();
    assert.equal(await submissionState(submissionId), 'preserved');
    await screenshot(page, 'storage-03-ingest-retried-preserved');
    await page.getByTestId('aip-link').click();
    await page.getByTestId('aip-copies').waitFor();
    assert.equal(await page.locator('[data-testid=aip-copies] li', { hasText: 'Kontrollerad' }).count(), 2);
    assert.deepEqual(errors, []);
  });

  it('shows each copy’s last fixity check after an audit job ran, in Swedish and English', async () => {
    const { server } = ui.t;
    const { submissionId } = await approvedSubmission(server, {
      tenantId: 'lund',
      sipPath: EXAMPLE_SIP,
      report: await reportOf(),
    });
    await ingestViaJob(server, submissionId);
    assert.equal(await submissionState(submissionId), 'preserved');
    const aipId = aipIdFor(submissionId);

    const { page, errors } = await newPage(ui.browser, ui.base);
    await logIn(page, 'earkivarie', DEMO_PASSWORD);
    await page.goto(`/aips/${aipId}`);
    const lines = page.getByTestId('copy-last-check');
    await page.getByTestId('aip-copies').waitFor();
    assert.deepEqual(await lines.allInnerTexts(), [
      'Senaste fixitetskontroll: aldrig',
      'Senaste fixitetskontroll: aldrig',
    ]);

    // The audit as the API queues it, run by the server's workers.
    const archivist = await ui.t.login('earkivarie');
    const queued = await archivist.request('POST', '/api/storage/audit', { aipId });
    assert.equal(queued.statusCode, 202, queued.body);
    const { jobId } = queued.json() as { jobId: number };
    assert.equal(await createWorker(server.ctx, server.handlers).drain(), 1);
    const job = await archivist.json<{ state: string }>('GET', `/api/storage/jobs/${jobId}`);
    assert.equal(job.state, 'done');
    const detail = await archivist.json<{ copies: { location: string; checkedAt: string | null }[] }>(
      'GET',
      `/api/aips/${aipId}`,
    );
    const checkedAt = detail.copies.map((c) => c.checkedAt);
    assert.equal(checkedAt.length, 2);
    assert.ok(checkedAt.every((c) => c !== null));

    await page.reload();
    await page.getByTestId('aip-copies').waitFor();
    const shown = (lang: string) =>
      page.evaluate(
        ([isos, locale]) =>
          isos.map((iso) => new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })),
        [checkedAt as string[], lang] as const,
      );
    assert.deepEqual(
      await lines.allInnerTexts(),
      (await shown('sv-SE')).map((d) => `Senaste fixitetskontroll: ${d}`),
    );
    assert.equal(await page.locator('[data-testid=aip-copies] li', { hasText: 'Kontrollerad' }).count(), 2);
    await screenshot(page, 'storage-04-aip-last-fixity-check', {
      of: page.locator('section:has(#copies-title)'),
    });

    await page.getByTestId('language-toggle').click();
    await page.getByText('Last fixity check', { exact: false }).first().waitFor();
    assert.deepEqual(
      await lines.allInnerTexts(),
      (await shown('en-GB')).map((d) => `Last fixity check: ${d}`),
    );
    await screenshot(page, 'storage-05-aip-last-fixity-check-en', {
      of: page.locator('section:has(#copies-title)'),
    });
    assert.deepEqual(errors, []);
  });
});
