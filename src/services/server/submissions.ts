/**
 * Submissions (leveransversioner): every package uploaded to a delivery project is a new version;
 * earlier versions are kept (superseded) so that the history of a delivery stays readable.
 *
 * States: `received` (upload complete and checksum verified, control queued) → `controlled`
 * (report and checkpoints stored) → `returned` (a deviation report went back to the producer) or
 * approved by the approval service; `superseded` when a newer version arrived; `failed` with a
 * coded error (checksum mismatch, or a control that could not run and is being retried).
 */
import { join, resolve } from 'node:path';
import type { Principal } from '../../core/access/roles.ts';
import { archiveError, type ArchiveError } from '../../core/errors.ts';
import type { ValidationReport } from '../../core/validation/report.ts';
import { enqueueJob } from '../../repositories/jobs.ts';
import * as submissions from '../../repositories/submissions.ts';
import { hasPermission, requirePermission } from './access.ts';
import { INGEST_JOB } from './approval.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { getProject } from './projects.ts';

export const SUBMISSION_STATES = [
  'received',
  'controlled',
  'returned',
  'superseded',
  'failed',
  'approved',
] as const;

/** Versions a newer upload supersedes (approved or failed ones keep their state). */
export const SUPERSEDABLE_STATES = ['received', 'controlled', 'returned'] as const;

/** A stored coded failure (`submissions.failure`). */
export interface SubmissionFailure {
  readonly code: string;
  readonly message: string;
  readonly message_sv: string;
  readonly detail?: string;
}

export function failureOf(e: ArchiveError, detail?: string): string {
  const failure: SubmissionFailure = {
    code: e.code,
    message: e.message,
    message_sv: e.localized('sv'),
    ...(detail ? { detail } : {}),
  };
  return JSON.stringify(failure);
}

export function parseFailure(text: string | null): SubmissionFailure | null {
  if (!text) return null;
  const f = JSON.parse(text) as Partial<SubmissionFailure> & { code: string; message: string };
  // Ingest failures stored before they had the Swedish message (the API requires it).
  return { ...f, message_sv: f.message_sv ?? f.message };
}

/** Every byte of an upload stays in this folder until the AIP is written. */
export function quarantineFolder(dataDir: string, submissionId: string): string {
  return join(resolve(dataDir), 'quarantine', submissionId);
}

/** The blob key of a submission's package, relative to the data folder. */
export function blobKeyOf(submissionId: string): string {
  return `quarantine/${submissionId}/package`;
}

/** The package file of a submission as a local path (for control, approval and ingest). */
export function packagePathOf(
  dataDir: string,
  submission: Pick<submissions.SubmissionRow, 'id' | 'blob_key'>,
): string {
  return resolve(dataDir, submission.blob_key ?? blobKeyOf(submission.id));
}

/** The submission if `reader` may see its delivery project; another tenant's is "not found". */
export async function readableSubmission(
  ctx: ServiceContext,
  reader: Principal,
  id: string,
): Promise<submissions.SubmissionSummaryRow> {
  const row = await submissions.getSubmissionSummary(ctx.db, id);
  if (!row || !hasPermission(ctx, reader, 'project:read', row.tenant_id)) {
    throw archiveError('ARC_ERR_NOT_FOUND', `submission ${id}`);
  }
  return row;
}

/** All versions of a project, newest first. */
export async function projectSubmissions(
  ctx: ServiceContext,
  reader: Principal,
  projectId: string,
): Promise<submissions.SubmissionSummaryRow[]> {
  await getProject(ctx, reader, projectId);
  return submissions.listSubmissions(ctx.db, projectId);
}

/** The stored control report, or null while control has not finished. */
export async function submissionReport(
  ctx: ServiceContext,
  reader: Principal,
  id: string,
): Promise<ValidationReport | null> {
  await readableSubmission(ctx, reader, id);
  const row = await submissions.getSubmission(ctx.db, id);
  return row?.report ? (JSON.parse(row.report) as ValidationReport) : null;
}

/**
 * A way back after a full disk: an ingest that failed with ARC_ERR_STORAGE_FULL goes back to
 * `approved` and its 'ingest' job is enqueued again in the same transaction (the job is idempotent:
 * it first removes whatever an earlier attempt left). Needs approval:sign in the submission's
 * municipality; any other state or failure is ARC_ERR_INGEST_RETRY.
 */
export async function retryIngest(
  ctx: ServiceContext,
  actor: Principal,
  id: string,
): Promise<submissions.SubmissionSummaryRow> {
  const visible = await readableSubmission(ctx, actor, id);
  requirePermission(ctx, actor, 'approval:sign', visible.tenant_id);
  await inTransaction(ctx, async (trx) => {
    const row = await submissions.getSubmission(trx, id);
    const failure = parseFailure(row?.failure ?? null);
    if (row?.state !== 'failed' || failure?.code !== 'ARC_ERR_STORAGE_FULL') {
      throw archiveError('ARC_ERR_INGEST_RETRY', id, failure?.code ?? row?.state ?? 'missing');
    }
    await submissions.updateSubmission(trx, id, { state: 'approved', failure: null });
    await enqueueJob(trx, INGEST_JOB, { submissionId: id }, nowIso(ctx));
    await audit(trx, ctx, actor, row.tenant_id, 'submission.retry-ingest', 'submission', id, {
      previousFailure: failure,
    });
  });
  return (await submissions.getSubmissionSummary(ctx.db, id)) as submissions.SubmissionSummaryRow;
}
