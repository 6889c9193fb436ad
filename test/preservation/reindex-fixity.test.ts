/**
 * Reindex keeps each copy's last fixity check, over both databases: an AIP is audited (both copies
 * intact), one copy is then damaged and audited again; a second, empty database on the same
 * storage is rebuilt by `samarkiv reindex` from storage alone, and every copy's last check (time,
 * outcome, last time found intact) equals what the audits recorded, in the database and in the
 * API the AIP page reads. An AIP never audited gets no check time. The stored PREMIS event is
 * schema-valid, and events written before they carried per-copy outcomes are still understood.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openFsBlobStore } from '../../src/adapters/blob/fs/blob-store.ts';
import { openBlobStore } from '../../src/adapters/blob/open-blob-store.ts';
import { samarkivSoftware } from '../../src/adapters/package-writer/write-package.ts';
import { validateXml } from '../../src/adapters/xml/xsd-validator.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { aipIdFor } from '../../src/services/server/aip/ingest.ts';
import { auditStorage } from '../../src/services/server/storage-audit.ts';
import {
  lastCheckOf,
  readStoredEvents,
  renderEventPremis,
  storeEvent,
  type StoredEvent,
} from '../../src/services/server/storage-events.ts';
import { BIN } from '../erms-sip/support.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, ingestViaJob } from './support.ts';

interface CopyCheckRow {
  aip_id: string;
  location: string;
  state: string;
  verified_at: string | null;
  checked_at: string | null;
}

async function* bytes(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text);
}

function reindexCli(
  t: TestServer,
  ...extra: string[]
): { aips: number; copies: number; damagedCopies: number } {
  const storage = t.server.config.storage.join(',');
  const run = spawnSync(
    process.execPath,
    [
      BIN,
      'reindex',
      '--database',
      t.server.config.databaseUrl,
      '--storage',
      storage,
      '--format',
      'json',
      ...extra,
    ],
    { encoding: 'utf8' },
  );
  assert.ok(run.status === 0 || run.status === 1, run.stderr + run.stdout);
  return JSON.parse(run.stdout) as { aips: number; copies: number; damagedCopies: number };
}

let report: ValidationReport;
before(async () => {
  report = await controlReport(EXAMPLE_SIP, false);
});

for (const backend of BACKENDS) {
  describe(`reindex keeps the copies' last fixity check on ${backend.name}`, () => {
    let scratch: string;
    let t: TestServer;
    let rebuilt: TestServer;
    let stores: BlobStore[];
    let audited: string;
    let neverAudited: string;
    before(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'samarkiv-reindex-fixity-'));
      const storage = [`fs:${join(scratch, 'kopia-1')}`, `fs:${join(scratch, 'kopia-2')}`];
      t = await startTestServer(backend, { config: { storage } });
      stores = storage.map((l) => openBlobStore(l));
      const ids: string[] = [];
      for (let i = 0; i < 2; i++) {
        const { submissionId } = await approvedSubmission(t.server, {
          tenantId: 'lund',
          sipPath: EXAMPLE_SIP,
          report,
        });
        await ingestViaJob(t.server, submissionId);
        ids.push(aipIdFor(submissionId));
      }
      [audited, neverAudited] = ids as [string, string];
      // A second archive on the same storage with an empty database of its own.
      rebuilt = await startTestServer(backend, { config: { storage } });
    });
    after(async () => {
      for (const s of stores) await s.close();
      await rebuilt.close();
      await t.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    const copiesIn = (server: TestServer): Promise<CopyCheckRow[]> =>
      server.server.ctx.db
        .selectFrom('aip_copies')
        .select(['aip_id', 'location', 'state', 'verified_at', 'checked_at'])
        .orderBy('aip_id')
        .orderBy('location')
        .execute();
    const pageCopies = async (server: TestServer, aipId: string) =>
      (
        await (
          await server.login('earkivarie')
        ).json<{
          copies: { location: string; state: string; verifiedAt: string | null; checkedAt: string | null }[];
        }>('GET', `/api/aips/${aipId}`)
      ).copies.sort((a, b) => a.location.localeCompare(b.location));

    test('audit, damage, audit again; reindex into an empty database restores every copy’s last check', async () => {
      const deps = { ctx: t.server.ctx, stores, software: samarkivSoftware() };
      const first = await auditStorage(deps, { aipId: audited }, null);
      assert.equal(first.results[0]?.outcome, 'success');
      const files = await t.server.ctx.db
        .selectFrom('aip_files')
        .select('path')
        .where('aip_id', '=', audited)
        .execute();
      const dataFile = files.map((f) => f.path).find((p) => p.includes('/data/')) as string;
      await (stores[1] as BlobStore).put(`aip/${audited}/${dataFile}`, bytes('not the archived bytes'));
      const second = await auditStorage(deps, { aipId: audited }, null);
      assert.equal(second.results[0]?.outcome, 'failure');

      const eventIds = [first, second].map((a) => a.results[0]?.eventId as string);
      const events = await t.server.ctx.db
        .selectFrom('aip_events')
        .select(['at', 'outcome'])
        .where('id', 'in', eventIds)
        .orderBy('at')
        .execute();
      assert.deepEqual(
        events.map((e) => e.outcome),
        ['success', 'failure'],
      );
      const [t1, t2] = events.map((e) => e.at) as [string, string];
      assert.ok(t1 < t2, `${t1} before ${t2}`);
      const [loc1, loc2] = stores.map((s) => s.location) as [string, string];
      const expected: CopyCheckRow[] = [
        { aip_id: audited, location: loc1, state: 'verified', verified_at: t2, checked_at: t2 },
        { aip_id: audited, location: loc2, state: 'damaged', verified_at: t1, checked_at: t2 },
      ].sort((a, b) => a.location.localeCompare(b.location));
      const before = await copiesIn(t);
      assert.deepEqual(
        before.filter((c) => c.aip_id === audited),
        expected,
        'what the audits recorded',
      );
      const pageBefore = await pageCopies(t, audited);

      const counts = reindexCli(rebuilt);
      assert.equal(counts.aips, 2);
      assert.equal(counts.copies, 4);
      const after = await copiesIn(rebuilt);
      assert.deepEqual(
        after.filter((c) => c.aip_id === audited),
        expected,
      );
      assert.deepEqual(await pageCopies(rebuilt, audited), pageBefore, 'the AIP page reads the same');

      const untouched = after.filter((c) => c.aip_id === neverAudited);
      assert.equal(untouched.length, 2);
      for (const c of untouched) {
        assert.equal(c.checked_at, null, `${c.location}: never checked`);
        assert.equal(c.state, 'present');
      }
      for (const c of await pageCopies(rebuilt, neverAudited)) assert.equal(c.checkedAt, null);
    });

    test('reindex --verify reads the copies now and still keeps the last check time', async () => {
      const counts = reindexCli(rebuilt, '--verify');
      assert.equal(counts.damagedCopies, 1);
      const copies = await copiesIn(rebuilt);
      const [loc1, loc2] = stores.map((s) => s.location) as [string, string];
      const audits = (await copiesIn(t)).filter((c) => c.aip_id === audited);
      const was = new Map(audits.map((c) => [c.location, c]));
      const now = new Map(copies.filter((c) => c.aip_id === audited).map((c) => [c.location, c]));
      assert.equal(now.get(loc1)?.state, 'verified');
      assert.ok((now.get(loc1)?.verified_at ?? '') > (was.get(loc1)?.checked_at ?? ''), 'verified now');
      assert.equal(now.get(loc1)?.checked_at, was.get(loc1)?.checked_at);
      assert.deepEqual(now.get(loc2), was.get(loc2), 'the damaged copy as the audit left it');
      for (const c of copies.filter((r) => r.aip_id === neverAudited)) {
        assert.equal(c.state, 'verified');
        assert.equal(c.checked_at, null);
      }
    });
  });
}

describe('stored fixity events', () => {
  const event = (over: Partial<StoredEvent>): StoredEvent => ({
    id: `urn:uuid:${crypto.randomUUID()}`,
    aipId: 'aip-1',
    type: 'fixity check',
    at: '2026-01-01T00:00:00.000Z',
    outcome: 'success',
    detail: '',
    software: samarkivSoftware(),
    ...over,
  });

  test('per-copy outcomes are schema-valid PREMIS and read back, locations with any character', async () => {
    const odd = 's3://bucket/pre fix?endpoint=https://s3.example.se&region=eu; x: y';
    const e = event({
      outcome: 'failure',
      detail: 'free text',
      copies: [
        { location: 'fs:/srv/kopia-1', state: 'verified' },
        { location: odd, state: 'damaged' },
      ],
    });
    assert.deepEqual(await validateXml(Buffer.from(renderEventPremis(e)), { name: 'event.xml' }), []);
    const dir = mkdtempSync(join(tmpdir(), 'samarkiv-events-'));
    try {
      const store = openFsBlobStore(dir);
      await storeEvent([store], e);
      const [read] = await readStoredEvents([store], 'aip-1');
      assert.deepEqual(read?.copies, e.copies);
      assert.deepEqual(lastCheckOf([read!], odd), { checkedAt: e.at, state: 'damaged', verifiedAt: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('events without outcome notes (written before them) are read from their detail', () => {
    const old = (at: string, type: string, outcome: 'success' | 'failure', detail: string) => ({
      ...event({ at, type, outcome, detail }),
      agent: 'samarkiv 0.1.0',
      copies: [],
    });
    const events = [
      old(
        '2026-01-01T00:00:00.000Z',
        'fixity check',
        'success',
        'fs:/a: 12 files verified; fs:/b: 12 files verified',
      ),
      old(
        '2026-02-01T00:00:00.000Z',
        'fixity check',
        'failure',
        'fs:/a: 12 files verified; fs:/b: damaged: x (missing)',
      ),
      old(
        '2026-03-01T00:00:00.000Z',
        'fixity check',
        'failure',
        'fs:/a: unreadable: y (unreadable); fs:/b: damaged: *',
      ),
      old(
        '2026-04-01T00:00:00.000Z',
        'replication',
        'failure',
        'restored from fs:/a: fs:/b (1 files); after: fs:/a: 12 files verified; fs:/b: damaged: x (damaged)',
      ),
    ];
    assert.deepEqual(lastCheckOf(events.slice(0, 3), 'fs:/a'), {
      checkedAt: '2026-02-01T00:00:00.000Z',
      state: 'verified',
      verifiedAt: '2026-02-01T00:00:00.000Z',
    });
    assert.deepEqual(lastCheckOf(events.slice(0, 3), 'fs:/b'), {
      checkedAt: '2026-03-01T00:00:00.000Z',
      state: 'damaged',
      verifiedAt: '2026-01-01T00:00:00.000Z',
    });
    assert.equal(lastCheckOf(events, 'fs:/b')?.checkedAt, '2026-04-01T00:00:00.000Z');
    assert.equal(lastCheckOf(events, 'fs:/a')?.verifiedAt, '2026-04-01T00:00:00.000Z');
    assert.equal(lastCheckOf(events, 'fs:/c'), null);
    assert.equal(lastCheckOf([], 'fs:/a'), null);
  });
});
