/**
 * The fixity audit (`samarkiv storage audit`, the `storage-audit` job): reads every file of every
 * copy of the chosen AIPs in every configured storage location and compares it with the checksum
 * recorded at ingest. Per AIP it records one PREMIS `fixity check` event (in storage beside the
 * AIP, storage-events.ts, so reindex keeps it, and in the database), sets each copy's state and
 * check time, and audits the result. A copy with a missing or changed file is marked `damaged`, so
 * downloads use another copy and `samarkiv storage repair` can restore it.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/access/roles.ts';
import { sizeAndSha256 } from '../../core/checksum/size-and-sha256.ts';
import { ArchiveError, isArchiveError } from '../../core/errors.ts';
import type { Software } from '../../core/package/writer/mets-structure.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { aipPrefix } from './aip/read-aip.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { agentNameOf, storeEvent, type StoredEvent } from './storage-events.ts';

export const STORAGE_AUDIT_JOB = 'storage-audit';

export interface AuditSelection {
  readonly aipId?: string;
  readonly tenantId?: string;
  /** At most this many AIPs, those checked longest ago first (a rolling audit). */
  readonly sample?: number;
  /** Only AIPs with a copy not checked since this time (never-checked copies count as old). */
  readonly checkedBefore?: string;
}

/** The path of a problem that concerns every file of a copy (the location holds none of them). */
export const WHOLE_COPY = '*';

export type ProblemKind = 'missing' | 'damaged' | 'unreadable';

export interface CopyProblem {
  readonly aipId: string;
  readonly location: string;
  readonly path: string;
  readonly problem: ProblemKind;
  readonly detail: string;
}

export interface CopyAudit {
  readonly location: string;
  /** 'verified' when every file matched; 'damaged' when one is missing or changed; 'unreadable' otherwise. */
  readonly state: 'verified' | 'damaged' | 'unreadable';
  readonly files: number;
  readonly bytes: number;
  readonly problems: readonly CopyProblem[];
}

export interface AipAudit {
  readonly aipId: string;
  readonly tenantId: string;
  readonly outcome: 'success' | 'failure';
  readonly eventId: string;
  readonly copies: readonly CopyAudit[];
}

export interface AuditSummary {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly locations: readonly string[];
  readonly aips: number;
  readonly copies: number;
  readonly files: number;
  readonly bytes: number;
  readonly failedAips: number;
  readonly damagedCopies: number;
  readonly problems: readonly CopyProblem[];
  readonly results: readonly AipAudit[];
}

export interface AuditDeps {
  readonly ctx: ServiceContext;
  readonly stores: readonly BlobStore[];
  readonly software: Software;
  readonly heartbeat?: () => Promise<void>;
  readonly onAip?: (result: AipAudit) => void;
}

interface RecordedFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

/** AIP ids to audit, those whose oldest copy check is oldest first. */
export async function selectAips(
  ctx: ServiceContext,
  sel: AuditSelection,
): Promise<{ id: string; tenantId: string }[]> {
  let q = ctx.db
    .selectFrom('aips')
    .leftJoin('aip_copies', 'aip_copies.aip_id', 'aips.id')
    .select(['aips.id', 'aips.tenant_id', 'aip_copies.checked_at', 'aip_copies.verified_at']);
  if (sel.aipId) q = q.where('aips.id', '=', sel.aipId);
  if (sel.tenantId) q = q.where('aips.tenant_id', '=', sel.tenantId);
  const oldest = new Map<string, { tenantId: string; last: string }>();
  for (const r of await q.execute()) {
    const last = r.checked_at ?? r.verified_at ?? '';
    const prev = oldest.get(r.id);
    if (!prev || last < prev.last) oldest.set(r.id, { tenantId: r.tenant_id, last });
  }
  let rows = [...oldest.entries()].map(([id, v]) => ({ id, ...v }));
  if (sel.checkedBefore) rows = rows.filter((r) => r.last < (sel.checkedBefore as string));
  rows.sort((a, b) => a.last.localeCompare(b.last) || a.id.localeCompare(b.id));
  if (sel.sample !== undefined) rows = rows.slice(0, sel.sample);
  return rows.map((r) => ({ id: r.id, tenantId: r.tenantId }));
}

async function recordedFiles(ctx: ServiceContext, aipId: string): Promise<RecordedFile[]> {
  return ctx.db
    .selectFrom('aip_files')
    .select(['path', 'size', 'sha256'])
    .where('aip_id', '=', aipId)
    .orderBy('path')
    .execute();
}

