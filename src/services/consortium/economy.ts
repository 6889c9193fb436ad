/** Economy use cases: each member's share and maximum charge per year, budget against outcome, refunds. */
import {
  COST_GROUP_LABELS,
  compareBudget,
  refundsByShare,
  type BudgetComparison,
  type MemberRefund,
} from '../../core/economy/budget.ts';
import { toNumber } from '../../core/economy/rational.ts';
import {
  budgetForYear,
  chargesForYear,
  sharesFromBasis,
  type MemberShare,
  type YearCharges,
} from '../../core/economy/shares.ts';
import { archiveError } from '../../core/errors.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';

export async function memberShares(store: ConsortiumStore): Promise<MemberShare[]> {
  const [consortium, basis] = await Promise.all([store.getConsortium(), store.getShareBasis()]);
  return sharesFromBasis(consortium.municipalities, basis);
}

export async function chargesFor(store: ConsortiumStore, year: number): Promise<YearCharges> {
  const [shares, budgets] = await Promise.all([memberShares(store), store.getBudgets()]);
  return chargesForYear(shares, year, BigInt(budgetForYear(budgets, year).totalTkr));
}

/** The documented JSON of `samarkiv economy shares` (and of the API). */
export interface SharesDocument {
  readonly year: number;
  readonly total_tkr: number;
  readonly shares: readonly {
    readonly municipality: string;
    readonly share: number;
    readonly amount_tkr: number;
  }[];
}

export function sharesDocument(c: YearCharges): SharesDocument {
  return {
    year: c.year,
    total_tkr: Number(c.totalTkr),
    shares: c.charges.map((x) => ({
      municipality: x.municipality.name,
      share: toNumber(x.share),
      amount_tkr: Number(x.amountTkr),
    })),
  };
}

export interface BudgetYear {
  readonly comparison: BudgetComparison;
  readonly refunds: readonly MemberRefund[];
}

export async function budgetYear(store: ConsortiumStore, year: number): Promise<BudgetYear> {
  const outcome = (await store.getOutcomes()).find((o) => o.year === year);
  if (!outcome) throw archiveError('ARC_ERR_ECONOMY_YEAR_UNKNOWN', year);
  const comparison = compareBudget(outcome);
  return { comparison, refunds: refundsByShare(await memberShares(store), comparison) };
}

export function budgetDocument(b: BudgetYear) {
  return {
    year: b.comparison.year,
    lines: b.comparison.lines.map((l) => ({
      group: l.group,
      label_sv: COST_GROUP_LABELS[l.group].sv,
      budget_tkr: Number(l.budgetTkr),
      outcome_tkr: Number(l.outcomeTkr),
      difference_tkr: Number(l.differenceTkr),
    })),
    total: {
      budget_tkr: Number(b.comparison.total.budgetTkr),
      outcome_tkr: Number(b.comparison.total.outcomeTkr),
      difference_tkr: Number(b.comparison.total.differenceTkr),
    },
    refunds: b.refunds.map((r) => ({ municipality: r.municipality.name, refund_tkr: Number(r.refundTkr) })),
  };
}
