/** The consortium's inventory, cost-share basis, budgets, outcomes and plan versions. */
import type { Insertable } from 'kysely';
import type {
  BudgetOutcomeTable,
  BudgetTable,
  Db,
  InventoryReportTable,
  PlanVersionTable,
  SystemTable,
} from '../adapters/db/schema.ts';

export type SystemRow = SystemTable;

export function listSystems(db: Db, tenants: 'all' | readonly string[] = 'all'): Promise<SystemRow[]> {
  let q = db.selectFrom('systems').selectAll().orderBy('tenant_id').orderBy('name');
  if (tenants !== 'all') {
    if (tenants.length === 0) return Promise.resolve([]);
    q = q.where('tenant_id', 'in', tenants as string[]);
  }
  return q.execute();
}

export function getSystem(db: Db, id: string): Promise<SystemRow | undefined> {
  return db.selectFrom('systems').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function upsertSystem(db: Db, row: SystemRow): Promise<void> {
  const { id: _id, ...rest } = row;
  await db
    .insertInto('systems')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

export async function insertInventoryReport(db: Db, row: Insertable<InventoryReportTable>): Promise<void> {
  await db.insertInto('inventory_reports').values(row).execute();
}

export function listInventoryReports(
  db: Db,
  tenants: 'all' | readonly string[] = 'all',
): Promise<InventoryReportTable[]> {
  let q = db.selectFrom('inventory_reports').selectAll().orderBy('reported_at', 'desc');
  if (tenants !== 'all') {
    if (tenants.length === 0) return Promise.resolve([]);
    q = q.where('tenant_id', 'in', tenants as string[]);
  }
  return q.execute();
}

export async function markInventoryReportSeen(db: Db, id: string, by: string, at: string): Promise<void> {
  await db.updateTable('inventory_reports').set({ seen_by: by, seen_at: at }).where('id', '=', id).execute();
}

export async function insertShareBasis(db: Db, year: number, amounts: Record<string, number>): Promise<void> {
  const rows = Object.entries(amounts).map(([tenant_id, amount_tkr], position) => ({
    year,
    tenant_id,
    amount_tkr,
    position,
  }));
  if (rows.length > 0) await db.insertInto('share_basis').values(rows).execute();
}

/** The newest year's basis: the charges that fix every member's exact share. */
export async function latestShareBasis(
  db: Db,
): Promise<{ year: number; amounts: Record<string, number> } | null> {
  const top = await db
    .selectFrom('share_basis')
    .select((eb) => eb.fn.max('year').as('year'))
    .executeTakeFirst();
  if (top?.year == null) return null;
  const year = Number(top.year);
  const rows = await db
    .selectFrom('share_basis')
    .selectAll()
    .where('year', '=', year)
    .orderBy('position')
    .execute();
  return { year, amounts: Object.fromEntries(rows.map((r) => [r.tenant_id, r.amount_tkr])) };
}

export function listBudgets(db: Db): Promise<BudgetTable[]> {
  return db.selectFrom('budgets').selectAll().orderBy('year').execute();
}

export async function upsertBudget(db: Db, row: BudgetTable): Promise<void> {
  await db
    .insertInto('budgets')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('year')
        .doUpdateSet({ total_tkr: row.total_tkr, uplift_basis_points: row.uplift_basis_points }),
    )
    .execute();
}

export function listOutcomes(db: Db): Promise<BudgetOutcomeTable[]> {
  return db.selectFrom('budget_outcomes').selectAll().orderBy('year').orderBy('cost_group').execute();
}

export async function upsertOutcome(db: Db, row: BudgetOutcomeTable): Promise<void> {
  await db
    .insertInto('budget_outcomes')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['year', 'cost_group']).doUpdateSet({
        budget_tkr: row.budget_tkr,
        outcome_tkr: row.outcome_tkr,
        entered_by: row.entered_by,
        entered_at: row.entered_at,
      }),
    )
    .execute();
}

export function listPlanVersions(db: Db): Promise<PlanVersionTable[]> {
  return db.selectFrom('plan_versions').selectAll().orderBy('version').execute();
}

export function getPlanVersion(db: Db, version: number): Promise<PlanVersionTable | undefined> {
  return db.selectFrom('plan_versions').selectAll().where('version', '=', version).executeTakeFirst();
}

export async function insertPlanVersion(db: Db, row: PlanVersionTable): Promise<void> {
  await db.insertInto('plan_versions').values(row).execute();
}

export async function updatePlanVersion(db: Db, row: PlanVersionTable): Promise<void> {
  await db
    .updateTable('plan_versions')
    .set({ approved_on: row.approved_on, approved_by: row.approved_by, note: row.note, plan: row.plan })
    .where('version', '=', row.version)
    .execute();
}
