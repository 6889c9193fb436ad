/** The checkpoints of a submission's delivery control, with what remains at a glance; setting one. */
import { z } from 'zod';
import { CHECKPOINT_STATES } from '../../core/delivery/checklist.ts';
import { WAITING_PARTIES } from '../../core/delivery/phases.ts';
import { setCheckpoint, submissionCheckpoints } from '../../services/server/checklist.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export const checkpointStateSchema = z.enum(CHECKPOINT_STATES as unknown as [string, ...string[]]);

export const checkpointSchema = z.object({
  id: z.string(),
  key: z.string().describe('K01 … from the checklist template'),
  position: z.number(),
  labelSv: z.string(),
  labelEn: z.string(),
  mode: z
    .enum(['A', 'M', 'A+M'])
    .nullable()
    .describe('A = automatic, M = manual, A+M = evidence from the report, closed by a person'),
  requirements: z
    .array(z.string())
    .describe('Requirement IDs (or prefixes ending in *) that decide an automatic checkpoint'),
  state: checkpointStateSchema,
  automatic: z.boolean().describe('Set by samarkiv from the control report (setBy = "samarkiv")'),
  setBy: z.string().nullable().describe('User id, or "samarkiv" for an automatic verdict'),
  setAt: z.string().nullable(),
  comment: z.string().nullable(),
  owner: z.enum(WAITING_PARTIES).nullable().describe('For a deviation: whom it waits for'),
  dueDate: z.string().nullable().describe('For a deviation: by when (YYYY-MM-DD)'),
});

export const checkpointSummarySchema = z.object({
  total: z.number(),
  open: z.number(),
  ok: z.number(),
  deviation: z.number(),
  notApplicable: z.number(),
  done: z.boolean().describe('Nothing open and nothing in deviation'),
  remaining: z
    .array(
      z.object({ key: z.string(), labelSv: z.string(), labelEn: z.string(), state: checkpointStateSchema }),
    )
    .describe('Checkpoints still open or in deviation, in template order'),
});

export async function checkpointRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/submissions/:id/checkpoints',
    {
      schema: {
        tags: ['delivery control'],
        summary: 'Checkpoints of a submission, with what remains at a glance',
        params: z.object({ id: z.string() }),
        response: { 200: z.object({ summary: checkpointSummarySchema, items: z.array(checkpointSchema) }) },
      },
    },
    async (request) => submissionCheckpoints(deps.ctx, principalOf(request), request.params.id),
  );

  app.patch(
    '/submissions/:id/checkpoints/:key',
    {
      schema: {
        tags: ['delivery control'],
        summary: 'Set a checkpoint (deviation and not-applicable need a comment)',
        params: z.object({ id: z.string(), key: z.string() }),
        body: z.object({
          state: checkpointStateSchema,
          comment: z.string().max(4000).nullish(),
          owner: z.enum(WAITING_PARTIES).nullish(),
          dueDate: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .nullish(),
        }),
        response: { 200: checkpointSchema },
      },
    },
    async (request) =>
      setCheckpoint(deps.ctx, principalOf(request), request.params.id, request.params.key, {
        state: request.body.state as (typeof CHECKPOINT_STATES)[number],
        comment: request.body.comment ?? null,
        owner: request.body.owner ?? null,
        dueDate: request.body.dueDate ?? null,
      }),
  );
}
