/** Tenants (the consortium and its municipalities) and their records creators. */
import type { Db, RecordsCreatorTable, TenantTable } from '../adapters/db/schema.ts';

export type TenantRow = TenantTable;

export function listTenants(db: Db): Promise<TenantRow[]> {
  return db.selectFrom('tenants').selectAll().orderBy('kind').orderBy('name').execute();
}

export function getTenant(db: Db, id: string): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function consortiumId(db: Db): Promise<string | null> {
  const row = await db.selectFrom('tenants').select('id').where('kind', '=', 'consortium').executeTakeFirst();
  return row?.id ?? null;
}

export async function insertTenant(db: Db, row: TenantRow): Promise<void> {
  await db.insertInto('tenants').values(row).execute();
}

export async function insertRecordsCreator(db: Db, row: RecordsCreatorTable): Promise<void> {
  await db.insertInto('records_creators').values(row).execute();
}

export function listRecordsCreators(db: Db, tenantId?: string): Promise<RecordsCreatorTable[]> {
  let q = db.selectFrom('records_creators').selectAll().orderBy('name');
  if (tenantId) q = q.where('tenant_id', '=', tenantId);
  return q.execute();
}
