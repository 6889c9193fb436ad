/**
 * Storage is the truth, and AIPs are found again: three AIPs of three municipalities (one a CITS
 * ERMS case-management export) are ingested; search finds them by Swedish word forms, compound
 * parts, reference code and ERMS case numbers and titles, filtered by tenant and role; then the
 * database's AIP rows are deleted and `samarkiv reindex` rebuilds identical records from storage.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { clearAips } from '../../src/repositories/aips.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { BIN, sipCreate, smallExport } from '../erms-sip/support.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, ingestViaJob, makeSip } from './support.ts';

interface Hit {
  id: string;
  title: string;
  tenantId: string;
  restricted: boolean;
}
interface Page {
  total: number;
  items: Hit[];
}

let scratch: string;
let sips: { lund: string; ystad: string; trelleborg: string };
let caseNumbers: string[];
let caseTitles: string[];
before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'samarkiv-reindex-'));
  const ystad = await makeSip(scratch, {
    title: 'Gatubelysningsritningar och ledningskartor',
    referenceCode: 'SE/1286/KS/D2',
    creator: 'Kommunstyrelsen, Ystads kommun',
    secret: false,
    start: '1998-01-01',
    end: '2004-12-31',
  });
  const erms = await smallExport(3);
  const trelleborg = join(scratch, 'erms-sip.zip');
  const made = sipCreate(erms, trelleborg);
  assert.equal(made.status, 0, made.stderr);
  const xml = readFileSync(erms.ermsFile, 'utf8');
  // Cases: <aggregation><objectId>KS 2015/00001</objectId> … <title>Planbesked för …</title>
  const cases = [
    ...xml.matchAll(/<aggregation\b[^>]*>\s*<objectId>([^<]+)<\/objectId>[\s\S]*?<title>([^<]+)<\/title>/g),
  ];
  caseNumbers = cases.map((m) => (m[1] as string).trim());
  caseTitles = cases.map((m) => (m[2] as string).trim());
  sips = { lund: EXAMPLE_SIP, ystad, trelleborg };
});
after(() => rmSync(scratch, { recursive: true, force: true }));

for (const backend of BACKENDS) {
  describe(`search and reindex on ${backend.name}`, () => {
    let t: TestServer;
    const ids: Record<string, string> = {};
    before(async () => {
      t = await startTestServer(backend);
      for (const tenant of ['lund', 'ystad', 'trelleborg'] as const) {
        const report = await controlReport(sips[tenant], false);
        const { submissionId } = await approvedSubmission(t.server, {
          tenantId: tenant,
          sipPath: sips[tenant],
          report,
        });
        await ingestViaJob(t.server, submissionId);
        const aip = await t.server.ctx.db
          .selectFrom('aips')
          .select('id')
          .where('submission_id', '=', submissionId)
          .executeTakeFirstOrThrow();
        ids[tenant] = aip.id;
      }
    });
    after(() => t.close());

    const search = async (user: string, q: string): Promise<Page> =>
      (await t.login(user)).json<Page>('GET', `/api/search?q=${encodeURIComponent(q)}`);

    test('Swedish word forms and compound parts find the AIPs', async () => {
      const cases: [string, 'lund' | 'ystad'][] = [
        ['gatubelysningsritning', 'ystad'], // singular finds the plural
        ['ledningskarta', 'ystad'],
        ['ritningar', 'ystad'], // the last part of a compound
        ['kartor', 'ystad'],
        ['belysning', 'ystad'], // a middle part
        ['SE/1286/KS/D2', 'ystad'],
        ['kommunstyrelsen ystads', 'ystad'],
        ['bygglovsärende', 'lund'],
        ['SE/1281/BN/F1', 'lund'],
      ];
      for (const [q, tenant] of cases) {
        const r = await search('earkivarie', q);
        assert.ok(
          r.items.some((h) => h.id === ids[tenant]),
          `${q} → ${tenant} (${r.items.map((h) => h.title).join('; ')})`,
        );
        assert.ok(
          r.items.every((h) => h.id === ids[tenant]),
          `${q} finds only ${tenant}`,
        );
      }
    });

    test('ERMS case numbers and case titles are searchable', async () => {
      assert.ok(caseNumbers.length > 0 && caseTitles.length > 0);
      for (const q of [caseNumbers[0] as string, caseTitles[caseTitles.length - 1] as string]) {
        const r = await search('earkivarie', q);
        assert.ok(
          r.items.some((h) => h.id === ids.trelleborg),
          `ERMS ${q}`,
        );
      }
    });

    test('results are filtered by tenant and role', async () => {
      const lasare = await search('lasare.ystad', 'kommun');
      assert.deepEqual(
        lasare.items.map((h) => h.tenantId),
        ['ystad'],
      );
      assert.equal((await search('lasare.ystad', 'bygglov')).total, 0, 'another municipality');
      assert.equal((await search('arkivarie.lund', 'ledningskartor')).total, 0);
      const all = await (await t.login('earkivarie')).json<Page>('GET', '/api/aips?pageSize=2');
      assert.equal(all.total, 3);
      assert.equal(all.items.length, 2);
      const page2 = await (await t.login('earkivarie')).json<Page>('GET', '/api/aips?pageSize=2&page=2');
      assert.equal(page2.items.length, 1);
      const onlyYstad = await (await t.login('earkivarie')).json<Page>('GET', '/api/aips?tenant=ystad');
      assert.deepEqual(
        onlyYstad.items.map((h) => h.id),
        [ids.ystad],
      );
    });

    test('reindex rebuilds identical records and search from storage alone', async () => {
      const db = t.server.ctx.db;
      const snapshot = async () => ({
        aips: await db.selectFrom('aips').selectAll().orderBy('id').execute(),
        files: await db.selectFrom('aip_files').selectAll().orderBy('aip_id').orderBy('path').execute(),
        events: await db.selectFrom('aip_events').selectAll().orderBy('id').execute(),
        copies: await db
          .selectFrom('aip_copies')
          .select(['aip_id', 'location'])
          .orderBy('aip_id')
          .orderBy('location')
          .execute(),
        search: (await search('earkivarie', 'kartor')).items.map((h) => h.id),
      });
      const before = await snapshot();
      assert.equal(before.aips.length, 3);
      await clearAips(db, t.server.ctx.caps);
      assert.equal((await search('earkivarie', 'kartor')).total, 0);

      const storage = t.server.config.storage.join(',');
      const run = spawnSync(
        process.execPath,
        [BIN, 'reindex', '--database', dbUrl(t), '--storage', storage, '--verify', '--format', 'json'],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr + run.stdout);
      const counts = JSON.parse(run.stdout) as {
        aips: number;
        files: number;
        copies: number;
        damagedCopies: number;
      };
      assert.equal(counts.aips, 3);
      assert.equal(counts.copies, 6);
      assert.equal(counts.damagedCopies, 0);
      assert.equal(counts.files, before.files.length);
      const rebuilt = await snapshot();
      assert.deepEqual(rebuilt, before);
    });
  });
}

function dbUrl(t: TestServer): string {
  return t.server.config.databaseUrl;
}
