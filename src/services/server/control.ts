/**
 * The `control` job: delivery control of one received submission. Runs every check of the package
 * engine (structure and content, clamd when configured) on the package in quarantine, then in ONE
 * transaction stores the report, creates the checkpoints of the current checklist template with the
 * automatic ones decided, marks the submission `controlled` and moves the project to
 * delivery-control. A submission is never `controlled` without its report.
 *
 * Idempotent: a job that runs again (a worker died, a retry) finds the submission controlled and
 * does nothing, or controls it from the start. A control that throws marks the submission
 * `failed` with ARC_ERR_CONTROL_FAILED and rethrows, so that the worker retries with back-off.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveError, isArchiveError } from '../../core/errors.ts';
import type { Db } from '../../adapters/db/schema.ts';
import type { ValidationReport } from '../../core/validation/report.ts';
import type { JobContext } from '../../jobs/handlers.ts';
import * as projects from '../../repositories/projects.ts';
import * as submissions from '../../repositories/submissions.ts';
import { validatePackage, type ValidatePackageDeps } from '../validate-package.ts';
import { checkpointRows, ensureTemplate } from './checklist.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { movePhase } from './projects.ts';
import { failureOf, packagePathOf, parseFailure, quarantineFolder } from './submissions.ts';

export interface ControlDeps {
  readonly dataDir: string;
  /** The package engine's dependencies, with every temporary file kept under `workDir`. */
  validateDeps(workDir: string): Promise<ValidatePackageDeps>;
}

/** The lease is renewed at most this often during a long validation. */
const HEARTBEAT_MS = 30_000;

function submissionIdOf(payload: unknown): string {
  const id = (payload as { submissionId?: unknown } | null)?.submissionId;
  if (typeof id !== 'string') throw new Error('control job without submissionId');
  return id;
}

/** Received, or failed by an earlier control attempt (not by its upload). */
function awaitsControl(row: submissions.SubmissionSummaryRow): boolean {
  if (row.state === 'received') return true;
  return row.state === 'failed' && parseFailure(row.failure)?.code === 'ARC_ERR_CONTROL_FAILED';
}

export async function runControl(
  ctx: ServiceContext,
  deps: ControlDeps,
  payload: unknown,
  job: Pick<JobContext, 'heartbeat'>,
): Promise<void> {
  const id = submissionIdOf(payload);
  const row = await submissions.getSubmissionSummary(ctx.db, id);
  const workDir = join(quarantineFolder(deps.dataDir, id), 'work');
  if (!row || !awaitsControl(row)) {
    // Already controlled, superseded before control began, or refused on upload: nothing to do,
    // except the work folder of a run killed after its report was stored, before its clean-up.
    await rm(workDir, { recursive: true, force: true });
    return;
  }
  try {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    const report = await validate(deps, row, workDir, job);
    await inTransaction(ctx, (trx) => storeControl(trx, ctx, id, report));
  } catch (e) {
    await markFailed(ctx, row, e);
    throw e;
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function validate(
  deps: ControlDeps,
  row: submissions.SubmissionSummaryRow,
  workDir: string,
  job: Pick<JobContext, 'heartbeat'>,
): Promise<ValidationReport> {
  let last = Date.now();
  const report = await validatePackage(await deps.validateDeps(workDir), packagePathOf(deps.dataDir, row), {
    lang: 'sv',
    open: { quarantineDir: workDir },
    onProgress: () => {
      if (Date.now() - last < HEARTBEAT_MS) return;
      last = Date.now();
      job.heartbeat().catch(() => undefined);
    },
  });
  // The report names the package as the producer did, not by its path on the server.
  return { ...report, input: row.file_name };
}

/** Errors of the report: a refused package (no rule ran) counts as one. */
export function errorCountOf(report: ValidationReport): number {
  return report.summary.errors + (report.error ? 1 : 0);
}

async function storeControl(
  trx: Db,
  ctx: ServiceContext,
  id: string,
  report: ValidationReport,
): Promise<void> {
  const fresh = await submissions.getSubmissionSummary(trx, id);
  if (!fresh || !(awaitsControl(fresh) || fresh.state === 'superseded')) return;
  const now = nowIso(ctx);
  const template = await ensureTemplate(trx, now);
  await submissions.deleteCheckpoints(trx, id);
  await submissions.insertCheckpoints(trx, checkpointRows(template, id, report, now));
  // A version superseded while it was being checked keeps its report but stays superseded.
  const state = fresh.state === 'superseded' ? 'superseded' : 'controlled';
  const errors = errorCountOf(report);
  await submissions.updateSubmission(trx, id, {
    report: JSON.stringify(report),
    error_count: errors,
    warning_count: report.summary.warnings,
    controlled_at: now,
    state,
    failure: null,
    template_id: template.id,
  });
  const project = await projects.getProject(trx, fresh.project_id);
  if (state === 'controlled' && project?.phase === 'ingest') {
    await movePhase(
      ctx,
      null,
      project,
      { to: 'delivery-control', reason: `version ${fresh.version} kontrollerad`, waitingFor: 'archive' },
      { trx },
    );
  }
  await audit(trx, ctx, null, fresh.tenant_id, 'submission.control', 'submission', id, {
    version: fresh.version,
    valid: report.valid,
    errors,
    warnings: report.summary.warnings,
    refusal: report.error?.code ?? null,
    template: template.id,
  });
}

async function markFailed(
  ctx: ServiceContext,
  row: submissions.SubmissionSummaryRow,
  e: unknown,
): Promise<void> {
  const message = e instanceof Error ? e.message : String(e);
  const failure = failureOf(
    archiveError('ARC_ERR_CONTROL_FAILED', isArchiveError(e) ? `${e.code}: ${message}` : message),
  );
  await inTransaction(ctx, async (trx) => {
    const fresh = await submissions.getSubmissionSummary(trx, row.id);
    if (!fresh || !awaitsControl(fresh)) return;
    await submissions.updateSubmission(trx, row.id, { state: 'failed', failure });
    await audit(trx, ctx, null, row.tenant_id, 'submission.control-failed', 'submission', row.id, {
      version: row.version,
      error: message.slice(0, 500),
    });
  }).catch(() => undefined);
}
