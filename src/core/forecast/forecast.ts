/**
 * Forecasts that hold: Monte Carlo over the observed phase durations. Each run draws, for every
 * open delivery, the rest of its current phase (a duration longer than the time already spent,
 * minus that time; if the project has outlasted every observation, a fresh duration) and then one
 * duration per later phase up to approval. Medians and 85 % dates are nearest-rank percentiles over
 * the runs. Projects that have spent longer in their phase than 85 % of the observed ones are
 * flagged as stalled, with the party they wait for.
 */
import { addDays, quarterStart } from '../consortium/dates.ts';
import {
  WORK_PHASES,
  type DeliveryProject,
  type IsoDate,
  type MunicipalityId,
  type Phase,
  type ProjectId,
  type Quarter,
  type SystemId,
  type SystemRecord,
  type WaitingParty,
  type WorkPhase,
} from '../consortium/model.ts';
import {
  currentChange,
  durationSample,
  elapsedDays,
  isWorkPhase,
  observedDurations,
  percentile,
  validateHistory,
  type DurationSample,
  type PhaseObservation,
} from './history.ts';
import { seededRandom, type Random } from './prng.ts';

export interface ForecastSettings {
  readonly asOf: IsoDate;
  readonly runs: number;
  readonly seed: number;
  /** Per-category durations are used for a phase when at least this many were observed. */
  readonly minObservations: number;
  /** Stalled: longer in the phase than this percentile of its observed durations. */
  readonly stalledPercentile: number;
}

export const DEFAULT_FORECAST_SETTINGS: Omit<ForecastSettings, 'asOf'> = {
  runs: 2000,
  seed: 20211105,
  minObservations: 5,
  stalledPercentile: 85,
};

export interface PlannedDelivery {
  readonly systemId: SystemId;
  readonly quarter: Quarter;
}

export interface Stalled {
  readonly phase: WorkPhase;
  readonly since: IsoDate;
  readonly days: number;
  /** The percentile of the phase's observed durations that was exceeded. */
  readonly usualDays: number;
  readonly waitingFor: WaitingParty;
  /** Whether the party was recorded with the phase change or inferred from the phase. */
  readonly waitingForRecorded: boolean;
  readonly waitingForName: string | null;
  readonly note: string | null;
}

export interface DeliveryForecast {
  readonly key: string;
  readonly projectId: ProjectId | null;
  readonly systemId: SystemId;
  readonly municipalityId: MunicipalityId;
  readonly phase: Phase;
  readonly phaseSince: IsoDate | null;
  /** Approval date when already approved. */
  readonly approvedOn: IsoDate | null;
  readonly median: IsoDate | null;
  readonly p85: IsoDate | null;
  /** Where the durations came from, per remaining phase. */
  readonly basis: Readonly<Partial<Record<WorkPhase, DurationSample['source']>>>;
  readonly stalled: Stalled | null;
}

export interface Forecast {
  readonly settings: ForecastSettings;
  readonly deliveries: readonly DeliveryForecast[];
  /** When every planned delivery (and every open project of the plan) is approved. */
  readonly wholePlan: { readonly median: IsoDate; readonly p85: IsoDate } | null;
  readonly observations: number;
}

/** Who usually holds a phase up when nobody recorded it. */
const DEFAULT_PARTY: Readonly<Record<WorkPhase, WaitingParty>> = {
  preparation: 'producer',
  'test-delivery': 'producer',
  ingest: 'archive',
  'delivery-control': 'archive',
};

interface Simulated {
  readonly key: string;
  readonly category: SystemRecord['category'];
  /** Phase in progress and days already spent in it; null when the delivery has not started. */
  readonly current: { readonly phase: WorkPhase; readonly elapsed: number } | null;
  /** Days from asOf until work starts (planned items). */
  readonly startOffset: number;
  readonly inPlan: boolean;
}

function remainingPhases(current: WorkPhase | null): WorkPhase[] {
  return current ? WORK_PHASES.slice(WORK_PHASES.indexOf(current) + 1) : [...WORK_PHASES];
}

function drawDays(sim: Simulated, samples: (p: WorkPhase) => DurationSample, rnd: Random): number {
  let days = sim.startOffset;
  if (sim.current) {
    const all = samples(sim.current.phase).days;
    const longer = all.filter((d) => d > sim.current!.elapsed);
    days +=
      longer.length > 0
        ? (longer[rnd.int(longer.length)] as number) - sim.current.elapsed
        : (all[rnd.int(all.length)] as number);
  }
  for (const phase of remainingPhases(sim.current?.phase ?? null)) {
    const s = samples(phase).days;
    days += s[rnd.int(s.length)] as number;
  }
  return days;
}

export interface ForecastInput {
  readonly systems: readonly SystemRecord[];
  readonly projects: readonly DeliveryProject[];
  /** Planned deliveries without a started project (from the plan). */
  readonly planned: readonly PlannedDelivery[];
  readonly settings: ForecastSettings;
}

