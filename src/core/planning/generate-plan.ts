/**
 * Plan generation (docs/adr/0007-delivery-plan-generation.md). A greedy, deterministic scheduler
 * over quarters with a person-day capacity each:
 *   1. urgent deliveries (outside the plan) take their quarter's capacity first;
 *   2. pinned items go where the archivist put them;
 *   3. pilots, best first, each in the earliest quarter with room (when the setting says so);
 *   4. coverage: every member without a delivery gets one, in the earliest quarter where one of its
 *      systems fits (the member with the most urgent system chooses first);
 *   5. fair fill: the member furthest below its fair count (equal, or D'Hondt by cost share) gets
 *      its best remaining system in the earliest quarter with room, until nothing more fits.
 * Every choice is an integer comparison with a fixed tie-break, so the same input gives the same plan.
 */
import { archiveError } from '../errors.ts';
import { quarterRange, quarterStart, quarterEnd } from '../consortium/dates.ts';
import type {
  DeliveryProject,
  Municipality,
  MunicipalityId,
  Quarter,
  SystemRecord,
} from '../consortium/model.ts';
import { compare, div, rational, type Rational } from '../economy/rational.ts';
import { scoreSystem, type SystemScore } from './criteria.ts';
import type { Pin, Plan, PlanItem, PlanSettings, PlacementRule, UnplannedItem, UrgentLoad } from './model.ts';
import {
  fairShareReason,
  firstDeliveryReason,
  lateWarning,
  pilotReason,
  pinnedReason,
  scoreSummary,
  unplannedReason,
} from './reasons.ts';

export interface PlanInput {
  /** In the agreement's order (the last tie-break). */
  readonly municipalities: readonly Municipality[];
  /** Exact cost shares, used when fairness is proportional. */
  readonly weights: ReadonlyMap<MunicipalityId, Rational>;
  readonly systems: readonly SystemRecord[];
  readonly projects: readonly DeliveryProject[];
  readonly settings: PlanSettings;
  readonly pins?: readonly Pin[];
}

const DONE_OR_STOPPED = new Set(['approved', 'closed', 'stopped']);

function currentPhase(p: DeliveryProject): string {
  return p.history[p.history.length - 1]?.phase ?? 'planned';
}

/** Systems still needing a planned delivery: kept (not disposed) and not delivered, under way or urgent. */
export function eligibleSystems(
  systems: readonly SystemRecord[],
  projects: readonly DeliveryProject[],
): SystemRecord[] {
  const started = new Set(
    projects.filter((p) => p.kind === 'urgent' || currentPhase(p) !== 'planned').map((p) => p.systemId),
  );
  return systems.filter((s) => s.retention !== 'dispose' && !started.has(s.id));
}

function validateSettings(s: PlanSettings): void {
  const bad = (why: string) => archiveError('ARC_ERR_PLAN_SETTINGS_INVALID', why);
  if (!Number.isInteger(s.quarterCount) || s.quarterCount < 1 || s.quarterCount > 40)
    throw bad(`quarterCount ${s.quarterCount} (1–40)`);
  const capacities = [s.capacity.default, ...Object.values(s.capacity.perQuarter ?? {})];
  if (capacities.some((c) => !Number.isInteger(c) || c < 0))
    throw bad('capacity must be whole person-days ≥ 0');
  if (s.criteria.some((c) => !Number.isInteger(c.weight) || c.weight < 0))
    throw bad('criterion weights must be whole numbers ≥ 0');
}

interface Candidate {
  readonly system: SystemRecord;
  readonly score: SystemScore;
}

/** Capacity book-keeping per quarter. */
class Schedule {
  readonly used: number[];
  constructor(
    readonly quarters: readonly Quarter[],
    readonly capacity: readonly number[],
  ) {
    this.used = quarters.map(() => 0);
  }
  room(i: number): number {
    return (this.capacity[i] ?? 0) - (this.used[i] ?? 0);
  }
  earliestFit(effort: number): number {
    return this.quarters.findIndex((_, i) => this.room(i) >= effort);
  }
  take(i: number, effort: number): void {
    this.used[i] = (this.used[i] ?? 0) + effort;
  }
}

function byPriority(a: Candidate, b: Candidate): number {
  return (
    b.score.total - a.score.total || (a.system.id < b.system.id ? -1 : a.system.id > b.system.id ? 1 : 0)
  );
}

