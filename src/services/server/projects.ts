/**
 * Delivery projects (leveransprojekt): create, list what a reader may see, and move through the
 * phases with every change recorded (who, when, why, whom it waits for) — the history the
 * forecasts are computed from.
 */
import { randomUUID } from 'node:crypto';
import { archiveError } from '../../core/errors.ts';
import type { Principal } from '../../core/access/roles.ts';
import { canMove, isPhase, type Phase } from '../../core/delivery/phases.ts';
import type { Db } from '../../adapters/db/schema.ts';
import * as projects from '../../repositories/projects.ts';
import { getTenant } from '../../repositories/tenants.ts';
import { requirePermission, visibleTenants } from './access.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';

export interface NewProject {
  readonly tenantId: string;
  readonly title: string;
  readonly systemName: string;
  /** The inventoried system this project delivers (issue 5), when known. */
  readonly systemId?: string | null;
  readonly systemType?: string | null;
  readonly recordsCreatorId?: string | null;
  readonly agreementRef?: string | null;
  readonly deliveryType?: 'ordinarie' | 'brådskande';
  readonly phase?: Phase;
  readonly isPilot?: boolean;
  readonly isTest?: boolean;
}

export async function createProject(
  ctx: ServiceContext,
  actor: Principal,
  input: NewProject,
): Promise<string> {
  requirePermission(ctx, actor, 'project:write', input.tenantId);
  if (!(await getTenant(ctx.db, input.tenantId)))
    throw archiveError('ARC_ERR_NOT_FOUND', `tenant ${input.tenantId}`);
  const id = randomUUID();
  const now = nowIso(ctx);
  const phase = input.phase ?? 'planned';
  await inTransaction(ctx, async (trx) => {
    await projects.insertProject(trx, {
      id,
      tenant_id: input.tenantId,
      records_creator_id: input.recordsCreatorId ?? null,
      system_name: input.systemName,
      system_id: input.systemId ?? null,
      system_type: input.systemType ?? null,
      title: input.title,
      agreement_ref: input.agreementRef ?? null,
      delivery_type: input.deliveryType ?? 'ordinarie',
      phase,
      stop_reason: null,
      waiting_for: null,
      is_pilot: input.isPilot ? 1 : 0,
      is_test: input.isTest ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    await projects.insertPhaseChange(trx, {
      project_id: id,
      from_phase: null,
      to_phase: phase,
      reason: 'skapad',
      waiting_for: null,
      changed_by: actor.userId,
      changed_at: now,
    });
    await audit(trx, ctx, actor, input.tenantId, 'project.create', 'project', id, input);
  });
  return id;
}

export function listProjects(
  ctx: ServiceContext,
  reader: Principal,
  filter: { tenantId?: string; phase?: string } = {},
): Promise<projects.ProjectRow[]> {
  return projects.listProjects(ctx.db, { tenants: visibleTenants(ctx, reader, 'project:read'), ...filter });
}

export async function getProject(
  ctx: ServiceContext,
  reader: Principal,
  id: string,
): Promise<projects.ProjectRow> {
  const row = await projects.getProject(ctx.db, id);
  // A project of another tenant is "not found", not "forbidden": its existence is not disclosed.
  const visible = visibleTenants(ctx, reader, 'project:read');
  if (!row || (visible !== 'all' && !visible.includes(row.tenant_id))) {
    throw archiveError('ARC_ERR_NOT_FOUND', `project ${id}`);
  }
  return row;
}

export interface PhaseChange {
  readonly to: string;
  readonly reason?: string | null;
  readonly waitingFor?: string | null;
  /** Whom by name, e.g. the vendor "Visma". */
  readonly waitingForName?: string | null;
}

/** Moves a project to another phase. `approved` is reached only through approval (services/server/approval). */
export async function changePhase(
  ctx: ServiceContext,
  actor: Principal,
  id: string,
  change: PhaseChange,
  options: { viaApproval?: boolean; trx?: Db } = {},
): Promise<void> {
  const project = await getProject(ctx, actor, id);
  requirePermission(ctx, actor, 'project:write', project.tenant_id);
  await movePhase(ctx, actor, project, change, options);
}

/** The phase move itself, for callers that have already checked access (approval, control jobs). */
export async function movePhase(
  ctx: ServiceContext,
  actor: Principal | null,
  project: projects.ProjectRow,
  change: PhaseChange,
  options: { viaApproval?: boolean; trx?: Db } = {},
): Promise<void> {
  const from = project.phase as Phase;
  const to = change.to;
  if (!isPhase(to)) throw archiveError('ARC_ERR_REQUEST_INVALID', `phase ${to}`);
  if (to === 'stopped' && !change.reason)
    throw archiveError('ARC_ERR_REQUEST_INVALID', 'stopped requires a reason');
  const resumeTo = from === 'stopped' ? await phaseBeforeStop(ctx, project.id) : undefined;
  if (!canMove(from, to, { viaApproval: options.viaApproval, resumeTo })) {
    throw archiveError('ARC_ERR_PHASE_TRANSITION', from, to);
  }
  const now = nowIso(ctx);
  const work = async (trx: Db): Promise<void> => {
    await projects.updateProject(trx, project.id, {
      phase: to,
      stop_reason: to === 'stopped' ? (change.reason ?? null) : null,
      waiting_for: change.waitingFor ?? null,
      waiting_for_name: change.waitingForName ?? null,
      updated_at: now,
    });
    await projects.insertPhaseChange(trx, {
      project_id: project.id,
      from_phase: from,
      to_phase: to,
      reason: change.reason ?? null,
      waiting_for: change.waitingFor ?? null,
      waiting_for_name: change.waitingForName ?? null,
      changed_by: actor?.userId ?? null,
      changed_at: now,
    });
    await audit(trx, ctx, actor, project.tenant_id, 'project.phase', 'project', project.id, {
      from,
      to,
      reason: change.reason ?? null,
      waitingFor: change.waitingFor ?? null,
    });
  };
  if (options.trx) await work(options.trx);
  else await inTransaction(ctx, work);
}

async function phaseBeforeStop(ctx: ServiceContext, projectId: string): Promise<Phase | undefined> {
  const history = await projects.phaseHistory(ctx.db, projectId);
  const stop = [...history].reverse().find((h) => h.to_phase === 'stopped');
  return stop?.from_phase && isPhase(stop.from_phase) ? stop.from_phase : undefined;
}

export async function projectHistory(
  ctx: ServiceContext,
  reader: Principal,
  id: string,
): Promise<projects.PhaseChangeRow[]> {
  await getProject(ctx, reader, id);
  return projects.phaseHistory(ctx.db, id);
}
