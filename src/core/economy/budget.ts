/**
 * Budget against outcome per cost group, and the refund of an under-spent year to the members by
 * share (whole tkr, summing exactly to the amount refunded).
 */
import type { BudgetOutcome, CostGroup } from '../consortium/model.ts';
import { apportion } from './apportion.ts';
import type { MemberShare } from './shares.ts';

export const COST_GROUP_LABELS: Readonly<Record<CostGroup, { sv: string; en: string }>> = {
  salaries: { sv: 'Lön, ersättning, soc avg', en: 'Salaries, fees, social charges' },
  'courses-travel': { sv: 'Kurser, resor', en: 'Courses, travel' },
  'staff-welfare': { sv: 'Personalsociala kostnader', en: 'Staff welfare' },
  'purchased-services': { sv: 'Köpta tjänster', en: 'Purchased services' },
  premises: { sv: 'Lokaler', en: 'Premises' },
  other: { sv: 'Övriga kostnader', en: 'Other costs' },
};

export interface BudgetLine {
  readonly group: CostGroup;
  readonly budgetTkr: bigint;
  readonly outcomeTkr: bigint;
  /** Budget − outcome: positive when under budget (the seed prints the magnitude only). */
  readonly differenceTkr: bigint;
}

export interface BudgetComparison {
  readonly year: number;
  readonly lines: readonly BudgetLine[];
  readonly total: Omit<BudgetLine, 'group'>;
}

export function compareBudget(outcome: BudgetOutcome): BudgetComparison {
  const lines = outcome.lines.map((l) => ({
    group: l.group,
    budgetTkr: BigInt(l.budgetTkr),
    outcomeTkr: BigInt(l.outcomeTkr),
    differenceTkr: BigInt(l.budgetTkr) - BigInt(l.outcomeTkr),
  }));
  const total = lines.reduce(
    (t, l) => ({
      budgetTkr: t.budgetTkr + l.budgetTkr,
      outcomeTkr: t.outcomeTkr + l.outcomeTkr,
      differenceTkr: t.differenceTkr + l.differenceTkr,
    }),
    { budgetTkr: 0n, outcomeTkr: 0n, differenceTkr: 0n },
  );
  return { year: outcome.year, lines, total };
}

export interface MemberRefund extends MemberShare {
  readonly refundTkr: bigint;
}

/** The surplus back to the members by share; nothing when the year ended at or over budget. */
export function refundsByShare(shares: readonly MemberShare[], comparison: BudgetComparison): MemberRefund[] {
  const surplus = comparison.total.differenceTkr > 0n ? comparison.total.differenceTkr : 0n;
  const parts = apportion(
    surplus,
    shares.map((s) => s.share),
  );
  return shares.map((s, i) => ({ ...s, refundTkr: parts[i]?.units ?? 0n }));
}
