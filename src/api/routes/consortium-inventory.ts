/**
 * The system inventory (systeminventering): systems per municipality, reports of a decommissioning
 * or a new procurement (the consortium sees the unseen ones first), and the printable archive
 * requirements for a tender.
 */
import { z } from 'zod';
import type { SystemRecord } from '../../core/consortium/model.ts';
import type { RequirementsTemplate } from '../../core/consortium/requirements.ts';
import type { InventoryReportTable } from '../../adapters/db/schema.ts';
import { requirementsForSystem } from '../../services/consortium/requirements-for-system.ts';
import { seesWholeConsortium } from '../../services/server/consortium-access.ts';
import {
  createSystem,
  getSystemFor,
  listInventoryReportsFor,
  listSystemsFor,
  markReportSeen,
  REPORT_KINDS,
  reportInventoryChange,
  updateSystem,
} from '../../services/server/consortium-inventory.ts';
import { DatabaseConsortiumStore } from '../../services/server/consortium-store.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const systemInputSchema = z.object({
  municipalityId: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  category: z.enum([
    'case-management',
    'social-care',
    'hr-payroll',
    'finance',
    'environment-building',
    'school',
    'other',
  ]),
  vendor: z.string().max(200),
  version: z.string().max(100),
  informationTypes: z.array(z.string().max(200)).max(100),
  recordsCreator: z.string().max(200),
  retention: z.enum(['keep', 'dispose', 'mixed']),
  volumeGb: z.number().min(0).max(1e9),
  exportState: z.enum(['available', 'needs-investigation', 'none']),
  exportFormats: z.array(z.enum(['fgs-paketstruktur', 'e-ark-sip', 'cits-erms', 'siard', 'vendor-xml'])),
  licenceCostSek: z.number().int().min(0),
  readLicenceCostSek: z.number().int().min(0),
  plannedDecommissioning: isoDate.nullable(),
  businessBenefit: score,
  legalRisk: score,
  effortPersonDays: z.number().int().min(0).max(10000),
  pilot: z.boolean(),
});

const systemSchema = systemInputSchema.extend({ id: z.string() });

const systemView = (s: SystemRecord): z.infer<typeof systemSchema> => ({
  ...s,
  informationTypes: [...s.informationTypes],
  exportFormats: [...s.exportFormats],
});

const reportSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  systemId: z.string().nullable(),
  kind: z.string(),
  systemName: z.string(),
  date: z.string().nullable(),
  note: z.string().nullable(),
  reportedBy: z.string().nullable(),
  reportedAt: z.string(),
  seenBy: z.string().nullable(),
  seenAt: z.string().nullable(),
});

const reportView = (r: InventoryReportTable): z.infer<typeof reportSchema> => ({
  id: r.id,
  tenantId: r.tenant_id,
  systemId: r.system_id,
  kind: r.kind,
  systemName: r.system_name,
  date: r.effective_date,
  note: r.note,
  reportedBy: r.reported_by,
  reportedAt: r.reported_at,
  seenBy: r.seen_by,
  seenAt: r.seen_at,
});

const tags = ['consortium'];

export async function consortiumInventoryRoutes(
  app: App,
  deps: ApiDeps,
  template: () => Promise<RequirementsTemplate>,
): Promise<void> {
  app.get(
    '/consortium/systems',
    {
      schema: {
        tags,
        summary: 'Systems of the inventory: a municipality sees its own, the consortium all',
        querystring: z.object({ tenant: z.string().optional() }),
        response: { 200: z.array(systemSchema) },
      },
    },
    async (request) =>
      (await listSystemsFor(deps.ctx, principalOf(request), request.query.tenant)).map(systemView),
  );

  app.get(
    '/consortium/systems/:id',
    {
      schema: {
        tags,
        summary: 'One system of the inventory',
        params: z.object({ id: z.string() }),
        response: { 200: systemSchema },
      },
    },
    async (request) => systemView(await getSystemFor(deps.ctx, principalOf(request), request.params.id)),
  );

  app.post(
    '/consortium/systems',
    {
      schema: {
        tags,
        summary: 'Add a system to the inventory (inventory:write for its municipality)',
        body: systemInputSchema,
        response: { 201: systemSchema },
      },
    },
    async (request, reply) => {
      const system = await createSystem(deps.ctx, principalOf(request), request.body);
      reply.status(201);
      return systemView(system);
    },
  );

  app.put(
    '/consortium/systems/:id',
    {
      schema: {
        tags,
        summary: 'Change a system of the inventory',
        params: z.object({ id: z.string() }),
        body: systemInputSchema,
        response: { 200: systemSchema },
      },
    },
    async (request) =>
      systemView(await updateSystem(deps.ctx, principalOf(request), request.params.id, request.body)),
  );

  app.get(
    '/consortium/systems/:id/procurement-requirements',
    {
      schema: {
        tags,
        summary: 'Printable archive requirements to put in a tender for this system',
        params: z.object({ id: z.string() }),
        querystring: z.object({ format: z.enum(['html', 'md']).default('html') }),
      },
    },
    async (request, reply) => {
      const system = await getSystemFor(deps.ctx, principalOf(request), request.params.id);
      const format = request.query.format;
      const text = await requirementsForSystem(
        new DatabaseConsortiumStore(deps.ctx),
        await template(),
        system,
        format,
      );
      reply.header(
        'content-type',
        format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8',
      );
      return text;
    },
  );

  app.get(
    '/consortium/reports',
    {
      schema: {
        tags,
        summary: 'Reported decommissionings and procurements, the ones not yet seen by the consortium first',
        response: {
          200: z.object({ unseen: z.number(), showUnseen: z.boolean(), reports: z.array(reportSchema) }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const reports = (await listInventoryReportsFor(deps.ctx, principal)).map(reportView);
      return {
        unseen: reports.filter((r) => !r.seenAt).length,
        showUnseen: seesWholeConsortium(deps.ctx, principal),
        reports,
      };
    },
  );

  app.post(
    '/consortium/reports',
    {
      schema: {
        tags,
        summary: 'A municipality reports a decommissioning (avveckling) or a new procurement',
        body: z.object({
          tenantId: z.string().min(1),
          kind: z.enum(REPORT_KINDS),
          systemId: z.string().nullish(),
          systemName: z.string().max(200).nullish(),
          date: isoDate.nullish(),
          note: z.string().max(4000).nullish(),
        }),
        response: { 201: reportSchema },
      },
    },
    async (request, reply) => {
      const row = await reportInventoryChange(deps.ctx, principalOf(request), request.body);
      reply.status(201);
      return reportView(row);
    },
  );

  app.post(
    '/consortium/reports/:id/seen',
    {
      schema: {
        tags,
        summary: 'The consortium has seen a report',
        params: z.object({ id: z.string() }),
        response: { 200: reportSchema },
      },
    },
    async (request) => reportView(await markReportSeen(deps.ctx, principalOf(request), request.params.id)),
  );
}
