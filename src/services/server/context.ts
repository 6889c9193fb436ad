/**
 * What every archive-service use case gets: the database, its capabilities, a clock, the
 * consortium's tenant id and the audit trail. Built once by the composition root (src/server/).
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseCapabilities } from '../../adapters/db/capabilities.ts';
import type { Database, Db } from '../../adapters/db/schema.ts';
import type { Clock } from '../../ports/clock.ts';
import type { Principal } from '../../core/access/roles.ts';
import { appendAudit } from '../../repositories/audit.ts';

export interface ServiceContext {
  readonly db: Kysely<Database>;
  readonly caps: DatabaseCapabilities;
  readonly clock: Clock;
  /** The consortium tenant: a role held there covers every member municipality. */
  readonly consortiumId: string;
}

export function nowIso(ctx: Pick<ServiceContext, 'clock'>): string {
  return ctx.clock.now().toISOString();
}

/**
 * Runs `fn` in one transaction. On a single-writer backend (SQLite) the transaction takes the
 * write lock when it begins (BEGIN IMMEDIATE): a deferred transaction that reads and then writes
 * fails at once with SQLITE_BUSY_SNAPSHOT when another process (a worker, the CLI) wrote in between,
 * and the busy timeout cannot help it; an immediate one waits for the lock instead.
 */
export function inTransaction<T>(ctx: ServiceContext, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (ctx.caps.concurrentWriters) return ctx.db.transaction().execute(fn);
  return ctx.db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw e;
    }
    await sql`COMMIT`.execute(conn);
    return result;
  });
}

/** Appends to the audit log inside the caller's transaction. */
export async function audit(
  trx: Db,
  ctx: ServiceContext,
  actor: Principal | null,
  tenantId: string | null,
  action: string,
  objectType: string,
  objectId: string | null,
  detail?: unknown,
): Promise<void> {
  await appendAudit(trx, {
    at: nowIso(ctx),
    actorId: actor?.userId ?? null,
    tenantId,
    action,
    objectType,
    objectId,
    detail,
  });
}
