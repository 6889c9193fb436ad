/**
 * Savings (besparingseffekter): when a delivery is approved and the source system is switched off,
 * its licence stops and no read licence (läslicens) is ever needed. Realised savings come from
 * projects that reached `closed` (approved, system switched off); expected savings from the plan's
 * forecast approval dates. A saving counts from the first day of the month after it starts.
 */
import { addMonths, monthOf, monthsBetween } from '../consortium/dates.ts';
import type {
  DeliveryProject,
  IsoDate,
  MunicipalityId,
  SystemId,
  SystemRecord,
} from '../consortium/model.ts';
import { rational, roundHalfUp, sum, type Rational } from './rational.ts';

export interface SavingEvent {
  readonly municipalityId: MunicipalityId;
  readonly systemId: SystemId;
  /** The day the system was (or is expected to be) switched off. */
  readonly startsOn: IsoDate;
  /** Licence + read licence, whole kronor per year. */
  readonly yearlySek: bigint;
}

export function yearlySaving(system: SystemRecord): bigint {
  return BigInt(system.licenceCostSek) + BigInt(system.readLicenceCostSek);
}

/** Projects approved and then closed: the system is off and its costs have stopped. */
export function realisedSavings(
  systems: readonly SystemRecord[],
  projects: readonly DeliveryProject[],
): SavingEvent[] {
  const byId = new Map(systems.map((s) => [s.id, s]));
  const out: SavingEvent[] = [];
  for (const p of projects) {
    const approved = p.history.some((h) => h.phase === 'approved');
    const closed = p.history.find((h) => h.phase === 'closed');
    const system = byId.get(p.systemId);
    if (approved && closed && system)
      out.push({
        municipalityId: p.municipalityId,
        systemId: p.systemId,
        startsOn: closed.at,
        yearlySek: yearlySaving(system),
      });
  }
  return out;
}

/**
 * Expected: each delivery's system is switched off at its forecast approval date, or at its planned
 * decommissioning when that is later (the member still uses it until then).
 */
export function expectedSavings(
  systems: readonly SystemRecord[],
  approvals: readonly { readonly systemId: SystemId; readonly expectedApproval: IsoDate }[],
): SavingEvent[] {
  const byId = new Map(systems.map((s) => [s.id, s]));
  return approvals.flatMap((a) => {
    const system = byId.get(a.systemId);
    return system
      ? [
          {
            municipalityId: system.municipalityId,
            systemId: system.id,
            startsOn:
              system.plannedDecommissioning && system.plannedDecommissioning > a.expectedApproval
                ? system.plannedDecommissioning
                : a.expectedApproval,
            yearlySek: yearlySaving(system),
          },
        ]
      : [];
  });
}

export interface SavingsPoint {
  /** "YYYY-MM": the value at the end of this month. */
  readonly month: string;
  /** Saved since the start, whole kronor. */
  readonly cumulativeSek: bigint;
  /** Yearly rate of the savings in effect during the month, whole kronor per year. */
  readonly yearlyRateSek: bigint;
}

function savedBy(event: SavingEvent, month: string): Rational {
  const months = monthsBetween(monthOf(event.startsOn), month);
  return months > 0 ? rational(event.yearlySek * BigInt(months), 12n) : rational(0);
}

/** Monthly curve from `fromMonth` to `toMonth` inclusive ("YYYY-MM"). */
export function savingsCurve(
  events: readonly SavingEvent[],
  fromMonth: string,
  toMonth: string,
): SavingsPoint[] {
  const points: SavingsPoint[] = [];
  for (let m = fromMonth; monthsBetween(m, toMonth) >= 0; m = addMonths(m, 1)) {
    const cumulative = roundHalfUp(sum(events.map((e) => savedBy(e, m))));
    const rate = events
      .filter((e) => monthsBetween(monthOf(e.startsOn), m) > 0)
      .reduce((a, e) => a + e.yearlySek, 0n);
    points.push({ month: m, cumulativeSek: cumulative.num / cumulative.den, yearlyRateSek: rate });
  }
  return points;
}

/** Yearly savings rate per member once every event has started. */
export function savingsByMunicipality(events: readonly SavingEvent[]): Map<MunicipalityId, bigint> {
  const out = new Map<MunicipalityId, bigint>();
  for (const e of events) out.set(e.municipalityId, (out.get(e.municipalityId) ?? 0n) + e.yearlySek);
  return out;
}