/** Reads one copy of an AIP in full and compares every file with its recorded size and SHA-256. */
export async function auditCopy(
  store: BlobStore,
  aipId: string,
  files: readonly RecordedFile[],
  heartbeat?: () => Promise<void>,
): Promise<CopyAudit> {
  const problems: CopyProblem[] = [];
  let bytes = 0;
  let last = Date.now();
  const problem = (path: string, kind: ProblemKind, detail: string) =>
    problems.push({ aipId, location: store.location, path, problem: kind, detail });
  for (const f of files) {
    try {
      const { size, sha256: digest } = await sizeAndSha256(store.get(`${aipPrefix(aipId)}/${f.path}`));
      if (size !== Number(f.size) || digest !== f.sha256) {
        problem(f.path, 'damaged', `expected ${f.sha256} (${f.size} B), found ${digest} (${size} B)`);
      }
      bytes += size;
    } catch (e) {
      if (isArchiveError(e) && e.code === 'ARC_ERR_NOT_FOUND') problem(f.path, 'missing', 'not found');
      else problem(f.path, 'unreadable', e instanceof Error ? e.message : String(e));
    }
    if (heartbeat && Date.now() - last > 30_000) {
      last = Date.now();
      await heartbeat();
    }
  }
  if (
    files.length > 1 &&
    problems.length === files.length &&
    problems.every((p) => p.problem === 'missing')
  ) {
    // No copy at all in this location: one problem, not one per file.
    return {
      location: store.location,
      state: 'damaged',
      files: files.length,
      bytes: 0,
      problems: [
        { aipId, location: store.location, path: WHOLE_COPY, problem: 'missing', detail: 'no copy here' },
      ],
    };
  }
  const state = problems.some((p) => p.problem !== 'unreadable')
    ? 'damaged'
    : problems.length > 0
      ? 'unreadable'
      : 'verified';
  return { location: store.location, state, files: files.length, bytes, problems };
}

const MAX_DETAIL_PROBLEMS = 20;

function eventDetail(copies: readonly CopyAudit[]): string {
  return copies
    .map((c) => {
      if (c.state === 'verified') return `${c.location}: ${c.files} files verified`;
      const listed = c.problems.slice(0, MAX_DETAIL_PROBLEMS).map((p) => `${p.path} (${p.problem})`);
      const more =
        c.problems.length > MAX_DETAIL_PROBLEMS ? ` and ${c.problems.length - MAX_DETAIL_PROBLEMS} more` : '';
      return `${c.location}: ${c.state}: ${listed.join(', ')}${more}`;
    })
    .join('; ');
}

/** Stores the event, updates the copies and audits, for one audited AIP. */
async function recordAudit(
  deps: AuditDeps,
  actor: Principal | null,
  aip: { id: string; tenantId: string },
  copies: readonly CopyAudit[],
  repair?: { source: string; repaired: readonly { location: string; files: number }[] },
): Promise<AipAudit> {
  const type = repair ? 'replication' : 'fixity check';
  const { ctx } = deps;
  const at = nowIso(ctx);
  const outcome = copies.every((c) => c.state === 'verified') ? 'success' : 'failure';
  const event: StoredEvent = {
    id: `urn:uuid:${randomUUID()}`,
    aipId: aip.id,
    type,
    at,
    outcome,
    detail: repair
      ? `restored from ${repair.source}: ${repair.repaired.map((r) => `${r.location} (${r.files} files)`).join(', ')}; after: ${eventDetail(copies)}`
      : eventDetail(copies),
    software: deps.software,
    copies: copies.map((c) => ({ location: c.location, state: c.state })),
  };
  // Storage first: it is the truth, and a crash before the database commit only loses the row
  // (reindex restores it), never the event.
  let notStored: string[];
  try {
    notStored = await storeEvent(deps.stores, event);
  } catch {
    notStored = deps.stores.map((s) => s.location);
  }
  await inTransaction(ctx, async (trx) => {
    await trx
      .insertInto('aip_events')
      .values({
        id: event.id,
        aip_id: aip.id,
        event_type: type,
        at,
        agent: agentNameOf(deps.software),
        outcome,
        detail: event.detail,
      })
      .execute();
    for (const c of copies) {
      if (c.state === 'unreadable') continue; // an unreachable location says nothing about the copy
      const changes = {
        state: c.state,
        checked_at: at,
        ...(c.state === 'verified' ? { verified_at: at } : {}),
      };
      const updated = await trx
        .updateTable('aip_copies')
        .set(changes)
        .where('aip_id', '=', aip.id)
        .where('location', '=', c.location)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        // A location of the storage policy without a row: the copy is now known (or known missing).
        await trx
          .insertInto('aip_copies')
          .values({ aip_id: aip.id, location: c.location, verified_at: null, ...changes })
          .execute();
      }
    }
    await audit(trx, ctx, actor, aip.tenantId, repair ? 'aip.repair' : 'aip.fixity-check', 'aip', aip.id, {
      outcome,
      eventId: event.id,
      ...(repair ? { source: repair.source, repaired: repair.repaired } : {}),
      ...(notStored.length ? { eventNotStoredIn: notStored } : {}),
      copies: copies.map((c) => ({
        location: c.location,
        state: c.state,
        files: c.files,
        problems: c.problems.slice(0, MAX_DETAIL_PROBLEMS).map((p) => ({ path: p.path, problem: p.problem })),
      })),
    });
  });
  return { aipId: aip.id, tenantId: aip.tenantId, outcome, eventId: event.id, copies };
}