function urgentLoads(input: PlanInput, quarters: readonly Quarter[]): UrgentLoad[] {
  const systems = new Map(input.systems.map((s) => [s.id, s]));
  return input.projects
    .filter((p) => p.kind === 'urgent' && p.urgentQuarter && quarters.includes(p.urgentQuarter))
    .filter((p) => !DONE_OR_STOPPED.has(currentPhase(p)))
    .map((p) => {
      const system = systems.get(p.systemId);
      return {
        projectId: p.id,
        systemId: p.systemId,
        systemName: system?.name ?? p.systemId,
        municipalityId: p.municipalityId,
        quarter: p.urgentQuarter as Quarter,
        effortPersonDays: system?.effortPersonDays ?? 0,
      };
    });
}

export function generatePlan(input: PlanInput): Plan {
  const { settings } = input;
  validateSettings(settings);
  const quarters = quarterRange(settings.firstQuarter, settings.quarterCount);
  const first = quarters[0] as Quarter;
  const last = quarters[quarters.length - 1] as Quarter;
  const schedule = new Schedule(
    quarters,
    quarters.map((q) => settings.capacity.perQuarter?.[q] ?? settings.capacity.default),
  );
  const urgent = urgentLoads(input, quarters);
  for (const u of urgent) schedule.take(quarters.indexOf(u.quarter), u.effortPersonDays);

  const eligible = eligibleSystems(input.systems, input.projects);
  const ctx = {
    planStart: quarterStart(first),
    maxReadLicenceSek: Math.max(0, ...eligible.map((s) => s.readLicenceCostSek)),
    maxEffortPersonDays: Math.max(0, ...eligible.map((s) => s.effortPersonDays)),
  };
  const remaining = new Map<string, Candidate>(
    eligible.map((system) => [system.id, { system, score: scoreSystem(system, settings.criteria, ctx) }]),
  );
  const names = new Map(input.municipalities.map((m) => [m.id, m.name]));
  const order = new Map(input.municipalities.map((m, i) => [m.id, i]));
  const count = new Map<MunicipalityId, number>(input.municipalities.map((m) => [m.id, 0]));
  const placed: Omit<PlanItem, 'ordinal'>[] = [];

  const place = (c: Candidate, qi: number, rule: PlacementRule): void => {
    const q = quarters[qi] as Quarter;
    const m = c.system.municipalityId;
    const summary = scoreSummary(c.system, c.score);
    const name = names.get(m) ?? m;
    const before = count.get(m) ?? 0;
    const reason =
      rule === 'pinned'
        ? pinnedReason(q, summary)
        : rule === 'pilot'
          ? pilotReason(q, first, summary)
          : rule === 'first-delivery'
            ? firstDeliveryReason(name, q, first, summary)
            : fairShareReason(name, before, settings.fairness, q, first, summary);
    const decommission = c.system.plannedDecommissioning;
    const warnings = decommission && quarterEnd(q) > decommission ? [lateWarning(q, decommission)] : [];
    schedule.take(qi, c.system.effortPersonDays);
    remaining.delete(c.system.id);
    count.set(m, before + 1);
    placed.push({
      systemId: c.system.id,
      systemName: c.system.name,
      municipalityId: m,
      quarter: q,
      effortPersonDays: c.system.effortPersonDays,
      score: c.score,
      rule,
      reason,
      warnings,
    });
  };

  placePins(input.pins ?? [], { remaining, quarters, schedule, input, place });

  if (settings.pilotsFirst)
    for (const c of [...remaining.values()].filter((c) => c.system.pilot).sort(byPriority)) {
      const qi = schedule.earliestFit(c.system.effortPersonDays);
      if (qi >= 0) place(c, qi, 'pilot');
    }

  const candidatesOf = (m: MunicipalityId): Candidate[] =>
    [...remaining.values()].filter((c) => c.system.municipalityId === m).sort(byPriority);

  // Coverage: members without a delivery, the one with the most urgent system first.
  const uncovered = input.municipalities
    .filter((m) => (count.get(m.id) ?? 0) === 0 && candidatesOf(m.id).length > 0)
    .map((m) => ({ id: m.id, best: candidatesOf(m.id)[0]?.score.total ?? 0 }))
    .sort((a, b) => b.best - a.best || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  for (const { id } of uncovered) {
    const options = candidatesOf(id);
    const qi = Math.min(
      ...options.map((c) => schedule.earliestFit(c.system.effortPersonDays)).filter((i) => i >= 0),
    );
    if (!Number.isFinite(qi)) continue;
    const choice = options.find((c) => schedule.room(qi) >= c.system.effortPersonDays) as Candidate;
    place(choice, qi, 'first-delivery');
  }

  // Fair fill.
  const fairKey = (m: MunicipalityId): Rational => {
    const n = count.get(m) ?? 0;
    if (settings.fairness === 'equal') return rational(n);
    // D'Hondt: the next delivery goes to the smallest (deliveries + 1) / share.
    const w = input.weights.get(m);
    return w && w.num > 0n ? div(rational(n + 1), w) : rational(Number.MAX_SAFE_INTEGER);
  };
  for (;;) {
    const options = input.municipalities
      .map((m) => ({
        m: m.id,
        c: candidatesOf(m.id).find((c) => schedule.earliestFit(c.system.effortPersonDays) >= 0),
      }))
      .filter((o): o is { m: string; c: Candidate } => o.c !== undefined)
      .sort(
        (a, b) =>
          compare(fairKey(a.m), fairKey(b.m)) ||
          b.c.score.total - a.c.score.total ||
          (order.get(a.m) ?? 0) - (order.get(b.m) ?? 0),
      );
    const next = options[0];
    if (!next) break;
    place(next.c, schedule.earliestFit(next.c.system.effortPersonDays), 'fair-share');
  }

  const maxCapacity = Math.max(0, ...schedule.capacity);
  const unplanned: UnplannedItem[] = [...remaining.values()].sort(byPriority).map((c) => ({
    systemId: c.system.id,
    systemName: c.system.name,
    municipalityId: c.system.municipalityId,
    score: c.score,
    reason: unplannedReason(c.system.effortPersonDays, maxCapacity, first, last),
  }));

  return {
    settings,
    pins: input.pins ?? [],
    items: withOrdinals(placed, quarters),
    urgent,
    unplanned,
    load: quarters.map((quarter, i) => ({
      quarter,
      capacity: schedule.capacity[i] ?? 0,
      planned: placed.filter((p) => p.quarter === quarter).reduce((a, p) => a + p.effortPersonDays, 0),
      urgent: urgent.filter((u) => u.quarter === quarter).reduce((a, u) => a + u.effortPersonDays, 0),
    })),
  };
}

interface PinContext {
  readonly remaining: Map<string, Candidate>;
  readonly quarters: readonly Quarter[];
  readonly schedule: Schedule;
  readonly input: PlanInput;
  readonly place: (c: Candidate, qi: number, rule: PlacementRule) => void;
}

function placePins(pins: readonly Pin[], ctx: PinContext): void {
  const seen = new Set<string>();
  for (const pin of pins) {
    if (seen.has(pin.systemId)) throw archiveError('ARC_ERR_PLAN_PIN_INVALID', pin.systemId, 'pinned twice');
    seen.add(pin.systemId);
    const c = ctx.remaining.get(pin.systemId);
    if (!c) {
      const known = ctx.input.systems.some((s) => s.id === pin.systemId);
      throw archiveError(
        'ARC_ERR_PLAN_PIN_INVALID',
        pin.systemId,
        known ? 'it needs no planned delivery (disposed, delivered, under way or urgent)' : 'unknown system',
      );
    }
    const qi = ctx.quarters.indexOf(pin.quarter);
    if (qi < 0)
      throw archiveError('ARC_ERR_PLAN_PIN_INVALID', pin.systemId, `${pin.quarter} is outside the plan`);
    ctx.place(c, qi, 'pinned');
    if (ctx.schedule.room(qi) < 0)
      throw archiveError(
        'ARC_ERR_PLAN_PIN_OVER_CAPACITY',
        pin.quarter,
        ctx.schedule.used[qi] ?? 0,
        ctx.schedule.capacity[qi] ?? 0,
      );
  }
}

/** Numbers each member's deliveries in quarter order (placement order within a quarter). */
function withOrdinals(
  placed: readonly Omit<PlanItem, 'ordinal'>[],
  quarters: readonly Quarter[],
): PlanItem[] {
  const sorted = placed
    .map((p, i) => ({ p, i }))
    .sort((a, b) => quarters.indexOf(a.p.quarter) - quarters.indexOf(b.p.quarter) || a.i - b.i);
  const seen = new Map<string, number>();
  return sorted.map(({ p }) => {
    const n = (seen.get(p.municipalityId) ?? 0) + 1;
    seen.set(p.municipalityId, n);
    return { ...p, ordinal: n };
  });
}
