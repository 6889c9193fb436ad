/** Everything the yearly report (återrapportering) shows, gathered from the store for one year. */
import { dayNumber } from '../../../core/consortium/dates.ts';
import type { Consortium, DeliveryProject, IsoDate, SystemRecord } from '../../../core/consortium/model.ts';
import type { BudgetComparison, MemberRefund } from '../../../core/economy/budget.ts';
import { printedShares, type PrintedShares, type YearCharges } from '../../../core/economy/shares.ts';
import type { Forecast } from '../../../core/forecast/forecast.ts';
import type { Plan } from '../../../core/planning/model.ts';
import type { ConsortiumStore } from '../../../ports/consortium-store.ts';
import { budgetYear, chargesFor } from '../economy.ts';
import { forecastConsortium } from '../forecast.ts';
import { savingsReport, type SavingsReport } from '../savings.ts';

export interface YearlyReportData {
  readonly year: number;
  readonly asOf: IsoDate;
  readonly consortium: Consortium;
  readonly systems: ReadonlyMap<string, SystemRecord>;
  /** Projects with work during the year (a phase change in it, or open through it). */
  readonly projects: readonly DeliveryProject[];
  /** Approvals dated in the year. */
  readonly approvals: readonly { readonly project: DeliveryProject; readonly on: IsoDate }[];
  readonly plan: Plan;
  readonly forecast: Forecast;
  /** Maximum charges for the year and the two after it (as in the seed's table), when budgeted. */
  readonly charges: readonly YearCharges[];
  readonly printedShares: PrintedShares;
  /** Budget against outcome of the latest year with an outcome up to this one. */
  readonly budget: {
    readonly comparison: BudgetComparison;
    readonly refunds: readonly MemberRefund[];
  } | null;
  readonly savings: SavingsReport;
}

function activeIn(p: DeliveryProject, year: number): boolean {
  const first = p.history[0]?.at ?? '';
  const last = p.history[p.history.length - 1];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const touched = p.history.some((h) => h.at >= start && h.at <= end);
  const openThrough = first <= end && !!last && !['approved', 'closed', 'stopped'].includes(last.phase);
  return touched || (openThrough && dayNumber(first) <= dayNumber(end));
}

export async function gatherYearlyReport(store: ConsortiumStore, year: number): Promise<YearlyReportData> {
  const [consortium, systems, projects, asOf, budgets, outcomes] = await Promise.all([
    store.getConsortium(),
    store.getSystems(),
    store.getProjects(),
    store.asOf(),
    store.getBudgets(),
    store.getOutcomes(),
  ]);
  const { plan, forecast } = await forecastConsortium(store);
  const chargeYears = [year, year + 1, year + 2].filter((y) => budgets.some((b) => b.year === y));
  const charges = await Promise.all(chargeYears.map((y) => chargesFor(store, y)));
  const outcomeYear = outcomes
    .map((o) => o.year)
    .filter((y) => y <= year)
    .sort()
    .at(-1);
  const inYear = projects.filter((p) => activeIn(p, year));
  return {
    year,
    asOf,
    consortium,
    systems: new Map(systems.map((s) => [s.id, s])),
    projects: inYear,
    approvals: projects.flatMap((p) => {
      const a = p.history.find((h) => h.phase === 'approved' && h.at.startsWith(`${year}-`));
      return a ? [{ project: p, on: a.at }] : [];
    }),
    plan,
    forecast,
    charges,
    printedShares: printedShares(consortium.municipalities),
    budget: outcomeYear === undefined ? null : await budgetYear(store, outcomeYear),
    savings: await savingsReport(store, forecast, year),
  };
}
