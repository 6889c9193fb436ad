/**
 * The delivery plan (leveransplan): the approved version and the latest draft, generation with the
 * council's settings, pinning an item (the rest re-planned around it), the council's approval on
 * a date, and every version compared with the one before it.
 */
import { z } from 'zod';
import { isQuarter } from '../../core/consortium/dates.ts';
import type { FairnessMode, PlanDiff, PlanSettings, PlanVersion } from '../../core/planning/model.ts';
import { diffVersion, findVersion, planState } from '../../services/consortium/plan-drafts.ts';
import { requireConsortiumRead } from '../../services/server/consortium-access.ts';
import {
  approvePlan,
  generatePlanVersion,
  pinPlanItem,
  unpinPlanItem,
} from '../../services/server/consortium-plan.ts';
import { DatabaseConsortiumStore } from '../../services/server/consortium-store.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const tags = ['consortium'];
const quarter = z.string().refine(isQuarter, 'YYYY-Qn');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const versionNumber = z.object({ n: z.coerce.number().int().min(1) });
const CRITERIA = [
  'businessBenefit',
  'decommissioning',
  'readLicence',
  'legalRisk',
  'exportReadiness',
  'effort',
] as const;

const settingsSchema = z.object({
  capacity: z.number().int().min(0).max(10000).optional(),
  capacityPerQuarter: z.record(z.string(), z.number().int().min(0).max(10000)).optional(),
  /** "share" is the UI's word for proportional to cost share. */
  fairness: z.enum(['equal', 'share', 'proportional']).optional(),
  pilotsFirst: z.boolean().optional(),
  firstQuarter: quarter.optional(),
  quarterCount: z.number().int().min(1).max(40).optional(),
  criteria: z.array(z.object({ id: z.enum(CRITERIA), weight: z.number().int().min(0).max(1000) })).optional(),
});

function planSettings(s: z.infer<typeof settingsSchema>): Partial<PlanSettings> {
  const out: { -readonly [K in keyof PlanSettings]?: PlanSettings[K] } = {};
  if (s.capacity !== undefined || s.capacityPerQuarter)
    out.capacity = {
      default: s.capacity ?? 75,
      ...(s.capacityPerQuarter ? { perQuarter: s.capacityPerQuarter } : {}),
    };
  if (s.fairness) out.fairness = (s.fairness === 'equal' ? 'equal' : 'proportional') as FairnessMode;
  if (s.pilotsFirst !== undefined) out.pilotsFirst = s.pilotsFirst;
  if (s.firstQuarter) out.firstQuarter = s.firstQuarter;
  if (s.quarterCount) out.quarterCount = s.quarterCount;
  if (s.criteria) out.criteria = s.criteria;
  return out;
}

export async function consortiumPlanRoutes(app: App, deps: ApiDeps): Promise<void> {
  const store = () => new DatabaseConsortiumStore(deps.ctx);
  const names = async () =>
    new Map((await store().getConsortium()).municipalities.map((m) => [m.id, m.name] as const));

  /** A version with each item's municipality named. */
  const view = async (v: PlanVersion | null) => {
    if (!v) return null;
    const n = await names();
    const name = (id: string) => n.get(id) ?? id;
    const pinned = new Set(v.plan.pins.map((p) => p.systemId));
    return {
      ...v,
      plan: {
        ...v.plan,
        items: v.plan.items.map((i) => ({
          ...i,
          municipalityName: name(i.municipalityId),
          pinned: pinned.has(i.systemId),
        })),
        urgent: v.plan.urgent.map((u) => ({ ...u, municipalityName: name(u.municipalityId) })),
        unplanned: v.plan.unplanned.map((u) => ({ ...u, municipalityName: name(u.municipalityId) })),
      },
    };
  };
  const saved = async (s: { version: PlanVersion; diff: PlanDiff }) => ({
    version: await view(s.version),
    diff: s.diff,
  });

  app.get(
    '/consortium/plan',
    { schema: { tags, summary: 'The plan in force (latest approved version) and the latest draft' } },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      const state = planState(await store().getPlanVersions());
      return { approved: await view(state.approved), draft: await view(state.draft) };
    },
  );

  app.get(
    '/consortium/plan/versions',
    { schema: { tags, summary: 'Every saved plan version, newest first' } },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      return [...(await store().getPlanVersions())]
        .sort((a, b) => b.version - a.version)
        .map(({ plan, ...v }) => ({ ...v, items: plan.items.length, pins: plan.pins.length }));
    },
  );

  app.get(
    '/consortium/plan/versions/:n',
    { schema: { tags, summary: 'One plan version', params: versionNumber } },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      return view(findVersion(await store().getPlanVersions(), request.params.n));
    },
  );

  app.get(
    '/consortium/plan/versions/:n/diff',
    {
      schema: { tags, summary: 'A plan version compared with the version before it', params: versionNumber },
    },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      return diffVersion(store(), request.params.n);
    },
  );

  app.post(
    '/consortium/plan/generate',
    {
      schema: {
        tags,
        summary: 'Generate a new draft plan version from the inventory (plan:write)',
        body: z.object({
          settings: settingsSchema.default({}),
          pins: z.array(z.object({ systemId: z.string().min(1), quarter })).default([]),
          note: z.string().max(2000).default(''),
        }),
      },
    },
    async (request, reply) => {
      const { settings, pins, note } = request.body;
      const result = await generatePlanVersion(
        deps.ctx,
        principalOf(request),
        planSettings(settings),
        pins,
        note,
      );
      reply.status(201);
      return saved(result);
    },
  );

  app.post(
    '/consortium/plan/items/:systemId/pin',
    {
      schema: {
        tags,
        summary: 'Pin (or move) a delivery to a quarter; the rest is re-planned around it as a new version',
        params: z.object({ systemId: z.string().min(1) }),
        body: z.object({ quarter }),
      },
    },
    async (request, reply) => {
      const result = await pinPlanItem(
        deps.ctx,
        principalOf(request),
        request.params.systemId,
        request.body.quarter,
      );
      reply.status(201);
      return saved(result);
    },
  );

  app.post(
    '/consortium/plan/items/:systemId/unpin',
    {
      schema: {
        tags,
        summary: 'Release a pinned delivery; the plan is re-planned as a new version',
        params: z.object({ systemId: z.string().min(1) }),
      },
    },
    async (request, reply) => {
      const result = await unpinPlanItem(deps.ctx, principalOf(request), request.params.systemId);
      reply.status(201);
      return saved(result);
    },
  );

  app.post(
    '/consortium/plan/versions/:n/approve',
    {
      schema: {
        tags,
        summary: 'The council (samverkansråd) approves a plan version on a date (plan:approve)',
        params: versionNumber,
        body: z.object({ date: isoDate }),
      },
    },
    async (request) =>
      view(await approvePlan(deps.ctx, principalOf(request), request.params.n, request.body.date)),
  );
}
