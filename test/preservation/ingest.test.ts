/**
 * From an approved submission to a preserved AIP, over both databases and both storage kinds (two
 * local folders; a local folder plus a real S3-compatible server): the AIP is E-ARK AIP 2.2 valid
 * with zero errors, keeps the SIP bit for bit, carries the ingest PREMIS events, is stored in two
 * verified copies, is found by search and read through the API; re-running is a no-op.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createDeps } from '../../src/cli/deps.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { validatePackage } from '../../src/services/validate-package.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { useS3 } from './s3-server.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, ingestViaJob, sha256Of } from './support.ts';

let report: ValidationReport;
before(async () => {
  report = await controlReport(EXAMPLE_SIP);
});
const s3 = useS3();

const STORAGE = ['fs', 's3'] as const;

for (const backend of BACKENDS) {
  for (const storage of STORAGE) {
    describe(`ingest on ${backend.name}, storage ${storage}`, () => {
      let t: TestServer;
      let scratch: string;
      before(async () => {
        scratch = mkdtempSync(join(tmpdir(), 'samarkiv-ingest-'));
        const prefix = `run-${Math.random().toString(36).slice(2)}`;
        t = await startTestServer(backend, {
          config: {
            storage:
              storage === 'fs'
                ? [`fs:${join(scratch, 'kopia-1')}`, `fs:${join(scratch, 'kopia-2')}`]
                : [`fs:${join(scratch, 'kopia-1')}`, s3().location(prefix)],
          },
        });
      });
      after(async () => {
        await t.close();
        rmSync(scratch, { recursive: true, force: true });
      });

      test('an approved submission becomes a valid AIP 2.2 in two verified copies, found and read again', async () => {
        const { submissionId, sipCopy } = await approvedSubmission(t.server, {
          tenantId: 'lund',
          sipPath: EXAMPLE_SIP,
          report,
          systemName: 'Castor bygglov',
        });
        await ingestViaJob(t.server, submissionId);
        const db = t.server.ctx.db;
        const sub = await db
          .selectFrom('submissions')
          .selectAll()
          .where('id', '=', submissionId)
          .executeTakeFirstOrThrow();
        assert.equal(sub.state, 'preserved', sub.failure ?? '');
        const aip = await db
          .selectFrom('aips')
          .selectAll()
          .where('submission_id', '=', submissionId)
          .executeTakeFirstOrThrow();
        assert.equal(aip.tenant_id, 'lund');
        assert.equal(aip.title, 'Bygglovsärenden 2010–2019');
        assert.equal(aip.reference_code, 'SE/1281/BN/F1');
        assert.equal(aip.records_creator, 'Byggnadsnämnden, Lunds kommun');
        assert.equal(aip.system_name, 'Castor bygglov');
        assert.equal(aip.date_from, '2010-01-01');
        assert.equal(aip.date_to, '2019-12-31');
        assert.equal(aip.restricted, 1, 'the delivery description declares secrecy (OSL 26:1)');
        const copies = await db.selectFrom('aip_copies').selectAll().where('aip_id', '=', aip.id).execute();
        assert.equal(copies.length, 2);
        for (const c of copies) assert.ok(c.verified_at && c.state === 'verified', c.location);
        const events = await db.selectFrom('aip_events').selectAll().where('aip_id', '=', aip.id).execute();
        const types = events.map((e) => e.event_type);
        for (const type of [
          'ingestion start',
          'virus check',
          'fixity check',
          'format identification',
          'validation',
          'accession',
          'ingestion end',
        ]) {
          assert.ok(types.includes(type), `event ${type} in ${types.join(', ')}`);
        }
        assert.match(
          events.find((e) => e.event_type === 'accession')?.agent ?? '',
          /\S/,
          'the approving person is the agent',
        );

        // The first copy is a folder package: the validator checks it like any AIP.
        const folder = join(scratch, 'kopia-1', 'aip', aip.id);
        const check = await validatePackage(createDeps(), folder, { profile: 'aip-2.2', lang: 'en' });
        const errors = check.results.filter((r) => r.status === 'failed' && r.severity === 'ERROR');
        assert.deepEqual(
          errors.map((r) => `${r.requirement}: ${r.message}`),
          [],
        );
        assert.equal(check.summary.errors, 0);
        const files = await db.selectFrom('aip_files').selectAll().where('aip_id', '=', aip.id).execute();
        const kept = files.find((f) => f.path === 'submission/leverans.zip');
        assert.equal(kept?.sha256, await sha256Of(sipCopy), 'the SIP is kept bit for bit');
        assert.equal(
          files.find((f) => f.path === 'representations/rep1/data/handlingar/bn-2019-0412.xml')?.puid,
          'fmt/101',
          'PUIDs from delivery control',
        );
        const stored = await readdir(join(scratch, 'kopia-1', 'aip', aip.id, 'submission'));
        assert.deepEqual(stored, ['leverans.zip']);

        // Found again, by tenant and role.
        const arkivarie = await t.login('arkivarie.lund');
        for (const q of [
          'bygglov',
          'Bygglovsärenden',
          'ärenden',
          'byggnadsnämnden',
          'SE/1281/BN/F1',
          'castor',
          'lunds kommun',
        ]) {
          const r = await arkivarie.json<{ total: number; items: { id: string }[] }>(
            'GET',
            `/api/search?q=${encodeURIComponent(q)}`,
          );
          assert.equal(r.total, 1, `search ${q}`);
          assert.equal(r.items[0]?.id, aip.id);
        }
        const none = await arkivarie.json<{ total: number }>('GET', '/api/search?q=detaljplan');
        assert.equal(none.total, 0);
        const trelleborg = await t.login('arkivarie.trelleborg');
        assert.equal((await trelleborg.json<{ total: number }>('GET', '/api/search?q=bygglov')).total, 0);
        assert.equal((await trelleborg.request('GET', `/api/aips/${aip.id}`)).statusCode, 404);

        const detail = await arkivarie.json<{ files: unknown[]; events: unknown[]; copies: unknown[] }>(
          'GET',
          `/api/aips/${aip.id}`,
        );
        assert.equal(detail.files.length, files.length);
        assert.equal(detail.copies.length, 2);
        const auditBefore = await db
          .selectFrom('audit_log')
          .select('seq')
          .where('action', '=', 'aip.download')
          .execute();
        const dl = await arkivarie.request(
          'GET',
          `/api/aips/${aip.id}/files/representations/rep1/data/beslut/bn-2019-0412-beslut.txt`,
        );
        assert.equal(dl.statusCode, 200);
        assert.match(dl.body, /\S/);
        assert.equal(
          dl.headers['x-checksum-sha256'],
          files.find((f) => f.path.endsWith('bn-2019-0412-beslut.txt'))?.sha256,
        );
        const auditAfter = await db
          .selectFrom('audit_log')
          .select('seq')
          .where('action', '=', 'aip.download')
          .execute();
        assert.equal(auditAfter.length, auditBefore.length + 1, 'a read of a restricted AIP is audited');
        const list = await arkivarie.json<{ total: number }>('GET', '/api/aips');
        assert.equal(list.total, 1);

        // Idempotent: the job again changes nothing.
        await ingestViaJob(t.server, submissionId);
        assert.equal((await db.selectFrom('aips').select('id').execute()).length, 1);
      });
    });
  }
}
