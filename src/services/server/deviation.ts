/**
 * The deviation report (avvikelserapport): what the producer must correct, sent back after delivery
 * control. Made from the rules that failed in the control report (requirement ID, message, where)
 * and the checkpoints in deviation (comment, whom it waits for, by when). Creating one marks the
 * submission `returned` and moves the project back to ingest, waiting for the producer; the
 * corrected package is a new upload to the same project (version n+1).
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../core/access/roles.ts';
import type { WaitingParty } from '../../core/delivery/phases.ts';
import { archiveError } from '../../core/errors.ts';
import { formatLocation } from '../../core/validation/render/labels.ts';
import type { ReportResult, ValidationReport } from '../../core/validation/report.ts';
import * as projects from '../../repositories/projects.ts';
import * as submissions from '../../repositories/submissions.ts';
import { getTenant } from '../../repositories/tenants.ts';
import { findUserById } from '../../repositories/users.ts';
import { requirePermission } from './access.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { movePhase } from './projects.ts';
import { readableSubmission } from './submissions.ts';

export interface DeviationRule {
  readonly requirement: string;
  readonly severity: ReportResult['severity'];
  readonly title: string;
  readonly message: string;
  readonly location: string | null;
  /** Further findings of the same rule (at most 20), and how many there were in all. */
  readonly findings: { message: string; location: string | null }[];
  readonly findingsTotal: number;
}

export interface DeviationCheckpoint {
  readonly key: string;
  readonly labelSv: string;
  readonly labelEn: string;
  readonly comment: string | null;
  readonly owner: WaitingParty;
  readonly dueDate: string | null;
  readonly setBy: string | null;
  readonly setAt: string | null;
}

export interface DeviationReport {
  readonly id: string;
  readonly submissionId: string;
  readonly projectId: string;
  readonly tenantId: string;
  readonly municipality: string;
  readonly projectTitle: string;
  readonly systemName: string;
  readonly agreementRef: string | null;
  readonly version: number;
  readonly fileName: string;
  readonly sha256: string | null;
  readonly controlledAt: string | null;
  readonly createdAt: string;
  readonly createdBy: { readonly id: string; readonly name: string };
  /** Whom the delivery now waits for, and by when the corrected package is expected. */
  readonly waitingFor: WaitingParty;
  readonly dueDate: string | null;
  readonly note: string | null;
  /** The package was refused before any rule ran (unsafe or unreadable). */
  readonly refusal: { readonly code: string; readonly message: string } | null;
  readonly rules: DeviationRule[];
  readonly checkpoints: DeviationCheckpoint[];
}

export interface NewDeviationReport {
  readonly dueDate?: string | null;
  readonly waitingFor?: WaitingParty;
  readonly note?: string | null;
}

function ruleOf(r: ReportResult, lang: ValidationReport['lang']): DeviationRule {
  const where = (l: ReportResult['location']): string | null => (l ? formatLocation(l, lang) : null);
  const findings = (r.findings ?? [])
    .slice(1, 21)
    .map((f) => ({ message: f.message, location: where(f.location) }));
  return {
    requirement: r.requirement,
    severity: r.severity,
    title: r.title,
    message: r.message,
    location: where(r.location),
    findings,
    findingsTotal: r.findingsTotal ?? 1,
  };
}

/** The failed rules of a report, errors first. */
export function failedRules(report: ValidationReport): DeviationRule[] {
  const failed = report.results.filter((r) => r.status === 'failed' && r.severity !== 'INFO');
  const rank = (r: ReportResult): number => (r.severity === 'ERROR' ? 0 : 1);
  return [...failed].sort((a, b) => rank(a) - rank(b)).map((r) => ruleOf(r, report.lang));
}

