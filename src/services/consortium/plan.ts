/** Plan use cases: generate (or re-plan around pins) from the store's inventory, and save versions. */
import { addQuarters, quarterOf } from '../../core/consortium/dates.ts';
import type { IsoDate } from '../../core/consortium/model.ts';
import { DEFAULT_CRITERIA } from '../../core/planning/criteria.ts';
import { generatePlan, type PlanInput } from '../../core/planning/generate-plan.ts';
import type { Pin, Plan, PlanSettings, PlanVersion } from '../../core/planning/model.ts';
import {
  approvedVersion,
  approveVersion,
  diffPlans,
  nextVersion,
} from '../../core/planning/plan-versions.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { memberShares } from './economy.ts';

/** The demo council's settings: two years from the quarter after `asOf`, 75 person-days a quarter. */
export function defaultPlanSettings(asOf: IsoDate): PlanSettings {
  return {
    firstQuarter: addQuarters(quarterOf(asOf), 1),
    quarterCount: 8,
    capacity: { default: 75 },
    fairness: 'equal',
    pilotsFirst: true,
    criteria: DEFAULT_CRITERIA,
  };
}

export async function planInput(
  store: ConsortiumStore,
  settings?: Partial<PlanSettings>,
): Promise<PlanInput> {
  const [consortium, shares, systems, projects, asOf] = await Promise.all([
    store.getConsortium(),
    memberShares(store),
    store.getSystems(),
    store.getProjects(),
    store.asOf(),
  ]);
  return {
    municipalities: consortium.municipalities,
    weights: new Map(shares.map((s) => [s.municipality.id, s.share])),
    systems,
    projects,
    settings: { ...defaultPlanSettings(asOf), ...settings },
  };
}

export async function generateConsortiumPlan(
  store: ConsortiumStore,
  settings?: Partial<PlanSettings>,
  pins: readonly Pin[] = [],
): Promise<Plan> {
  return generatePlan({ ...(await planInput(store, settings)), pins });
}

/** Saves a plan as the next version; optionally approved by the council on a date. */
export async function savePlan(
  store: ConsortiumStore,
  plan: Plan,
  options: { note?: string; approvedOn?: IsoDate } = {},
): Promise<{ version: PlanVersion; diff: ReturnType<typeof diffPlans> }> {
  const history = await store.getPlanVersions();
  let version = nextVersion(history, plan, await store.asOf(), options.note);
  if (options.approvedOn) version = approveVersion(version, options.approvedOn);
  await store.savePlanVersion(version);
  const previous = [...history].sort((a, b) => b.version - a.version)[0] ?? null;
  return { version, diff: diffPlans(previous, version) };
}

/** The plan in force: the latest approved version, else a freshly generated one. */
export async function currentPlan(store: ConsortiumStore): Promise<Plan> {
  return approvedVersion(await store.getPlanVersions())?.plan ?? generateConsortiumPlan(store);
}
