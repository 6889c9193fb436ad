/**
 * The durable job table. A job is enqueued in the same transaction as the change that causes it;
 * a worker claims one atomically (one UPDATE … RETURNING over a sub-select, with SKIP LOCKED where
 * the backend has it) and holds a lease: a worker that dies leaves a lease that runs out, and the
 * job is claimed again.
 */
import type { Selectable } from 'kysely';
import type { DatabaseCapabilities } from '../adapters/db/capabilities.ts';
import type { Db, JobTable } from '../adapters/db/schema.ts';

export type JobRow = Selectable<JobTable>;

export interface EnqueueOptions {
  readonly runAfter?: string;
  readonly maxAttempts?: number;
}

export async function enqueueJob(
  db: Db,
  kind: string,
  payload: unknown,
  nowIso: string,
  options: EnqueueOptions = {},
): Promise<number> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind,
      payload: JSON.stringify(payload),
      state: 'queued',
      attempts: 0,
      max_attempts: options.maxAttempts ?? 5,
      run_after: options.runAfter ?? nowIso,
      created_at: nowIso,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function claimJob(
  db: Db,
  caps: DatabaseCapabilities,
  workerId: string,
  nowIso: string,
  leaseUntilIso: string,
  kinds?: readonly string[],
): Promise<JobRow | undefined> {
  let pick = db
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('run_after', '<=', nowIso)]),
        eb.and([eb('state', '=', 'running'), eb('locked_until', '<', nowIso)]),
      ]),
    )
    .orderBy('id')
    .limit(1);
  if (kinds && kinds.length > 0) pick = pick.where('kind', 'in', kinds as string[]);
  if (caps.skipLocked) pick = pick.forUpdate().skipLocked();
  return db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      locked_by: workerId,
      locked_until: leaseUntilIso,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', (eb) => eb.selectFrom(pick.as('next')).select('next.id'))
    .returningAll()
    .executeTakeFirst();
}

export async function completeJob(db: Db, id: number, nowIso: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ state: 'done', finished_at: nowIso, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: retried later with back-off, or failed for good after max_attempts. */
export async function failJob(
  db: Db,
  job: JobRow,
  error: string,
  nowIso: string,
  retryAtIso: string,
): Promise<void> {
  const final = job.attempts >= job.max_attempts;
  await db
    .updateTable('jobs')
    .set({
      state: final ? 'failed' : 'queued',
      last_error: error.slice(0, 4000),
      run_after: final ? job.run_after : retryAtIso,
      finished_at: final ? nowIso : null,
      locked_by: null,
      locked_until: null,
    })
    .where('id', '=', job.id)
    .execute();
}

export async function extendLease(
  db: Db,
  id: number,
  workerId: string,
  leaseUntilIso: string,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ locked_until: leaseUntilIso })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

export function listJobs(db: Db, filter: { state?: string; kind?: string } = {}): Promise<JobRow[]> {
  let q = db.selectFrom('jobs').selectAll().orderBy('id');
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return q.execute();
}

export async function countOpenJobs(db: Db): Promise<number> {
  const row = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
