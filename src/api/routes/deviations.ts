/** Deviation reports (avvikelserapporter): create one for a controlled submission, read it as JSON or printable HTML. */
import { z } from 'zod';
import { WAITING_PARTIES } from '../../core/delivery/phases.ts';
import { renderDeviationHtml } from '../../services/server/deviation-html.ts';
import {
  createDeviationReport,
  deviationReport,
  deviationReportsOf,
} from '../../services/server/deviation.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const location = z.string().nullable();

export const deviationReportSchema = z.object({
  id: z.string(),
  submissionId: z.string(),
  projectId: z.string(),
  tenantId: z.string(),
  municipality: z.string(),
  projectTitle: z.string(),
  systemName: z.string(),
  agreementRef: z.string().nullable(),
  version: z.number(),
  fileName: z.string(),
  sha256: z.string().nullable(),
  controlledAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }),
  waitingFor: z.enum(WAITING_PARTIES),
  dueDate: z.string().nullable(),
  note: z.string().nullable(),
  refusal: z.object({ code: z.string(), message: z.string() }).nullable(),
  rules: z.array(
    z.object({
      requirement: z.string(),
      severity: z.enum(['ERROR', 'WARNING', 'INFO']),
      title: z.string(),
      message: z.string(),
      location,
      findings: z.array(z.object({ message: z.string(), location })),
      findingsTotal: z.number(),
    }),
  ),
  checkpoints: z.array(
    z.object({
      key: z.string(),
      labelSv: z.string(),
      labelEn: z.string(),
      comment: z.string().nullable(),
      owner: z.enum(WAITING_PARTIES),
      dueDate: z.string().nullable(),
      setBy: z.string().nullable(),
      setAt: z.string().nullable(),
    }),
  ),
});

const tags = ['delivery control'];

export async function deviationRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.post(
    '/submissions/:id/deviation-reports',
    {
      schema: {
        tags,
        summary:
          'Send a deviation report back to the producer (deviation:write); the project returns to ingest',
        params: z.object({ id: z.string() }),
        body: z.object({
          dueDate: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .nullish(),
          waitingFor: z.enum(WAITING_PARTIES).optional(),
          note: z.string().max(4000).nullish(),
        }),
        response: { 201: deviationReportSchema },
      },
    },
    async (request, reply) => {
      const report = await createDeviationReport(
        deps.ctx,
        principalOf(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return report;
    },
  );

  app.get(
    '/submissions/:id/deviation-reports',
    {
      schema: {
        tags,
        summary: 'The deviation reports of a submission, oldest first',
        params: z.object({ id: z.string() }),
        response: { 200: z.array(deviationReportSchema) },
      },
    },
    async (request) => deviationReportsOf(deps.ctx, principalOf(request), request.params.id),
  );

  app.get(
    '/deviation-reports/:id',
    {
      schema: {
        tags,
        summary: 'A deviation report as JSON, or ?format=html (printable; ?lang=sv default, en)',
        params: z.object({ id: z.string() }),
        querystring: z.object({
          format: z.enum(['json', 'html']).optional(),
          lang: z.enum(['sv', 'en']).optional(),
        }),
      },
    },
    async (request, reply) => {
      const report = await deviationReport(deps.ctx, principalOf(request), request.params.id);
      if (request.query.format === 'html') {
        return reply
          .type('text/html; charset=utf-8')
          .send(renderDeviationHtml(report, request.query.lang ?? 'sv'));
      }
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(report));
    },
  );
}