/** Audits the selected AIPs one at a time; every copy of one AIP is read at the same time. */
export async function auditStorage(
  deps: AuditDeps,
  selection: AuditSelection,
  actor: Principal | null,
): Promise<AuditSummary> {
  const { ctx, stores } = deps;
  const startedAt = nowIso(ctx);
  const results: AipAudit[] = [];
  const selected = await selectAips(ctx, selection);
  if (selection.aipId && selected.length === 0) {
    throw new ArchiveError('ARC_ERR_NOT_FOUND', [`AIP ${selection.aipId}`]);
  }
  for (const aip of selected) {
    const files = await recordedFiles(ctx, aip.id);
    const copies = await Promise.all(stores.map((s) => auditCopy(s, aip.id, files, deps.heartbeat)));
    const result = await recordAudit(deps, actor, aip, copies);
    results.push(result);
    deps.onAip?.(result);
    await deps.heartbeat?.();
  }
  const all = results.flatMap((r) => r.copies);
  const summary: AuditSummary = {
    startedAt,
    finishedAt: nowIso(ctx),
    locations: stores.map((s) => s.location),
    aips: results.length,
    copies: all.length,
    files: all.reduce((n, c) => n + c.files, 0),
    bytes: all.reduce((n, c) => n + c.bytes, 0),
    failedAips: results.filter((r) => r.outcome === 'failure').length,
    damagedCopies: all.filter((c) => c.state !== 'verified').length,
    problems: all.flatMap((c) => c.problems),
    results,
  };
  await inTransaction(ctx, (trx) =>
    audit(trx, ctx, actor, selection.tenantId ?? null, 'storage.audit', 'storage', null, {
      selection,
      locations: summary.locations,
      aips: summary.aips,
      copies: summary.copies,
      files: summary.files,
      failedAips: summary.failedAips,
      damagedCopies: summary.damagedCopies,
    }),
  );
  return summary;
}

export interface RepairResult {
  readonly aipId: string;
  readonly source: string | null;
  readonly repaired: readonly { location: string; files: number }[];
  readonly before: readonly CopyAudit[];
  readonly after: readonly CopyAudit[];
}

async function* from(store: BlobStore, key: string): AsyncIterable<Uint8Array> {
  yield* store.get(key);
}

/**
 * Restores the damaged copies of one AIP from a copy that is verified first (every file read back
 * and matched now, not trusted from an earlier audit). Each bad or missing file is rewritten from
 * the good copy (an atomic put, its SHA-256 checked while writing), then the repaired copy is read
 * back in full. Records a PREMIS `replication` event and audits. ARC_ERR_NO_VERIFIED_COPY when no
 * copy is intact.
 */
export async function repairAip(
  deps: AuditDeps,
  aipId: string,
  actor: Principal | null,
): Promise<RepairResult> {
  const { ctx, stores } = deps;
  const row = await ctx.db
    .selectFrom('aips')
    .select(['id', 'tenant_id'])
    .where('id', '=', aipId)
    .executeTakeFirst();
  if (!row) throw new ArchiveError('ARC_ERR_NOT_FOUND', [`AIP ${aipId}`]);
  const aip = { id: row.id, tenantId: row.tenant_id };
  const files = await recordedFiles(ctx, aipId);
  const before = await Promise.all(stores.map((s) => auditCopy(s, aipId, files, deps.heartbeat)));
  const goodIndex = before.findIndex((c) => c.state === 'verified');
  const damaged = before
    .map((c, i) => ({ c, store: stores[i] as BlobStore }))
    .filter((x) => x.c.state === 'damaged');
  if (damaged.length === 0) {
    return { aipId, source: null, repaired: [], before, after: before };
  }
  if (goodIndex < 0) {
    await recordAudit(deps, actor, aip, before);
    throw new ArchiveError('ARC_ERR_NO_VERIFIED_COPY', [`AIP ${aipId}`]);
  }
  const good = stores[goodIndex] as BlobStore;
  const repaired: { location: string; files: number }[] = [];
  for (const { c, store } of damaged) {
    const bad = new Set(c.problems.filter((p) => p.problem !== 'unreadable').map((p) => p.path));
    // The root METS.xml last, as at ingest: a location with METS.xml holds every other file.
    const todo = files
      .filter((f) => bad.has(WHOLE_COPY) || bad.has(f.path))
      .sort((a, b) => Number(a.path === 'METS.xml') - Number(b.path === 'METS.xml'));
    for (const f of todo) {
      const key = `${aipPrefix(aipId)}/${f.path}`;
      const written = await store.put(key, from(good, key));
      if (written.sha256 !== f.sha256 || written.size !== Number(f.size)) {
        throw new ArchiveError('ARC_ERR_FIXITY_MISMATCH', [
          `${good.location}: ${key} (changed during repair)`,
        ]);
      }
    }
    repaired.push({ location: store.location, files: todo.length });
  }
  const after = await Promise.all(stores.map((s) => auditCopy(s, aipId, files, deps.heartbeat)));
  await recordAudit(deps, actor, aip, after, { source: good.location, repaired });
  return { aipId, source: good.location, repaired, before, after };
}
