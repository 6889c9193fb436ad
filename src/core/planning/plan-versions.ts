/**
 * A plan is a versioned document: each generation or re-plan is a new numbered version; the council
 * approves a version on a date; any two versions can be compared item by item.
 */
import { archiveError } from '../errors.ts';
import type { IsoDate, Quarter } from '../consortium/model.ts';
import type { Plan, PlanDiff, PlanItem, PlanVersion } from './model.ts';

export function nextVersion(
  history: readonly PlanVersion[],
  plan: Plan,
  createdAt: IsoDate,
  note = '',
): PlanVersion {
  const version = Math.max(0, ...history.map((v) => v.version)) + 1;
  return { version, createdAt, approvedOn: null, approvedBy: null, note, plan };
}

export function approveVersion(v: PlanVersion, on: IsoDate, by = 'Samverkansrådet'): PlanVersion {
  if (v.approvedOn)
    throw archiveError('ARC_ERR_PLAN_VERSION_CONFLICT', `${v.version} (approved ${v.approvedOn})`);
  return { ...v, approvedOn: on, approvedBy: by };
}

/** The latest version the council approved, if any. */
export function approvedVersion(history: readonly PlanVersion[]): PlanVersion | null {
  return [...history].filter((v) => v.approvedOn).sort((a, b) => b.version - a.version)[0] ?? null;
}

export function diffPlans(previous: PlanVersion | null, next: PlanVersion): PlanDiff {
  const before = new Map<string, PlanItem>((previous?.plan.items ?? []).map((i) => [i.systemId, i]));
  const after = new Map<string, PlanItem>(next.plan.items.map((i) => [i.systemId, i]));
  const added = next.plan.items.filter((i) => !before.has(i.systemId));
  const removed = (previous?.plan.items ?? []).filter((i) => !after.has(i.systemId));
  const moved: { item: PlanItem; fromQuarter: Quarter }[] = [];
  for (const item of next.plan.items) {
    const old = before.get(item.systemId);
    if (old && old.quarter !== item.quarter) moved.push({ item, fromQuarter: old.quarter });
  }
  return { from: previous?.version ?? null, to: next.version, added, removed, moved };
}
