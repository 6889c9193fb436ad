/**
 * The system inventory (systeminventering) in the archive service: each municipality keeps its own
 * business systems, and reports a decommissioning or a new procurement, which the consortium sees at
 * once (unseen reports first). Every change is audited.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/access/roles.ts';
import type { IsoDate, SystemRecord } from '../../core/consortium/model.ts';
import { archiveError } from '../../core/errors.ts';
import * as repo from '../../repositories/consortium.ts';
import type { InventoryReportTable } from '../../adapters/db/schema.ts';
import { getTenant } from '../../repositories/tenants.ts';
import { requirePermission } from './access.ts';
import { canSeeTenant, inventoryTenants, requireConsortiumWide } from './consortium-access.ts';
import { systemRecord, systemRow } from './consortium-store.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';

export type SystemInput = Omit<SystemRecord, 'id'>;

export const REPORT_KINDS = ['decommissioning', 'procurement'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportInput {
  readonly tenantId: string;
  readonly kind: ReportKind;
  readonly systemId?: string | null;
  readonly systemName?: string | null;
  readonly date?: IsoDate | null;
  readonly note?: string | null;
}

export async function listSystemsFor(
  ctx: ServiceContext,
  p: Principal,
  tenantId?: string,
): Promise<SystemRecord[]> {
  const visible = inventoryTenants(ctx, p);
  if (tenantId && !canSeeTenant(visible, tenantId)) return [];
  const rows = await repo.listSystems(ctx.db, tenantId ? [tenantId] : visible);
  return rows.map(systemRecord);
}

/** A system the principal may see; another municipality's is answered as not found. */
export async function getSystemFor(ctx: ServiceContext, p: Principal, id: string): Promise<SystemRecord> {
  const row = await repo.getSystem(ctx.db, id);
  if (!row || !canSeeTenant(inventoryTenants(ctx, p), row.tenant_id))
    throw archiveError('ARC_ERR_NOT_FOUND', `system ${id}`);
  return systemRecord(row);
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'system';

async function freeSystemId(ctx: ServiceContext, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.getSystem(ctx.db, id))) return id;
  }
}

async function requireMunicipality(ctx: ServiceContext, tenantId: string): Promise<void> {
  const tenant = await getTenant(ctx.db, tenantId);
  if (!tenant || tenant.kind !== 'municipality')
    throw archiveError('ARC_ERR_NOT_FOUND', `municipality ${tenantId}`);
}

export async function createSystem(
  ctx: ServiceContext,
  p: Principal,
  input: SystemInput,
): Promise<SystemRecord> {
  requirePermission(ctx, p, 'inventory:write', input.municipalityId);
  await requireMunicipality(ctx, input.municipalityId);
  // Readable ids ("trelleborg-w3d3") because archivists pin plan items by id in the CLI.
  const id = await freeSystemId(ctx, `${input.municipalityId}-${slug(input.name)}`);
  const system: SystemRecord = { ...input, id };
  await inTransaction(ctx, async (trx) => {
    await repo.upsertSystem(trx, systemRow(system, nowIso(ctx)));
    await audit(trx, ctx, p, input.municipalityId, 'system.create', 'system', id, { name: input.name });
  });
  return system;
}

export async function updateSystem(
  ctx: ServiceContext,
  p: Principal,
  id: string,
  input: SystemInput,
): Promise<SystemRecord> {
  const existing = await getSystemFor(ctx, p, id);
  requirePermission(ctx, p, 'inventory:write', existing.municipalityId);
  if (input.municipalityId !== existing.municipalityId)
    throw archiveError('ARC_ERR_INVENTORY_SYSTEM_MOVE', id, input.municipalityId);
  const system: SystemRecord = { ...input, id };
  await inTransaction(ctx, async (trx) => {
    await repo.upsertSystem(trx, systemRow(system, nowIso(ctx)));
    await audit(
      trx,
      ctx,
      p,
      existing.municipalityId,
      'system.update',
      'system',
      id,
      changedFields(existing, system),
    );
  });
  return system;
}

function changedFields(before: SystemRecord, after: SystemRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof SystemRecord)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out;
}

export async function reportInventoryChange(
  ctx: ServiceContext,
  p: Principal,
  input: ReportInput,
): Promise<InventoryReportTable> {
  requirePermission(ctx, p, 'inventory:write', input.tenantId);
  await requireMunicipality(ctx, input.tenantId);
  const system = input.systemId ? await getSystemFor(ctx, p, input.systemId) : null;
  if (system && system.municipalityId !== input.tenantId)
    throw archiveError('ARC_ERR_NOT_FOUND', `system ${input.systemId}`);
  if (input.kind === 'decommissioning' && (!system || !input.date))
    throw archiveError(
      'ARC_ERR_INVENTORY_REPORT_INVALID',
      'a decommissioning needs a system of the inventory and a date',
    );
  const systemName = system?.name ?? input.systemName?.trim();
  if (!systemName)
    throw archiveError('ARC_ERR_INVENTORY_REPORT_INVALID', 'a procurement needs a system name');
  const at = nowIso(ctx);
  const row: InventoryReportTable = {
    id: randomUUID(),
    tenant_id: input.tenantId,
    system_id: system?.id ?? null,
    kind: input.kind,
    system_name: systemName,
    effective_date: input.date ?? null,
    note: input.note?.trim() || null,
    reported_by: p.userId,
    reported_at: at,
    seen_by: null,
    seen_at: null,
  };
  await inTransaction(ctx, async (trx) => {
    await repo.insertInventoryReport(trx, row);
    // A reported decommissioning is the inventory's new date: the plan's criteria read it.
    if (system && input.kind === 'decommissioning')
      await repo.upsertSystem(trx, systemRow({ ...system, plannedDecommissioning: input.date ?? null }, at));
    await audit(trx, ctx, p, input.tenantId, `inventory.report-${input.kind}`, 'inventory_report', row.id, {
      system: systemName,
      date: input.date ?? null,
    });
  });
  return row;
}

/** Reports the principal may see, the ones the consortium has not yet seen first. */
export async function listInventoryReportsFor(
  ctx: ServiceContext,
  p: Principal,
): Promise<InventoryReportTable[]> {
  const rows = await repo.listInventoryReports(ctx.db, inventoryTenants(ctx, p));
  return [...rows].sort(
    (a, b) =>
      Number(a.seen_at !== null) - Number(b.seen_at !== null) || b.reported_at.localeCompare(a.reported_at),
  );
}

export async function markReportSeen(
  ctx: ServiceContext,
  p: Principal,
  id: string,
): Promise<InventoryReportTable> {
  requireConsortiumWide(ctx, p, 'consortium:write');
  const rows = await repo.listInventoryReports(ctx.db);
  const row = rows.find((r) => r.id === id);
  if (!row) throw archiveError('ARC_ERR_NOT_FOUND', `inventory report ${id}`);
  if (row.seen_at) return row;
  const at = nowIso(ctx);
  await inTransaction(ctx, async (trx) => {
    await repo.markInventoryReportSeen(trx, id, p.userId, at);
    await audit(trx, ctx, p, row.tenant_id, 'inventory.report-seen', 'inventory_report', id);
  });
  return { ...row, seen_by: p.userId, seen_at: at };
}