export function forecast(input: ForecastInput): Forecast {
  const { settings } = input;
  for (const p of input.projects) validateHistory(p);
  const systems = new Map(input.systems.map((s) => [s.id, s]));
  const observations = observedDurations(input.projects, input.systems);
  const cache = new Map<string, DurationSample>();
  const samplesFor = (category: SystemRecord['category']) => (phase: WorkPhase) => {
    const key = `${category}/${phase}`;
    let s = cache.get(key);
    if (!s) {
      s = durationSample(observations, category, phase, settings.minObservations);
      cache.set(key, s);
    }
    return s;
  };

  const rows: Omit<DeliveryForecast, 'median' | 'p85'>[] = [];
  const sims: Simulated[] = [];
  const plannedQuarter = new Map(input.planned.map((p) => [p.systemId, p.quarter]));
  const startOffset = (q: Quarter | undefined) =>
    q ? Math.max(0, elapsedDays(settings.asOf, quarterStart(q))) : 0;

  for (const p of input.projects) {
    const change = currentChange(p);
    const category = systems.get(p.systemId)?.category ?? 'other';
    const approved = p.history.find((h) => h.phase === 'approved');
    const base = {
      key: p.id,
      projectId: p.id,
      systemId: p.systemId,
      municipalityId: p.municipalityId,
      phase: change.phase,
      phaseSince: change.at,
      approvedOn: approved?.at ?? null,
    };
    if (approved || change.phase === 'stopped') {
      rows.push({ ...base, basis: {}, stalled: null });
      continue;
    }
    const current = isWorkPhase(change.phase)
      ? { phase: change.phase, elapsed: elapsedDays(change.at, settings.asOf) }
      : null;
    const quarter = p.urgentQuarter ?? plannedQuarter.get(p.systemId);
    const basis = Object.fromEntries(
      [current?.phase, ...remainingPhases(current?.phase ?? null)]
        .filter((x): x is WorkPhase => x !== undefined)
        .map((ph) => [ph, samplesFor(category)(ph).source]),
    );
    rows.push({
      ...base,
      basis,
      stalled: current ? stalledFlag(change, current, samplesFor(category), settings) : null,
    });
    sims.push({
      key: p.id,
      category,
      current,
      startOffset: current ? 0 : startOffset(quarter),
      inPlan: p.kind !== 'urgent',
    });
  }
  const started = new Set(input.projects.map((p) => p.systemId));
  for (const item of input.planned) {
    if (started.has(item.systemId)) continue;
    const system = systems.get(item.systemId);
    if (!system) continue;
    const key = `plan:${item.systemId}`;
    rows.push({
      key,
      projectId: null,
      systemId: item.systemId,
      municipalityId: system.municipalityId,
      phase: 'planned',
      phaseSince: null,
      approvedOn: null,
      basis: Object.fromEntries(WORK_PHASES.map((ph) => [ph, samplesFor(system.category)(ph).source])),
      stalled: null,
    });
    sims.push({
      key,
      category: system.category,
      current: null,
      startOffset: startOffset(item.quarter),
      inPlan: true,
    });
  }

  const { perKey, whole } = simulate(sims, samplesFor, settings);
  const at = (days: number) => addDays(settings.asOf, days);
  const deliveries = rows.map((r) => {
    const d = perKey.get(r.key);
    return { ...r, median: d ? at(percentile(d, 50)) : null, p85: d ? at(percentile(d, 85)) : null };
  });
  return {
    settings,
    deliveries,
    wholePlan: whole.length ? { median: at(percentile(whole, 50)), p85: at(percentile(whole, 85)) } : null,
    observations: observations.length,
  };
}

function simulate(
  sims: readonly Simulated[],
  samplesFor: (c: SystemRecord['category']) => (p: WorkPhase) => DurationSample,
  settings: ForecastSettings,
): { perKey: Map<string, number[]>; whole: number[] } {
  const rnd = seededRandom(settings.seed);
  const perKey = new Map<string, number[]>(sims.map((s) => [s.key, []]));
  const whole: number[] = [];
  for (let run = 0; run < settings.runs; run++) {
    let latest = -1;
    for (const s of sims) {
      const days = drawDays(s, samplesFor(s.category), rnd);
      perKey.get(s.key)?.push(days);
      if (s.inPlan) latest = Math.max(latest, days);
    }
    if (latest >= 0) whole.push(latest);
  }
  for (const v of perKey.values()) v.sort((a, b) => a - b);
  whole.sort((a, b) => a - b);
  return { perKey, whole };
}

function stalledFlag(
  change: DeliveryProject['history'][number],
  current: { phase: WorkPhase; elapsed: number },
  samples: (p: WorkPhase) => DurationSample,
  settings: ForecastSettings,
): Stalled | null {
  const usual = percentile(samples(current.phase).days, settings.stalledPercentile);
  if (current.elapsed <= usual) return null;
  return {
    phase: current.phase,
    since: change.at,
    days: current.elapsed,
    usualDays: usual,
    waitingFor: change.waitingFor ?? DEFAULT_PARTY[current.phase],
    waitingForRecorded: change.waitingFor !== undefined,
    waitingForName: change.waitingForName ?? null,
    note: change.note ?? null,
  };
}

export type { PhaseObservation };