export async function createDeviationReport(
  ctx: ServiceContext,
  actor: Principal,
  submissionId: string,
  input: NewDeviationReport,
): Promise<DeviationReport> {
  const visible = await readableSubmission(ctx, actor, submissionId);
  requirePermission(ctx, actor, 'deviation:write', visible.tenant_id);
  const author = await findUserById(ctx.db, actor.userId);
  const tenant = await getTenant(ctx.db, visible.tenant_id);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const submission = await submissions.getSubmission(trx, submissionId);
    const project = submission && (await projects.getProject(trx, submission.project_id));
    if (!submission || !project) throw archiveError('ARC_ERR_NOT_FOUND', `submission ${submissionId}`);
    if (submission.state !== 'controlled' || !submission.report)
      throw archiveError('ARC_ERR_SUBMISSION_STATE', submission.state, 'controlled');
    const report = JSON.parse(submission.report) as ValidationReport;
    const waitingFor = input.waitingFor ?? 'producer';
    const checkpoints = (await submissions.listCheckpoints(trx, submissionId))
      .filter((c) => c.state === 'deviation')
      .map((c) => ({
        key: c.item_key,
        labelSv: c.label_sv,
        labelEn: c.label_en,
        comment: c.comment,
        owner: (c.owner as WaitingParty | null) ?? waitingFor,
        dueDate: c.due_date ?? input.dueDate ?? null,
        setBy: c.set_by,
        setAt: c.set_at,
      }));
    const rules = failedRules(report);
    const refusal = report.error ? { code: report.error.code, message: report.error.message } : null;
    if (checkpoints.length === 0 && !rules.some((r) => r.severity === 'ERROR') && !refusal) {
      throw archiveError('ARC_ERR_DEVIATION_EMPTY');
    }
    const body: DeviationReport = {
      id: randomUUID(),
      submissionId,
      projectId: project.id,
      tenantId: project.tenant_id,
      municipality: tenant?.name ?? project.tenant_id,
      projectTitle: project.title,
      systemName: project.system_name,
      agreementRef: project.agreement_ref,
      version: submission.version,
      fileName: submission.file_name,
      sha256: submission.sha256,
      controlledAt: submission.controlled_at,
      createdAt: now,
      createdBy: { id: actor.userId, name: author?.display_name ?? actor.displayName },
      waitingFor,
      dueDate: input.dueDate ?? null,
      note: input.note?.trim() || null,
      refusal,
      rules,
      checkpoints,
    };
    await submissions.insertDeviationReport(trx, {
      id: body.id,
      submission_id: submissionId,
      created_by: actor.userId,
      created_at: now,
      body: JSON.stringify(body),
    });
    await submissions.updateSubmission(trx, submissionId, { state: 'returned' });
    if (project.phase === 'delivery-control') {
      await movePhase(
        ctx,
        actor,
        project,
        { to: 'ingest', reason: `avvikelserapport för version ${submission.version}`, waitingFor },
        { trx },
      );
    }
    await audit(trx, ctx, actor, project.tenant_id, 'deviation.create', 'deviation_report', body.id, {
      submissionId,
      version: submission.version,
      rules: rules.length,
      checkpoints: checkpoints.map((c) => c.key),
      dueDate: body.dueDate,
    });
    return body;
  });
}

export async function deviationReportsOf(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<DeviationReport[]> {
  await readableSubmission(ctx, reader, submissionId);
  const rows = await submissions.listDeviationReports(ctx.db, submissionId);
  return rows.map((r) => JSON.parse(r.body) as DeviationReport);
}

export async function deviationReport(
  ctx: ServiceContext,
  reader: Principal,
  id: string,
): Promise<DeviationReport> {
  const row = await submissions.getDeviationReport(ctx.db, id);
  if (!row) throw archiveError('ARC_ERR_NOT_FOUND', `deviation report ${id}`);
  // Not found rather than forbidden for another tenant's report.
  await readableSubmission(ctx, reader, row.submission_id).catch(() => {
    throw archiveError('ARC_ERR_NOT_FOUND', `deviation report ${id}`);
  });
  return JSON.parse(row.body) as DeviationReport;
}
