/** Savings use case: expected (from the plan's forecast) and realised (from closed projects) curves. */
import { addMonths, monthOf } from '../../core/consortium/dates.ts';
import type { MunicipalityId } from '../../core/consortium/model.ts';
import {
  expectedSavings,
  realisedSavings,
  savingsByMunicipality,
  savingsCurve,
  type SavingEvent,
  type SavingsPoint,
} from '../../core/economy/savings.ts';
import type { Forecast } from '../../core/forecast/forecast.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';

export interface SavingsReport {
  readonly expected: readonly SavingEvent[];
  readonly realised: readonly SavingEvent[];
  readonly expectedCurve: readonly SavingsPoint[];
  readonly realisedCurve: readonly SavingsPoint[];
  readonly expectedByMunicipality: ReadonlyMap<MunicipalityId, bigint>;
  readonly realisedByMunicipality: ReadonlyMap<MunicipalityId, bigint>;
}

/** Curves from January of `fromYear` to the last expected approval (at least `fromYear` + 2). */
export async function savingsReport(
  store: ConsortiumStore,
  f: Forecast,
  fromYear: number,
): Promise<SavingsReport> {
  const [systems, projects] = await Promise.all([store.getSystems(), store.getProjects()]);
  const realised = realisedSavings(systems, projects);
  const approvedIds = new Set(realised.map((r) => r.systemId));
  // Expected: every forecast delivery not yet realised, switched off at its median approval date.
  const expected = [
    ...realised,
    ...expectedSavings(
      systems,
      f.deliveries
        .filter((d) => !approvedIds.has(d.systemId) && d.phase !== 'stopped')
        .flatMap((d) => {
          const date = d.median ?? d.approvedOn;
          return date ? [{ systemId: d.systemId, expectedApproval: date }] : [];
        }),
    ),
  ];
  const lastStart =
    expected
      .map((e) => monthOf(e.startsOn))
      .sort()
      .at(-1) ?? `${fromYear}-12`;
  const end = [`${fromYear + 2}-12`, addMonths(lastStart, 3)].sort().at(-1) as string;
  const from = `${fromYear}-01`;
  return {
    expected,
    realised,
    expectedCurve: savingsCurve(expected, from, end),
    realisedCurve: savingsCurve(realised, from, end),
    expectedByMunicipality: savingsByMunicipality(expected),
    realisedByMunicipality: savingsByMunicipality(realised),
  };
}
