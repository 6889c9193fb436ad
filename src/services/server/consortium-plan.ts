/**
 * The delivery plan in the archive service: the e-archivists generate and re-plan (plan:write),
 * the council approves a version on a date (plan:approve). Each change saves a plan version and
 * its audit entry in one transaction.
 */
import type { Principal } from '../../core/access/roles.ts';
import type { IsoDate, Quarter } from '../../core/consortium/model.ts';
import type { Pin, PlanDiff, PlanSettings, PlanVersion } from '../../core/planning/model.ts';
import type { Db } from '../../adapters/db/schema.ts';
import { approvePlanVersion, pinItem, unpinItem } from '../consortium/plan-drafts.ts';
import { generateConsortiumPlan, savePlan } from '../consortium/plan.ts';
import { requireConsortiumWide } from './consortium-access.ts';
import { DatabaseConsortiumStore } from './consortium-store.ts';
import { audit, inTransaction, type ServiceContext } from './context.ts';

type Saved = { version: PlanVersion; diff: PlanDiff };

function inStore<T>(
  ctx: ServiceContext,
  work: (store: DatabaseConsortiumStore, trx: Db) => Promise<T>,
): Promise<T> {
  return inTransaction(ctx, (trx) => work(new DatabaseConsortiumStore({ ...ctx, db: trx }), trx));
}

const summary = (s: Saved) => ({
  version: s.version.version,
  items: s.version.plan.items.length,
  added: s.diff.added.length,
  removed: s.diff.removed.length,
  moved: s.diff.moved.length,
});

export async function generatePlanVersion(
  ctx: ServiceContext,
  p: Principal,
  settings: Partial<PlanSettings>,
  pins: readonly Pin[],
  note: string,
): Promise<Saved> {
  requireConsortiumWide(ctx, p, 'plan:write');
  return inStore(ctx, async (store, trx) => {
    const saved = await savePlan(store, await generateConsortiumPlan(store, settings, pins), { note });
    await audit(
      trx,
      ctx,
      p,
      ctx.consortiumId,
      'plan.generate',
      'plan_version',
      String(saved.version.version),
      {
        ...summary(saved),
        settings,
        pins,
      },
    );
    return saved;
  });
}

export async function pinPlanItem(
  ctx: ServiceContext,
  p: Principal,
  systemId: string,
  quarter: Quarter,
): Promise<Saved> {
  requireConsortiumWide(ctx, p, 'plan:write');
  return inStore(ctx, async (store, trx) => {
    const saved = await pinItem(store, systemId, quarter, `${systemId} → ${quarter}`);
    await audit(trx, ctx, p, ctx.consortiumId, 'plan.pin', 'plan_version', String(saved.version.version), {
      ...summary(saved),
      systemId,
      quarter,
    });
    return saved;
  });
}

export async function unpinPlanItem(ctx: ServiceContext, p: Principal, systemId: string): Promise<Saved> {
  requireConsortiumWide(ctx, p, 'plan:write');
  return inStore(ctx, async (store, trx) => {
    const saved = await unpinItem(store, systemId, `${systemId} unpinned`);
    await audit(trx, ctx, p, ctx.consortiumId, 'plan.unpin', 'plan_version', String(saved.version.version), {
      ...summary(saved),
      systemId,
    });
    return saved;
  });
}

export async function approvePlan(
  ctx: ServiceContext,
  p: Principal,
  n: number,
  on: IsoDate,
): Promise<PlanVersion> {
  requireConsortiumWide(ctx, p, 'plan:approve');
  return inStore(ctx, async (store, trx) => {
    const approved = await approvePlanVersion(store, n, on, p.displayName);
    await audit(trx, ctx, p, ctx.consortiumId, 'plan.approve', 'plan_version', String(n), { on });
    return approved;
  });
}
