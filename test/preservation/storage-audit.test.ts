/**
 * The fixity audit over both databases and both storage kinds: every copy of every AIP is read and
 * compared with its checksums; the result is a PREMIS `fixity check` event per AIP in storage and
 * in the database (kept by reindex), the copies' check time and state, an audit entry, and the
 * CLI's summary and exit code naming AIP, location and file. A damaged copy is restored by
 * `storage repair` from a copy verified first. The audit also runs as a job queued through the API.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Command } from 'commander';
import { openBlobStore } from '../../src/adapters/blob/open-blob-store.ts';
import { addStorageCommands } from '../../src/cli/commands/storage-commands.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { createWorker } from '../../src/jobs/worker.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { aipIdFor } from '../../src/services/server/aip/ingest.ts';
import { reindex } from '../../src/services/server/reindex.ts';
import { eventsPrefix } from '../../src/services/server/storage-events.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { useS3 } from './s3-server.ts';
import { approvedSubmission, controlReport, EXAMPLE_SIP, ingestViaJob } from './support.ts';

/** Runs `samarkiv storage …` in this process (same commander definitions as bin/samarkiv.js). */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const program = new Command().exitOverride();
  let code = -1;
  addStorageCommands(program, async (action) => {
    try {
      code = await action();
    } catch (e) {
      code = isArchiveError(e) ? e.exitCode : 2; // as bin/samarkiv.js answers a coded error
    }
  });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk !== 'string') return write(chunk, ...rest);
    chunks.push(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await program.parseAsync(['storage', ...args], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return { code, out: chunks.join('') };
}

async function* bytes(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text);
}

async function keys(store: BlobStore, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const b of store.list(prefix)) out.push(b.key);
  return out.sort();
}

interface AuditJson {
  aips: number;
  damagedCopies: number;
  problems: { aipId: string; location: string; path: string; problem: string }[];
  results: { aipId: string; outcome: string; eventId: string }[];
}

let report: ValidationReport;
before(async () => {
  report = await controlReport(EXAMPLE_SIP, false);
});
const s3 = useS3();

