/**
 * Finance's entries in the archive service: a year's total budget (given, or as the previous
 * year's with an uppräkning) and the outcome per cost group. Audited; only economy:write in the
 * consortium (finance) may enter them.
 */
import type { Principal } from '../../core/access/roles.ts';
import type { CostGroup } from '../../core/consortium/model.ts';
import { upliftTotal } from '../../core/economy/shares.ts';
import { archiveError } from '../../core/errors.ts';
import * as repo from '../../repositories/consortium.ts';
import { requireConsortiumWide } from './consortium-access.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';

export interface OutcomeLineInput {
  readonly group: CostGroup;
  readonly budgetTkr: number;
  readonly outcomeTkr: number;
}

export async function enterOutcome(
  ctx: ServiceContext,
  p: Principal,
  year: number,
  lines: readonly OutcomeLineInput[],
): Promise<void> {
  requireConsortiumWide(ctx, p, 'economy:write');
  const groups = new Set(lines.map((l) => l.group));
  if (groups.size !== lines.length)
    throw archiveError('ARC_ERR_ECONOMY_OUTCOME_INVALID', year, 'a cost group given twice');
  const at = nowIso(ctx);
  await inTransaction(ctx, async (trx) => {
    for (const l of lines) {
      await repo.upsertOutcome(trx, {
        year,
        cost_group: l.group,
        budget_tkr: l.budgetTkr,
        outcome_tkr: l.outcomeTkr,
        entered_by: p.userId,
        entered_at: at,
      });
    }
    await audit(trx, ctx, p, ctx.consortiumId, 'economy.outcome', 'budget_outcome', String(year), { lines });
  });
}

export interface BudgetInput {
  readonly totalTkr?: number | null;
  /** Uppräkning over the previous year in basis points; the total is then computed from it. */
  readonly upliftBasisPoints?: number | null;
}

export async function setBudget(
  ctx: ServiceContext,
  p: Principal,
  year: number,
  input: BudgetInput,
): Promise<{ year: number; totalTkr: number; upliftBasisPoints: number | null }> {
  requireConsortiumWide(ctx, p, 'economy:write');
  const uplift = input.upliftBasisPoints ?? null;
  let total = input.totalTkr ?? null;
  if (uplift !== null) {
    const previous = (await repo.listBudgets(ctx.db)).find((b) => b.year === year - 1);
    if (!previous) throw archiveError('ARC_ERR_ECONOMY_YEAR_UNKNOWN', year - 1);
    const computed = Number(upliftTotal(BigInt(previous.total_tkr), uplift));
    if (total !== null && total !== computed)
      throw archiveError(
        'ARC_ERR_ECONOMY_OUTCOME_INVALID',
        year,
        `total ${total} ≠ ${previous.total_tkr} + ${uplift} bp = ${computed}`,
      );
    total = computed;
  }
  if (total === null)
    throw archiveError('ARC_ERR_ECONOMY_OUTCOME_INVALID', year, 'give a total or an uppräkning');
  const row = { year, total_tkr: total, uplift_basis_points: uplift };
  await inTransaction(ctx, async (trx) => {
    await repo.upsertBudget(trx, row);
    await audit(trx, ctx, p, ctx.consortiumId, 'economy.budget', 'budget', String(year), row);
  });
  return { year, totalTkr: total, upliftBasisPoints: uplift };
}
