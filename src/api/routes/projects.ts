/** Delivery projects: list, create, read with phase history, change phase. */
import { z } from 'zod';
import { PHASES, WAITING_PARTIES } from '../../core/delivery/phases.ts';
import type { PhaseChangeRow, ProjectRow } from '../../repositories/projects.ts';
import {
  changePhase,
  createProject,
  getProject,
  listProjects,
  projectHistory,
} from '../../services/server/projects.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export const projectSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  title: z.string(),
  systemName: z.string(),
  systemType: z.string().nullable(),
  recordsCreatorId: z.string().nullable(),
  agreementRef: z.string().nullable(),
  deliveryType: z.string(),
  phase: z.enum(PHASES),
  stopReason: z.string().nullable(),
  waitingFor: z.string().nullable(),
  isPilot: z.boolean(),
  isTest: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const phaseChangeSchema = z.object({
  fromPhase: z.string().nullable(),
  toPhase: z.string(),
  reason: z.string().nullable(),
  waitingFor: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

export function projectView(p: ProjectRow): z.infer<typeof projectSchema> {
  return {
    id: p.id,
    tenantId: p.tenant_id,
    title: p.title,
    systemName: p.system_name,
    systemType: p.system_type,
    recordsCreatorId: p.records_creator_id,
    agreementRef: p.agreement_ref,
    deliveryType: p.delivery_type,
    phase: p.phase as z.infer<typeof projectSchema>['phase'],
    stopReason: p.stop_reason,
    waitingFor: p.waiting_for,
    isPilot: p.is_pilot === 1,
    isTest: p.is_test === 1,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  };
}

const historyView = (h: PhaseChangeRow): z.infer<typeof phaseChangeSchema> => ({
  fromPhase: h.from_phase,
  toPhase: h.to_phase,
  reason: h.reason,
  waitingFor: h.waiting_for,
  changedBy: h.changed_by,
  changedAt: h.changed_at,
});

export async function projectRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/projects',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'Delivery projects the caller may see',
        querystring: z.object({ tenant: z.string().optional(), phase: z.enum(PHASES).optional() }),
        response: { 200: z.array(projectSchema) },
      },
    },
    async (request) => {
      const rows = await listProjects(deps.ctx, principalOf(request), {
        tenantId: request.query.tenant,
        phase: request.query.phase,
      });
      return rows.map(projectView);
    },
  );

  app.post(
    '/projects',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'Create a delivery project (leveransprojekt)',
        body: z.object({
          tenantId: z.string(),
          title: z.string().min(1).max(500),
          systemName: z.string().min(1).max(200),
          systemType: z.string().max(200).nullish(),
          recordsCreatorId: z.string().nullish(),
          agreementRef: z.string().max(200).nullish(),
          deliveryType: z.enum(['ordinarie', 'brådskande']).optional(),
          isPilot: z.boolean().optional(),
          isTest: z.boolean().optional(),
        }),
        response: { 201: projectSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const id = await createProject(deps.ctx, principal, request.body);
      reply.status(201);
      return projectView(await getProject(deps.ctx, principal, id));
    },
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'A delivery project with its phase history',
        params: z.object({ id: z.string() }),
        response: { 200: projectSchema.extend({ history: z.array(phaseChangeSchema) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const project = await getProject(deps.ctx, principal, request.params.id);
      const history = await projectHistory(deps.ctx, principal, project.id);
      return { ...projectView(project), history: history.map(historyView) };
    },
  );

  app.post(
    '/projects/:id/phase',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'Move a project to another phase (stopped needs a reason)',
        params: z.object({ id: z.string() }),
        body: z.object({
          to: z.enum(PHASES),
          reason: z.string().max(2000).nullish(),
          waitingFor: z.enum(WAITING_PARTIES).nullish(),
        }),
        response: { 200: projectSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await changePhase(deps.ctx, principal, request.params.id, request.body);
      return projectView(await getProject(deps.ctx, principal, request.params.id));
    },
  );
}
