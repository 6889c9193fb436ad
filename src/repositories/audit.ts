/**
 * The audit log: every state change and every read of a restricted object, hash-chained. Each
 * entry's hash covers its content and the previous entry's hash, so a changed or removed entry
 * breaks the chain from there on. Appending updates the single head row in the same transaction,
 * which serialises appenders on every backend.
 */
import { createHash } from 'node:crypto';
import type { AuditLogTable, Db } from '../adapters/db/schema.ts';

export type AuditRow = AuditLogTable;

export interface AuditEntry {
  readonly at: string;
  readonly actorId: string | null;
  readonly tenantId: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string | null;
  readonly detail?: unknown;
}

/** The canonical text an entry's hash covers. */
export function auditHashInput(row: Omit<AuditRow, 'hash'>): string {
  return JSON.stringify([
    row.seq,
    row.at,
    row.actor_id,
    row.tenant_id,
    row.action,
    row.object_type,
    row.object_id,
    row.detail,
    row.prev_hash,
  ]);
}

export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(auditHashInput(row)).digest('hex');
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  // Taking the row lock first: the UPDATE waits for any other appender's transaction.
  await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 0) }))
    .where('id', '=', 1)
    .execute();
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const base: Omit<AuditRow, 'hash'> = {
    seq: Number(head.seq) + 1,
    at: entry.at,
    actor_id: entry.actorId,
    tenant_id: entry.tenantId,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    prev_hash: head.hash,
  };
  const row: AuditRow = { ...base, hash: auditHash(base) };
  await db.insertInto('audit_log').values(row).execute();
  await db.updateTable('audit_head').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
  return row;
}

/** Entries in chain order, a page at a time (seq > after). */
export function auditPage(db: Db, after: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export function auditHead(db: Db): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export interface AuditQuery {
  readonly tenants: 'all' | readonly string[];
  readonly objectType?: string;
  readonly objectId?: string;
  readonly limit?: number;
}

export function queryAudit(db: Db, q: AuditQuery): Promise<AuditRow[]> {
  let s = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(q.limit ?? 200);
  if (q.tenants !== 'all') s = s.where('tenant_id', 'in', [...q.tenants, '']);
  if (q.objectType) s = s.where('object_type', '=', q.objectType);
  if (q.objectId) s = s.where('object_id', '=', q.objectId);
  return s.execute();
}
