/** Delivery projects (leveransprojekt) and their recorded phase history. */
import type { Db, DeliveryProjectTable, PhaseChangeTable } from '../adapters/db/schema.ts';
import type { Insertable, Selectable } from 'kysely';

export type ProjectRow = DeliveryProjectTable;
export type PhaseChangeRow = Selectable<PhaseChangeTable>;

export interface ProjectFilter {
  /** 'all' or the tenant ids the reader may see. */
  readonly tenants: 'all' | readonly string[];
  readonly tenantId?: string;
  readonly phase?: string;
}

export function listProjects(db: Db, filter: ProjectFilter): Promise<ProjectRow[]> {
  let q = db.selectFrom('delivery_projects').selectAll().orderBy('updated_at', 'desc');
  if (filter.tenants !== 'all') {
    if (filter.tenants.length === 0) return Promise.resolve([]);
    q = q.where('tenant_id', 'in', filter.tenants as string[]);
  }
  if (filter.tenantId) q = q.where('tenant_id', '=', filter.tenantId);
  if (filter.phase) q = q.where('phase', '=', filter.phase);
  return q.execute();
}

export function getProject(db: Db, id: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('delivery_projects').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProject(db: Db, row: Insertable<DeliveryProjectTable>): Promise<void> {
  await db.insertInto('delivery_projects').values(row).execute();
}

export async function updateProject(db: Db, id: string, changes: Partial<ProjectRow>): Promise<void> {
  await db.updateTable('delivery_projects').set(changes).where('id', '=', id).execute();
}

export async function insertPhaseChange(db: Db, row: Insertable<PhaseChangeTable>): Promise<void> {
  await db.insertInto('phase_changes').values(row).execute();
}

export function phaseHistory(db: Db, projectId?: string): Promise<PhaseChangeRow[]> {
  let q = db.selectFrom('phase_changes').selectAll().orderBy('changed_at').orderBy('id');
  if (projectId) q = q.where('project_id', '=', projectId);
  return q.execute();
}
