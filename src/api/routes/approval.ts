/**
 * Approval (leveransgodkännande): sign, read, and the bundle `samarkiv verify-approval` checks,
 * with the control report exactly as signed.
 */
import { z } from 'zod';
import {
  approvalBundle,
  approvedReport,
  approveSubmission,
  getApproval,
  type ApprovalDeps,
  type ApprovalView,
} from '../../services/server/approval.ts';
import type { App } from '../app.ts';
import { asDownload } from '../download.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const params = z.object({ id: z.string().min(1).max(100) });

// The payload is documented in docs/approval.md; the schema keeps it open so that the response
// is the signed object itself, key for key.
const approvalSchema = z.object({
  id: z.string(),
  submissionId: z.string(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  manifestSha256: z.string(),
  reportSha256: z.string(),
  keyId: z.string(),
  jws: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

const view = (a: ApprovalView): z.infer<typeof approvalSchema> => ({
  ...a,
  payload: a.payload as unknown as Record<string, unknown>,
});

export async function approvalRoutes(app: App, deps: ApiDeps, approval: ApprovalDeps): Promise<void> {
  app.post(
    '/submissions/:id/approval',
    {
      schema: {
        tags: ['approval'],
        summary: 'Approve a controlled submission (leveransgodkännande), signed by the archive',
        params,
        response: { 201: approvalSchema },
      },
    },
    async (request, reply) => {
      const result = await approveSubmission(deps.ctx, approval, principalOf(request), request.params.id);
      reply.status(201);
      return view(result);
    },
  );

  app.get(
    '/submissions/:id/approval',
    {
      schema: {
        tags: ['approval'],
        summary: 'The approval of a submission with its JWS and signed payload',
        params,
        response: { 200: approvalSchema },
      },
    },
    async (request) => view((await getApproval(deps.ctx, principalOf(request), request.params.id)).approval),
  );

  app.get(
    '/submissions/:id/approval/bundle',
    {
      schema: {
        tags: ['approval'],
        summary: 'The file `samarkiv verify-approval` checks (JWS, payload, public key)',
        params,
      },
    },
    async (request, reply) => {
      const bundle = await approvalBundle(deps.ctx, principalOf(request), request.params.id);
      asDownload(reply, JSON_TYPE, `godkannande-${bundle.payload.approvalId}.json`);
      return JSON.stringify(bundle, null, 2) + '\n';
    },
  );

  app.get(
    '/submissions/:id/approval/report.json',
    {
      schema: {
        tags: ['approval'],
        summary: 'The control report exactly as signed (its SHA-256 is in the approval)',
        params,
      },
    },
    async (request, reply) => {
      const text = await approvedReport(deps.ctx, principalOf(request), request.params.id);
      asDownload(reply, JSON_TYPE, 'kontrollrapport.json');
      return Buffer.from(text, 'utf8');
    },
  );
}
