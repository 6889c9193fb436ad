/**
 * Crash safety of the ingest, over both databases: a full disk fails the delivery cleanly (coded
 * error, no AIP row, nothing left in any copy); what an interrupted attempt left in storage is
 * replaced by the re-run, never counted; a copy damaged after ingest breaks the download, is marked
 * damaged and audited, and the next download is served from the other copy.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writePackageToStores } from '../../src/adapters/blob/blob-package-writer.ts';
import { openFsBlobStore } from '../../src/adapters/blob/fs/blob-store.ts';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { samarkivSoftware } from '../../src/adapters/package-writer/write-package.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { aipIdFor, ingestSubmission, type PreservationDeps } from '../../src/services/server/aip/ingest.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, fullDisk, ingestViaJob } from './support.ts';

async function keys(store: BlobStore, prefix = 'aip/'): Promise<string[]> {
  const out: string[] = [];
  for await (const b of store.list(prefix)) out.push(b.key);
  return out.sort();
}

let report: ValidationReport;
before(async () => {
  report = await controlReport(EXAMPLE_SIP, false);
});

for (const backend of BACKENDS) {
  describe(`ingest failures on ${backend.name}`, () => {
    let t: TestServer;
    let scratch: string;
    let stores: BlobStore[];
    const deps = (over: Partial<PreservationDeps> = {}): PreservationDeps => ({
      ctx: t.server.ctx,
      stores,
      dataDir: t.server.config.dataDir,
      openSource: (p) => openPackageSource(p),
      writePackage: writePackageToStores,
      software: samarkivSoftware(),
      ...over,
    });
    before(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'samarkiv-ingest-fail-'));
      const locations = [join(scratch, 'kopia-1'), join(scratch, 'kopia-2')];
      t = await startTestServer(backend, { config: { storage: locations.map((l) => `fs:${l}`) } });
      stores = locations.map((l) => openFsBlobStore(l));
    });
    after(async () => {
      await t.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    test('a full disk fails the delivery with a coded error and leaves no AIP anywhere', async () => {
      const { submissionId } = await approvedSubmission(t.server, {
        tenantId: 'lund',
        sipPath: EXAMPLE_SIP,
        report,
      });
      const full = [stores[0] as BlobStore, fullDisk(stores[1] as BlobStore, 200_000)];
      const result = await ingestSubmission(deps({ stores: full }), submissionId);
      assert.equal(result, null);
      const db = t.server.ctx.db;
      const sub = await db
        .selectFrom('submissions')
        .selectAll()
        .where('id', '=', submissionId)
        .executeTakeFirstOrThrow();
      assert.equal(sub.state, 'failed');
      assert.equal(JSON.parse(sub.failure ?? '{}').code, 'ARC_ERR_STORAGE_FULL');
      assert.equal(
        (await db.selectFrom('aips').select('id').where('submission_id', '=', submissionId).execute()).length,
        0,
      );
      for (const s of stores)
        assert.deepEqual(await keys(s, `aip/${aipIdFor(submissionId)}/`), [], s.location);
      const audited = await db
        .selectFrom('audit_log')
        .select('action')
        .where('object_id', '=', submissionId)
        .execute();
      assert.ok(audited.some((a) => a.action === 'aip.ingest-failed'));
    });

    test('what an interrupted attempt left in storage is replaced by the re-run, never counted', async () => {
      const { submissionId } = await approvedSubmission(t.server, {
        tenantId: 'lund',
        sipPath: EXAMPLE_SIP,
        report,
      });
      const id = aipIdFor(submissionId);
      // A worker killed mid-write: some objects, a stray one, no METS.xml, nothing in the database.
      for (const s of stores) {
        await s.put(
          `aip/${id}/representations/rep1/data/half.bin`,
          (async function* () {
            yield new Uint8Array(10);
          })(),
        );
        await s.put(
          `aip/${id}/stray-from-older-attempt.txt`,
          (async function* () {
            yield new Uint8Array(3);
          })(),
        );
      }
      writeFileSync(join(scratch, 'kopia-1', 'aip', id, '.METS.xml.tmp-deadbeef'), 'partial');
      assert.equal(
        (await t.server.ctx.db.selectFrom('aips').select('id').where('id', '=', id).execute()).length,
        0,
      );
      await ingestViaJob(t.server, submissionId);
      const files = await t.server.ctx.db
        .selectFrom('aip_files')
        .select('path')
        .where('aip_id', '=', id)
        .execute();
      const expected = files.map((f) => `aip/${id}/${f.path}`).sort();
      for (const s of stores) assert.deepEqual(await keys(s, `aip/${id}/`), expected, s.location);
    });

    test('a damaged copy breaks the download, is marked damaged and audited; the other copy serves next', async () => {
      const { submissionId } = await approvedSubmission(t.server, {
        tenantId: 'lund',
        sipPath: EXAMPLE_SIP,
        report,
      });
      await ingestViaJob(t.server, submissionId);
      const id = aipIdFor(submissionId);
      const path = 'representations/rep1/data/beslut/bn-2019-0412-beslut.txt';
      writeFileSync(join(scratch, 'kopia-1', 'aip', id, ...path.split('/')), 'Beslut: avslag (tampered)\n');
      const client = await t.login('arkivarie.lund');
      const broken = await client.request('GET', `/api/aips/${id}/files/${path}`).then(
        (r) => ({ ok: r.statusCode === 200 && r.rawPayload.length === Number(r.headers['content-length']) }),
        () => ({ ok: false }),
      );
      assert.equal(broken.ok, false, 'the damaged bytes never arrive as a complete response');
      const db = t.server.ctx.db;
      const copies = await db
        .selectFrom('aip_copies')
        .selectAll()
        .where('aip_id', '=', id)
        .orderBy('location')
        .execute();
      assert.deepEqual(
        copies.map((c) => c.state),
        ['damaged', 'verified'],
      );
      const audited = await db.selectFrom('audit_log').select('action').where('object_id', '=', id).execute();
      assert.ok(audited.some((a) => a.action === 'aip.fixity-failure'));
      const good = await client.request('GET', `/api/aips/${id}/files/${path}`);
      assert.equal(good.statusCode, 200);
      assert.equal(good.rawPayload.length, Number(good.headers['content-length']));
      assert.doesNotMatch(good.body, /tampered/);
    });
  });
}
