/**
 * Submissions (leveransversioner): the versions of a delivery project with their states, one
 * submission with its counts and checkpoint summary, and its control report (JSON or HTML).
 */
import { z } from 'zod';
import { archiveError } from '../../core/errors.ts';
import { renderHtmlReport } from '../../core/validation/render/html-report.ts';
import type { SubmissionSummaryRow } from '../../repositories/submissions.ts';
import * as submissionsRepo from '../../repositories/submissions.ts';
import { summarizeCheckpoints } from '../../services/server/checklist.ts';
import { getProject } from '../../services/server/projects.ts';
import {
  parseFailure,
  projectSubmissions,
  readableSubmission,
  retryIngest,
  submissionReport,
} from '../../services/server/submissions.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';
import { checkpointSummarySchema } from './checkpoints.ts';

const failureSchema = z
  .object({ code: z.string(), message: z.string(), message_sv: z.string(), detail: z.string().optional() })
  .nullable()
  .describe('The coded error of a failed submission (checksum mismatch, control that could not run)');

export const submissionSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  tenantId: z.string(),
  version: z.number().describe('1, 2, … per delivery project; a corrected package is the next version'),
  state: z
    .string()
    .describe(
      'received | controlled | returned | superseded | failed | approved (see docs/delivery-control.md)',
    ),
  fileName: z.string(),
  size: z.number().nullable(),
  sha256: z.string().nullable().describe('SHA-256 computed on arrival'),
  producerSha256: z.string().nullable().describe('SHA-256 the producer sent with the upload'),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  receivedAt: z.string().nullable(),
  controlledAt: z.string().nullable(),
  errorCount: z.number().nullable(),
  warningCount: z.number().nullable(),
  templateId: z.string().nullable().describe('Checklist template version the checkpoints came from'),
  failure: failureSchema,
});

export function submissionView(s: SubmissionSummaryRow): z.infer<typeof submissionSchema> {
  return {
    id: s.id,
    projectId: s.project_id,
    tenantId: s.tenant_id,
    version: s.version,
    state: s.state,
    fileName: s.file_name,
    size: s.size,
    sha256: s.sha256,
    producerSha256: s.producer_sha256,
    createdBy: s.created_by,
    createdAt: s.created_at,
    receivedAt: s.received_at,
    controlledAt: s.controlled_at,
    errorCount: s.error_count,
    warningCount: s.warning_count,
    templateId: s.template_id,
    failure: parseFailure(s.failure),
  };
}

const detailSchema = submissionSchema.extend({
  project: z.object({ id: z.string(), title: z.string(), systemName: z.string(), phase: z.string() }),
  hasReport: z.boolean(),
  checkpoints: checkpointSummarySchema,
  deviationReports: z.array(
    z.object({ id: z.string(), createdAt: z.string(), createdBy: z.string().nullable() }),
  ),
});

export async function submissionRoutes(app: App, deps: ApiDeps): Promise<void> {
  const tags = ['delivery control'];

  app.get(
    '/projects/:id/submissions',
    {
      schema: {
        tags,
        summary: 'Every version delivered to a project, newest first (history kept)',
        params: z.object({ id: z.string() }),
        response: { 200: z.array(submissionSchema) },
      },
    },
    async (request) =>
      (await projectSubmissions(deps.ctx, principalOf(request), request.params.id)).map(submissionView),
  );

  app.post(
    '/submissions/:id/retry-ingest',
    {
      schema: {
        tags,
        summary:
          'Ingest again after a full storage location (approval:sign): a submission failed with ARC_ERR_STORAGE_FULL goes back to approved and its ingest job is queued',
        params: z.object({ id: z.string() }),
        response: { 202: submissionSchema },
      },
    },
    async (request, reply) => {
      const s = await retryIngest(deps.ctx, principalOf(request), request.params.id);
      return reply.code(202).send(submissionView(s));
    },
  );

  app.get(
    '/submissions/:id',
    {
      schema: {
        tags,
        summary: 'A submission: state, counts, checkpoint summary, deviation reports',
        params: z.object({ id: z.string() }),
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const s = await readableSubmission(deps.ctx, principal, request.params.id);
      const project = await getProject(deps.ctx, principal, s.project_id);
      const checkpoints = await submissionsRepo.listCheckpoints(deps.ctx.db, s.id);
      const reports = await submissionsRepo.listDeviationReports(deps.ctx.db, s.id);
      return {
        ...submissionView(s),
        project: {
          id: project.id,
          title: project.title,
          systemName: project.system_name,
          phase: project.phase,
        },
        hasReport: s.controlled_at !== null,
        checkpoints: summarizeCheckpoints(checkpoints),
        deviationReports: reports.map((r) => ({
          id: r.id,
          createdAt: r.created_at,
          createdBy: r.created_by,
        })),
      };
    },
  );

  app.get(
    '/submissions/:id/report',
    {
      schema: {
        tags,
        summary: 'The control report: JSON (as `samarkiv validate --format json`) or ?format=html',
        params: z.object({ id: z.string() }),
        querystring: z.object({ format: z.enum(['json', 'html']).optional() }),
      },
    },
    async (request, reply) => {
      const report = await submissionReport(deps.ctx, principalOf(request), request.params.id);
      if (!report)
        throw archiveError(
          'ARC_ERR_NOT_FOUND',
          `control report of ${request.params.id} (not controlled yet)`,
        );
      if (request.query.format === 'html')
        return reply.type('text/html; charset=utf-8').send(renderHtmlReport(report));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(report));
    },
  );
}
