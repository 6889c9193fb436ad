/**
 * Working with saved plan versions: the latest draft, pin or unpin an item of the newest version
 * (the rest re-planned around it) as a new version, the council's approval of a version, and the
 * comparison of a version with the one before it.
 */
import { archiveError } from '../../core/errors.ts';
import type { IsoDate, Quarter, SystemId } from '../../core/consortium/model.ts';
import type { Plan, PlanDiff, PlanVersion } from '../../core/planning/model.ts';
import { approvedVersion, approveVersion, diffPlans } from '../../core/planning/plan-versions.ts';
import { pinAndReplan, unpinAndReplan } from '../../core/planning/replan.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { generateConsortiumPlan, planInput, savePlan } from './plan.ts';

export interface PlanState {
  /** The version in force: the latest the council approved. */
  readonly approved: PlanVersion | null;
  /** The newest version after the approved one, not yet approved. */
  readonly draft: PlanVersion | null;
}

export function planState(history: readonly PlanVersion[]): PlanState {
  const approved = approvedVersion(history);
  const newest = [...history].sort((a, b) => b.version - a.version)[0] ?? null;
  const draft = newest && !newest.approvedOn && newest.version > (approved?.version ?? 0) ? newest : null;
  return { approved, draft };
}

export function findVersion(history: readonly PlanVersion[], n: number): PlanVersion {
  const v = history.find((x) => x.version === n);
  if (!v) throw archiveError('ARC_ERR_PLAN_VERSION_UNKNOWN', n);
  return v;
}

/** The plan an archivist changes: the newest version, or a fresh one when none is saved yet. */
async function basePlan(store: ConsortiumStore): Promise<Plan> {
  const newest = [...(await store.getPlanVersions())].sort((a, b) => b.version - a.version)[0];
  return newest?.plan ?? generateConsortiumPlan(store);
}

export async function pinItem(
  store: ConsortiumStore,
  systemId: SystemId,
  quarter: Quarter,
  note = '',
): Promise<{ version: PlanVersion; diff: PlanDiff }> {
  const base = await basePlan(store);
  const plan = pinAndReplan(await planInput(store), base, systemId, quarter);
  return savePlan(store, plan, { note });
}

export async function unpinItem(
  store: ConsortiumStore,
  systemId: SystemId,
  note = '',
): Promise<{ version: PlanVersion; diff: PlanDiff }> {
  const base = await basePlan(store);
  if (!base.pins.some((p) => p.systemId === systemId))
    throw archiveError('ARC_ERR_PLAN_PIN_INVALID', systemId, 'not pinned');
  const plan = unpinAndReplan(await planInput(store), base, systemId);
  return savePlan(store, plan, { note });
}

export async function approvePlanVersion(
  store: ConsortiumStore,
  n: number,
  on: IsoDate,
  by: string,
): Promise<PlanVersion> {
  const approved = approveVersion(findVersion(await store.getPlanVersions(), n), on, by);
  await store.savePlanVersion(approved);
  return approved;
}

/** Version `n` against the newest version before it (null for the first). */
export async function diffVersion(store: ConsortiumStore, n: number): Promise<PlanDiff> {
  const history = await store.getPlanVersions();
  const current = findVersion(history, n);
  const previous = [...history].filter((v) => v.version < n).sort((a, b) => b.version - a.version)[0] ?? null;
  return diffPlans(previous, current);
}
