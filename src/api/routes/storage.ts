/**
 * Storage operations: a fixity audit enqueued as a durable job (storage:audit), and the state of
 * such a job. The audit itself runs in a worker (services/server/storage-audit.ts).
 */
import { z } from 'zod';
import { archiveError } from '../../core/errors.ts';
import { parseDuration } from '../../core/duration.ts';
import { requirePermission } from '../../services/server/access.ts';
import { audit, inTransaction, nowIso } from '../../services/server/context.ts';
import { STORAGE_AUDIT_JOB } from '../../services/server/storage-audit.ts';
import { enqueueJob } from '../../repositories/jobs.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export const storageAuditRequest = z.object({
  aipId: z.string().optional().describe('Only this AIP'),
  tenantId: z.string().optional().describe("Only this municipality's AIPs"),
  sample: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('At most this many AIPs, checked longest ago first'),
  olderThan: z
    .string()
    .optional()
    .describe('Only AIPs with a copy not checked for this long (30m, 12h, 30d)'),
});

export type StorageAuditPayload = z.infer<typeof storageAuditRequest> & { requestedBy?: string };

const jobView = z.object({
  jobId: z.number(),
  kind: z.string(),
  state: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export async function storageRoutes(app: App, deps: ApiDeps): Promise<void> {
  const tags = ['storage'];
  const { ctx } = deps;

  /** The tenant the request covers: the AIP's, the one named, or the whole consortium. */
  async function scopeTenant(body: z.infer<typeof storageAuditRequest>): Promise<string> {
    if (body.aipId) {
      const aip = await ctx.db
        .selectFrom('aips')
        .select('tenant_id')
        .where('id', '=', body.aipId)
        .executeTakeFirst();
      if (!aip) throw archiveError('ARC_ERR_NOT_FOUND', `AIP ${body.aipId}`);
      return aip.tenant_id;
    }
    return body.tenantId ?? ctx.consortiumId;
  }

  app.post(
    '/storage/audit',
    {
      schema: {
        tags,
        summary:
          'Queue a fixity audit (storage:audit): every copy of the chosen AIPs is read and compared with its checksums; a PREMIS fixity-check event is recorded per AIP',
        body: storageAuditRequest,
        response: { 202: z.object({ jobId: z.number(), kind: z.string() }) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      if (body.olderThan) parseDuration(body.olderThan); // refused now, not in the worker
      const tenant = await scopeTenant(body);
      try {
        requirePermission(ctx, principal, 'storage:audit', tenant);
      } catch (e) {
        // Another tenant's AIP is not disclosed.
        if (body.aipId) throw archiveError('ARC_ERR_NOT_FOUND', `AIP ${body.aipId}`);
        throw e;
      }
      const payload: StorageAuditPayload = { ...body, requestedBy: principal.userId };
      const jobId = await inTransaction(ctx, async (trx) => {
        const id = await enqueueJob(trx, STORAGE_AUDIT_JOB, payload, nowIso(ctx), { maxAttempts: 3 });
        await audit(
          trx,
          ctx,
          principal,
          body.tenantId ?? null,
          'storage.audit-requested',
          'job',
          String(id),
          body,
        );
        return id;
      });
      return reply.code(202).send({ jobId, kind: STORAGE_AUDIT_JOB });
    },
  );

  app.get(
    '/storage/jobs/:id',
    {
      schema: {
        tags,
        summary: 'State of a storage job (storage:audit): queued, running, done or failed',
        params: z.object({ id: z.coerce.number().int() }),
        response: { 200: jobView },
      },
    },
    async (request) => {
      requirePermission(ctx, principalOf(request), 'storage:audit', ctx.consortiumId);
      const job = await ctx.db
        .selectFrom('jobs')
        .selectAll()
        .where('id', '=', request.params.id)
        .where('kind', 'like', 'storage-%')
        .executeTakeFirst();
      if (!job) throw archiveError('ARC_ERR_NOT_FOUND', `job ${request.params.id}`);
      return {
        jobId: Number(job.id),
        kind: job.kind,
        state: job.state,
        attempts: Number(job.attempts),
        lastError: job.last_error ?? null,
        createdAt: job.created_at,
        finishedAt: job.finished_at ?? null,
      };
    },
  );
}