for (const backend of BACKENDS) {
  for (const storage of ['fs', 's3'] as const) {
    describe(`storage audit on ${backend.name}, storage ${storage}`, () => {
      let t: TestServer;
      let scratch: string;
      let stores: BlobStore[];
      let aipId: string;
      let args: string[];
      before(async () => {
        scratch = mkdtempSync(join(tmpdir(), 'samarkiv-audit-'));
        const prefix = `audit-${Math.random().toString(36).slice(2)}`;
        const locations = [
          `fs:${join(scratch, 'kopia-1')}`,
          storage === 'fs' ? `fs:${join(scratch, 'kopia-2')}` : s3().location(prefix),
        ];
        t = await startTestServer(backend, { config: { storage: locations } });
        stores = locations.map((l) => openBlobStore(l));
        const { submissionId } = await approvedSubmission(t.server, {
          tenantId: 'lund',
          sipPath: EXAMPLE_SIP,
          report,
        });
        await ingestViaJob(t.server, submissionId);
        aipId = aipIdFor(submissionId);
        args = [
          '--database',
          t.server.config.databaseUrl,
          '--storage',
          locations.join(','),
          '--format',
          'json',
        ];
      });
      after(async () => {
        for (const s of stores) await s.close();
        await t.close();
        rmSync(scratch, { recursive: true, force: true });
      });

      const db = () => t.server.ctx.db;
      const copies = () =>
        db().selectFrom('aip_copies').selectAll().where('aip_id', '=', aipId).orderBy('location').execute();
      const fixityEvents = () =>
        db()
          .selectFrom('aip_events')
          .selectAll()
          .where('aip_id', '=', aipId)
          .where('event_type', 'in', ['fixity check', 'replication'])
          .where('agent', 'like', 'samarkiv %')
          .orderBy('at')
          .execute();

      test('an intact archive: every copy verified, one fixity-check event per AIP in the database and storage', async () => {
        const run = await cli('audit', ...args);
        assert.equal(run.code, 0, run.out);
        const summary = JSON.parse(run.out) as AuditJson;
        assert.equal(summary.aips, 1);
        assert.equal(summary.damagedCopies, 0);
        assert.equal(summary.results[0]?.outcome, 'success');
        const events = await fixityEvents();
        assert.equal(events.length, 1);
        assert.equal(events[0]?.outcome, 'success');
        assert.match(events[0]?.agent ?? '', /^samarkiv \d+\.\d+/);
        for (const c of await copies()) {
          assert.equal(c.state, 'verified');
          assert.ok(c.checked_at, c.location);
        }
        for (const s of stores) assert.equal((await keys(s, eventsPrefix(aipId))).length, 1, s.location);
        const audited = await db()
          .selectFrom('audit_log')
          .select('action')
          .where('action', 'in', ['aip.fixity-check', 'storage.audit'])
          .execute();
        assert.deepEqual(audited.map((a) => a.action).sort(), ['aip.fixity-check', 'storage.audit']);
      });

      test('a changed file and a missing file: exit 1 naming AIP, location and file; the copy is marked damaged', async () => {
        const damaged = stores[1] as BlobStore;
        const files = await db().selectFrom('aip_files').select('path').where('aip_id', '=', aipId).execute();
        const data = files.map((f) => f.path).filter((p) => p.includes('/data/'));
        const [changed, missing] = [data[0] as string, data[1] as string];
        await damaged.put(`aip/${aipId}/${changed}`, bytes('not the archived bytes'));
        await damaged.delete(`aip/${aipId}/${missing}`);

        const run = await cli('audit', '--aip', aipId, ...args);
        assert.equal(run.code, 1, run.out);
        const summary = JSON.parse(run.out) as AuditJson;
        assert.equal(summary.damagedCopies, 1);
        assert.deepEqual(
          summary.problems.map((p) => [p.aipId, p.location, p.path, p.problem]).sort(),
          [
            [aipId, damaged.location, changed, 'damaged'],
            [aipId, damaged.location, missing, 'missing'],
          ].sort(),
        );
        const text = await cli('audit', '--aip', aipId, ...args.slice(0, -2));
        assert.equal(text.code, 1);
        assert.ok(text.out.includes(damaged.location) && text.out.includes(changed), text.out);

        const byLocation = new Map((await copies()).map((c) => [c.location, c]));
        assert.equal(byLocation.get(damaged.location)?.state, 'damaged');
        assert.equal(byLocation.get((stores[0] as BlobStore).location)?.state, 'verified');
        const events = await fixityEvents();
        assert.equal(events.at(-1)?.outcome, 'failure');
        assert.ok(events.at(-1)?.detail?.includes(changed));
      });

      test('repair restores the damaged copy from the verified one and records a replication event', async () => {
        const run = await cli('repair', '--aip', aipId, ...args);
        assert.equal(run.code, 0, run.out);
        const result = JSON.parse(run.out) as {
          source: string;
          repaired: { location: string; files: number }[];
        };
        assert.equal(result.source, (stores[0] as BlobStore).location);
        assert.deepEqual(result.repaired, [{ location: (stores[1] as BlobStore).location, files: 2 }]);
        for (const c of await copies()) assert.equal(c.state, 'verified', c.location);
        assert.equal((await fixityEvents()).at(-1)?.event_type, 'replication');
        const again = await cli('audit', '--aip', aipId, ...args);
        assert.equal(again.code, 0, again.out);
      });

      test('reindex rebuilds the database from storage with the audit events', async () => {
        const before = (await fixityEvents()).map((e) => [e.id, e.event_type, e.outcome, e.at]);
        assert.equal(before.length, 5);
        await reindex(t.server.ctx, stores);
        const after = (await fixityEvents()).map((e) => [e.id, e.event_type, e.outcome, e.at]);
        assert.deepEqual(after, before);
      });

      test('the audit as a job: queued through the API by an e-archivist, refused to a reader; the AIP shows its copies’ last check', async () => {
        const reader = await t.login('lasare.ystad');
        const refused = await reader.request('POST', '/api/storage/audit', {});
        assert.equal(refused.statusCode, 403, refused.body);
        assert.equal(refused.json().code, 'ARC_ERR_FORBIDDEN');
        const municipal = await t.login('arkivarie.lund');
        const hidden = await municipal.request('POST', '/api/storage/audit', { aipId });
        assert.equal(hidden.statusCode, 404, hidden.body);

        const archivist = await t.login('earkivarie');
        const queued = await archivist.request('POST', '/api/storage/audit', { tenantId: 'lund', sample: 5 });
        assert.equal(queued.statusCode, 202, queued.body);
        const { jobId } = queued.json() as { jobId: number };
        const countBefore = (await fixityEvents()).length;
        await createWorker(t.server.ctx, t.server.handlers).drain();
        const job = await archivist.json<{ state: string }>('GET', `/api/storage/jobs/${jobId}`);
        assert.equal(job.state, 'done');
        assert.equal((await fixityEvents()).length, countBefore + 1);

        const detail = await archivist.json<{
          copies: { location: string; state: string; checkedAt: string | null }[];
          events: { type: string }[];
        }>('GET', `/api/aips/${aipId}`);
        assert.equal(detail.copies.length, 2);
        for (const c of detail.copies) {
          assert.equal(c.state, 'verified');
          assert.ok(c.checkedAt);
        }
        assert.ok(detail.events.some((e) => e.type === 'fixity check'));
        const audited = await db()
          .selectFrom('audit_log')
          .select(['action', 'actor_id'])
          .where('action', '=', 'storage.audit-requested')
          .execute();
        assert.equal(audited.length, 1);
        assert.ok(audited[0]?.actor_id);
      });

      test('a location without any copy is one problem; repair writes the whole copy, METS.xml last', async () => {
        const lost = stores[1] as BlobStore;
        for (const key of await keys(lost, `aip/${aipId}/`)) await lost.delete(key);
        const run = await cli('audit', '--aip', aipId, ...args);
        assert.equal(run.code, 1, run.out);
        const summary = JSON.parse(run.out) as AuditJson;
        assert.deepEqual(
          summary.problems.map((p) => [p.location, p.path, p.problem]),
          [[lost.location, '*', 'missing']],
        );
        const repaired = await cli('repair', '--aip', aipId, ...args);
        assert.equal(repaired.code, 0, repaired.out);
        const files = await db().selectFrom('aip_files').select('path').where('aip_id', '=', aipId).execute();
        assert.deepEqual(
          await keys(lost, `aip/${aipId}/`),
          files.map((f) => `aip/${aipId}/${f.path}`).sort(),
        );
        assert.equal((await cli('audit', '--aip', aipId, ...args)).code, 0);
        assert.equal((await cli('audit', '--aip', 'no-such-aip', ...args)).code, 2);
      });
    });
  }
}
