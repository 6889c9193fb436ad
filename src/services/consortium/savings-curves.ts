/**
 * Savings as the web page draws them: the consortium's expected and realised curves and the same
 * two curves for each municipality, from the savings report (numbers in whole kronor).
 */
import { savingsCurve, type SavingEvent, type SavingsPoint } from '../../core/economy/savings.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { forecastConsortium } from './forecast.ts';
import { savingsReport } from './savings.ts';

export interface CurvePoint {
  readonly month: string;
  readonly cumulative_sek: number;
  readonly yearly_rate_sek: number;
}

export interface SavingsDocument {
  readonly from: string;
  readonly to: string;
  readonly expected: readonly CurvePoint[];
  readonly realised: readonly CurvePoint[];
  readonly municipalities: readonly {
    readonly id: string;
    readonly name: string;
    readonly expected_yearly_sek: number;
    readonly realised_yearly_sek: number;
    readonly expected: readonly CurvePoint[];
    readonly realised: readonly CurvePoint[];
  }[];
}

const points = (curve: readonly SavingsPoint[]): CurvePoint[] =>
  curve.map((p) => ({
    month: p.month,
    cumulative_sek: Number(p.cumulativeSek),
    yearly_rate_sek: Number(p.yearlyRateSek),
  }));

const of = (events: readonly SavingEvent[], id: string) => events.filter((e) => e.municipalityId === id);

export async function savingsDocument(store: ConsortiumStore, fromYear: number): Promise<SavingsDocument> {
  const { forecast } = await forecastConsortium(store);
  const report = await savingsReport(store, forecast, fromYear);
  const from = report.expectedCurve[0]?.month ?? `${fromYear}-01`;
  const to = report.expectedCurve.at(-1)?.month ?? from;
  const consortium = await store.getConsortium();
  return {
    from,
    to,
    expected: points(report.expectedCurve),
    realised: points(report.realisedCurve),
    municipalities: consortium.municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      expected_yearly_sek: Number(report.expectedByMunicipality.get(m.id) ?? 0n),
      realised_yearly_sek: Number(report.realisedByMunicipality.get(m.id) ?? 0n),
      expected: points(savingsCurve(of(report.expected, m.id), from, to)),
      realised: points(savingsCurve(of(report.realised, m.id), from, to)),
    })),
  };
}
