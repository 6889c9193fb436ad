/**
 * Cleanup of leftovers over both databases: temporary files of killed storage writes older than
 * the grace period and abandoned uploads in quarantine older than the upload age are removed and
 * audited; a temporary file still being written, a recent upload, the package of a submission and
 * the files of a stored AIP are never touched. The server schedules the cleanup as a job once an
 * interval. S3: unfinished multipart uploads are aborted where the server can list them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { openBlobStore } from '../../src/adapters/blob/open-blob-store.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { createWorker } from '../../src/jobs/worker.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { scheduleCleanup } from '../../src/server/features/storage.ts';
import { aipIdFor } from '../../src/services/server/aip/ingest.ts';
import { cleanupStorage, STORAGE_CLEANUP_JOB } from '../../src/services/server/storage-cleanup.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { startS3, type TestS3 } from './s3-server.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, ingestViaJob } from './support.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Sets a file's or folder's modification time `ageMs` in the past. */
function age(path: string, ageMs: number): void {
  const when = new Date(Date.now() - ageMs);
  utimesSync(path, when, when);
}

let report: ValidationReport;
before(async () => {
  report = await controlReport(EXAMPLE_SIP, false);
});

for (const backend of BACKENDS) {
  describe(`storage cleanup on ${backend.name}`, () => {
    let t: TestServer;
    let scratch: string;
    let stores: BlobStore[];
    before(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'samarkiv-cleanup-'));
      const locations = [`fs:${join(scratch, 'kopia-1')}`, `fs:${join(scratch, 'kopia-2')}`];
      t = await startTestServer(backend, { config: { storage: locations } });
      stores = locations.map((l) => openBlobStore(l));
    });
    after(async () => {
      await t.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    test('old leftovers go, everything a running write or a delivery owns stays; each removal audited', async () => {
      const { submissionId } = await approvedSubmission(t.server, {
        tenantId: 'lund',
        sipPath: EXAMPLE_SIP,
        report,
      });
      await ingestViaJob(t.server, submissionId);
      const aipFolder = join(scratch, 'kopia-1', 'aip', aipIdFor(submissionId));
      // A finished AIP's files, however old, and a killed write's temporary file next to them.
      age(join(aipFolder, 'METS.xml'), 30 * DAY);
      const killed = join(aipFolder, '.METS.xml.tmp-0badc0ffee00');
      writeFileSync(killed, 'half');
      age(killed, 2 * HOUR);
      // A write still running: its temporary file was written to a moment ago.
      const running = join(scratch, 'kopia-2', 'aip', 'x', '.big.bin.tmp-00c0ffee0000');
      mkdirSync(join(scratch, 'kopia-2', 'aip', 'x'), { recursive: true });
      writeFileSync(running, 'growing');

      const quarantine = join(t.dataDir, 'quarantine');
      const upload = (ageMs: number): string => {
        const folder = join(quarantine, randomUUID());
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'package'), 'partial upload');
        writeFileSync(join(folder, 'package.json'), '{}');
        for (const p of [join(folder, 'package'), join(folder, 'package.json'), folder]) age(p, ageMs);
        return folder;
      };
      const abandoned = upload(8 * DAY);
      const recent = upload(2 * DAY);
      // The package of a submission (approved, waiting in quarantine): never an abandoned upload.
      const owned = join(quarantine, submissionId);
      for (const p of [join(owned, 'leverans.zip'), owned]) age(p, 60 * DAY);

      const result = await cleanupStorage(t.server.ctx, stores, { dataDir: t.dataDir });
      assert.deepEqual(
        result.temporary.map((r) => r.item),
        [`aip/${aipIdFor(submissionId)}/.METS.xml.tmp-0badc0ffee00`],
      );
      assert.deepEqual(
        result.uploads.map((u) => u.id),
        [abandoned.split('/').at(-1)],
      );
      assert.ok(!existsSync(killed));
      assert.ok(!existsSync(abandoned));
      assert.ok(existsSync(running));
      assert.ok(existsSync(recent));
      assert.ok(existsSync(join(owned, 'leverans.zip')));
      assert.ok(existsSync(join(aipFolder, 'METS.xml')));
      const audited = await t.server.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'object_id'])
        .where('action', 'in', ['storage.leftover-removed', 'upload.abandoned-removed'])
        .execute();
      assert.deepEqual(audited.map((a) => a.action).sort(), [
        'storage.leftover-removed',
        'upload.abandoned-removed',
      ]);

      // Shorter limits (what `storage cleanup --temp-grace 0s --upload-age 1d` passes).
      const again = await cleanupStorage(t.server.ctx, stores, {
        dataDir: t.dataDir,
        tempGraceMs: 0,
        uploadMaxAgeMs: DAY,
      });
      assert.equal(again.temporary.length, 1);
      assert.equal(again.uploads.length, 1);
      assert.ok(!existsSync(running) && !existsSync(recent));
      assert.ok(existsSync(join(owned, 'leverans.zip')));
    });

    test('the server queues one cleanup job per interval and the job runs', async () => {
      const open = () =>
        t.server.ctx.db
          .selectFrom('jobs')
          .select(['id', 'state'])
          .where('kind', '=', STORAGE_CLEANUP_JOB)
          .execute();
      // Queued when the server started; a second schedule within the interval adds nothing.
      assert.equal((await open()).length, 1);
      assert.equal(await scheduleCleanup(t.server.ctx, HOUR), false);
      await createWorker(t.server.ctx, t.server.handlers).drain();
      assert.deepEqual(
        (await open()).map((j) => j.state),
        ['done'],
      );
      assert.equal(await scheduleCleanup(t.server.ctx, HOUR), false, 'one ran within the hour');
      assert.equal(await scheduleCleanup(t.server.ctx, 0), true, 'an interval later, queued again');
    });
  });
}

describe('storage cleanup on S3', () => {
  let s3: TestS3;
  before(async () => {
    s3 = await startS3();
  });
  after(async () => s3.close());

  test('a store without multipart listing (s3rver) reports nothing and never removes stored objects', async () => {
    const store = openBlobStore(s3.location('cleanup'), s3.env);
    try {
      await store.put(
        'aip/x/METS.xml',
        (async function* () {
          yield Buffer.from('<mets/>');
        })(),
      );
      assert.deepEqual(await store.removeLeftovers?.(new Date(Date.now() + DAY)), []);
      assert.ok(await store.stat('aip/x/METS.xml'));
    } finally {
      await store.close();
    }
  });
});
