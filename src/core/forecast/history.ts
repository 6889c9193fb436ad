/**
 * Phase histories: validation, the project's current phase, and the observed durations of finished
 * phases that the forecast samples from (per system category when there are enough, else pooled).
 */
import { daysBetween } from '../consortium/dates.ts';
import {
  PHASES,
  WORK_PHASES,
  type DeliveryProject,
  type IsoDate,
  type PhaseChange,
  type SystemCategory,
  type SystemRecord,
  type WorkPhase,
} from '../consortium/model.ts';
import { archiveError } from '../errors.ts';

export function validateHistory(p: DeliveryProject): void {
  const bad = (why: string) => archiveError('ARC_ERR_PROJECT_HISTORY_INVALID', p.id, why);
  if (p.history.length === 0) throw bad('no phase recorded');
  let previous: PhaseChange | null = null;
  for (const h of p.history) {
    if (!PHASES.includes(h.phase)) throw bad(`unknown phase ${h.phase}`);
    if (previous && h.at < previous.at)
      throw bad(`${h.phase} on ${h.at} is before ${previous.phase} on ${previous.at}`);
    if (previous?.phase === 'stopped' || previous?.phase === 'closed')
      throw bad(`a change after ${previous.phase}`);
    if (h.phase === 'stopped' && !h.reason) throw bad('stopped without a reason');
    if (previous && h.phase !== 'stopped' && PHASES.indexOf(h.phase) <= PHASES.indexOf(previous.phase))
      throw bad(`${h.phase} after ${previous.phase} goes backwards`);
    previous = h;
  }
}

export function currentChange(p: DeliveryProject): PhaseChange {
  return p.history[p.history.length - 1] as PhaseChange;
}

export function isWorkPhase(phase: string): phase is WorkPhase {
  return (WORK_PHASES as readonly string[]).includes(phase);
}

export interface PhaseObservation {
  readonly projectId: string;
  readonly category: SystemCategory;
  readonly phase: WorkPhase;
  readonly days: number;
}

/** Finished work phases: a phase followed by another recorded change that is not `stopped`. */
export function observedDurations(
  projects: readonly DeliveryProject[],
  systems: readonly SystemRecord[],
): PhaseObservation[] {
  const category = new Map(systems.map((s) => [s.id, s.category]));
  const out: PhaseObservation[] = [];
  for (const p of projects) {
    p.history.forEach((h, i) => {
      const next = p.history[i + 1];
      if (!next || next.phase === 'stopped' || !isWorkPhase(h.phase)) return;
      out.push({
        projectId: p.id,
        category: category.get(p.systemId) ?? 'other',
        phase: h.phase,
        days: daysBetween(h.at, next.at),
      });
    });
  }
  return out;
}

export interface DurationSample {
  /** Sorted ascending. */
  readonly days: readonly number[];
  readonly source: 'category' | 'pooled';
}

export function durationSample(
  observations: readonly PhaseObservation[],
  category: SystemCategory,
  phase: WorkPhase,
  minObservations: number,
): DurationSample {
  const own = observations.filter((o) => o.phase === phase && o.category === category).map((o) => o.days);
  if (own.length >= minObservations) return { days: own.sort((a, b) => a - b), source: 'category' };
  const pooled = observations.filter((o) => o.phase === phase).map((o) => o.days);
  if (pooled.length === 0) throw archiveError('ARC_ERR_FORECAST_NO_HISTORY', phase);
  return { days: pooled.sort((a, b) => a - b), source: 'pooled' };
}

/** Nearest-rank percentile of sorted values (p in 1–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function elapsedDays(since: IsoDate, asOf: IsoDate): number {
  return Math.max(0, daysBetween(since, asOf));
}
