/**
 * The consortium's money: each member's share and maximum charge per year, budgets, budget against
 * outcome with refunds, finance's entries, and the savings curves.
 */
import { z } from 'zod';
import { COST_GROUP_LABELS } from '../../core/economy/budget.ts';
import { budgetDocument, budgetYear, chargesFor, sharesDocument } from '../../services/consortium/economy.ts';
import { savingsDocument } from '../../services/consortium/savings-curves.ts';
import { requireConsortiumRead } from '../../services/server/consortium-access.ts';
import { enterOutcome, setBudget } from '../../services/server/consortium-economy.ts';
import { DatabaseConsortiumStore } from '../../services/server/consortium-store.ts';
import { nowIso } from '../../services/server/context.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const tags = ['consortium'];
const year = z.coerce.number().int().min(1900).max(2200);
const COST_GROUPS = [
  'salaries',
  'courses-travel',
  'staff-welfare',
  'purchased-services',
  'premises',
  'other',
] as const;

const sharesSchema = z.object({
  year: z.number(),
  total_tkr: z.number(),
  shares: z
    .array(z.object({ municipality: z.string(), share: z.number(), amount_tkr: z.number() }))
    .readonly(),
});

const budgetSchema = z.object({
  year: z.number(),
  years: z.array(z.number()),
  lines: z.array(
    z.object({
      group: z.string(),
      label_sv: z.string(),
      label_en: z.string(),
      budget_tkr: z.number(),
      outcome_tkr: z.number(),
      difference_tkr: z.number(),
    }),
  ),
  total: z.object({ budget_tkr: z.number(), outcome_tkr: z.number(), difference_tkr: z.number() }),
  refunds: z.array(z.object({ municipality: z.string(), refund_tkr: z.number() })),
});

async function budgetView(store: DatabaseConsortiumStore, year: number | undefined) {
  const years = [...new Set((await store.getOutcomes()).map((o) => o.year))].sort();
  const doc = budgetDocument(
    await budgetYear(store, year ?? years.at(-1) ?? Number((await store.asOf()).slice(0, 4))),
  );
  return { ...doc, years, lines: doc.lines.map((l) => ({ ...l, label_en: COST_GROUP_LABELS[l.group].en })) };
}

export async function consortiumEconomyRoutes(app: App, deps: ApiDeps): Promise<void> {
  const store = () => new DatabaseConsortiumStore(deps.ctx);

  app.get(
    '/consortium/shares',
    {
      schema: {
        tags,
        summary:
          "Each member's exact share and maximum charge for a year (as `samarkiv economy shares --format json`)",
        querystring: z.object({ year }),
        response: { 200: sharesSchema },
      },
    },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      return sharesDocument(await chargesFor(store(), request.query.year));
    },
  );

  app.get(
    '/consortium/budgets',
    {
      schema: {
        tags,
        summary: "The consortium's total budget per year, with its uppräkning",
        response: {
          200: z.array(
            z.object({ year: z.number(), totalTkr: z.number(), upliftBasisPoints: z.number().nullable() }),
          ),
        },
      },
    },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      return (await store().getBudgets()).map((b) => ({
        ...b,
        upliftBasisPoints: b.upliftBasisPoints ?? null,
      }));
    },
  );

  app.get(
    '/consortium/budget',
    {
      schema: {
        tags,
        summary: 'Budget against outcome per cost group, with the difference and the refund by share',
        querystring: z.object({ year: year.optional() }),
        response: { 200: budgetSchema },
      },
    },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      return budgetView(store(), request.query.year);
    },
  );

  app.put(
    '/consortium/outcomes/:year',
    {
      schema: {
        tags,
        summary: 'Finance enters the outcome (and budget) per cost group for a year',
        params: z.object({ year }),
        body: z.object({
          lines: z
            .array(
              z.object({
                group: z.enum(COST_GROUPS),
                budgetTkr: z.number().int().min(0).max(1e9),
                outcomeTkr: z.number().int().min(0).max(1e9),
              }),
            )
            .min(1)
            .max(COST_GROUPS.length),
        }),
        response: { 200: budgetSchema },
      },
    },
    async (request) => {
      await enterOutcome(deps.ctx, principalOf(request), request.params.year, request.body.lines);
      return budgetView(store(), request.params.year);
    },
  );

  app.put(
    '/consortium/budgets/:year',
    {
      schema: {
        tags,
        summary: "Finance sets a year's total budget, or the uppräkning over the previous year",
        params: z.object({ year }),
        body: z.object({
          totalTkr: z.number().int().min(0).max(1e9).nullish(),
          upliftBasisPoints: z.number().int().min(-10000).max(100000).nullish(),
        }),
        response: {
          200: z.object({ year: z.number(), totalTkr: z.number(), upliftBasisPoints: z.number().nullable() }),
        },
      },
    },
    async (request) => setBudget(deps.ctx, principalOf(request), request.params.year, request.body),
  );

  app.get(
    '/consortium/savings',
    {
      schema: {
        tags,
        summary:
          'Expected (from the plan and its forecast) and realised (from closed deliveries) savings curves',
        querystring: z.object({ from: year.optional() }),
      },
    },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      const from = request.query.from ?? Number(nowIso(deps.ctx).slice(0, 4)) - 1;
      return savingsDocument(store(), from);
    },
  );
}
