/**
 * Approval of a delivery (leveransgodkännande): a person holding 'approval:sign' for the
 * municipality approves a controlled submission with no errors and no open or deviating
 * checkpoint. The archive signs a detached JWS over the approval payload (core/approval/payload),
 * and ONE transaction stores the approval, marks the submission approved, moves the project to
 * phase `approved` and enqueues the ingest job — all of it or none of it.
 */
import { randomUUID } from 'node:crypto';
import { archiveError } from '../../core/errors.ts';
import { ROLE_PERMISSIONS, type Principal } from '../../core/access/roles.ts';
import {
  APPROVAL_PAYLOAD_TYPE,
  APPROVAL_PAYLOAD_VERSION,
  manifestBytes,
  payloadBytes,
  type ApprovalBundle,
  type ApprovalPayload,
  type ManifestFile,
} from '../../core/approval/payload.ts';
import type { ValidationReport } from '../../core/validation/report.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { PublicJwk, Signer } from '../../ports/signer.ts';
import * as approvals from '../../repositories/approvals.ts';
import { enqueueJob } from '../../repositories/jobs.ts';
import * as projects from '../../repositories/projects.ts';
import * as submissions from '../../repositories/submissions.ts';
import { getTenant, listRecordsCreators } from '../../repositories/tenants.ts';
import { hasPermission, requirePermission } from './access.ts';
import { manifestFromReport, manifestFromSource, sha256Hex } from './approval-manifest.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { movePhase } from './projects.ts';

export const INGEST_JOB = 'ingest';

export interface ApprovalDeps {
  readonly signer: Signer;
  /** The submission's package as a local path, for a manifest when the report has no file list. */
  readonly packagePath?: (submission: submissions.SubmissionRow) => Promise<string | null>;
  readonly openSource?: (path: string) => Promise<PackageSource>;
}

export interface ApprovalView {
  readonly id: string;
  readonly submissionId: string;
  readonly approvedBy: string;
  readonly approvedAt: string;
  readonly manifestSha256: string;
  readonly reportSha256: string;
  readonly keyId: string;
  readonly jws: string;
  readonly payload: ApprovalPayload;
}

interface Loaded {
  readonly submission: submissions.SubmissionRow;
  readonly project: projects.ProjectRow;
}

/** The submission and its project, if `reader` may see the delivery (else "not found"). */
async function loadVisible(ctx: ServiceContext, reader: Principal, submissionId: string): Promise<Loaded> {
  const submission = await submissions.getSubmission(ctx.db, submissionId);
  const visible =
    submission &&
    (hasPermission(ctx, reader, 'project:read', submission.tenant_id) ||
      hasPermission(ctx, reader, 'aip:read', submission.tenant_id) ||
      hasPermission(ctx, reader, 'approval:sign', submission.tenant_id));
  const project = submission && (await projects.getProject(ctx.db, submission.project_id));
  if (!submission || !visible || !project)
    throw archiveError('ARC_ERR_NOT_FOUND', `submission ${submissionId}`);
  return { submission, project };
}

/** What still stands between the submission and an approval; empty when it may be approved. */
export async function remainingForApproval(ctx: ServiceContext, loaded: Loaded): Promise<string[]> {
  const { submission, project } = loaded;
  const remaining: string[] = [];
  if (submission.state !== 'controlled')
    remaining.push(`submission state is '${submission.state}' (must be 'controlled')`);
  if (!submission.report) remaining.push('no control report');
  if ((submission.error_count ?? 0) > 0)
    remaining.push(`control report has ${submission.error_count} errors`);
  for (const c of await submissions.listCheckpoints(ctx.db, submission.id)) {
    if (c.state === 'open' || c.state === 'deviation')
      remaining.push(`checkpoint ${c.item_key} is ${c.state}`);
  }
  if (project.phase !== 'delivery-control')
    remaining.push(`project phase is '${project.phase}' (must be 'delivery-control')`);
  return remaining;
}

/** The role the approver signs in: a grant in the municipality itself before a consortium grant. */
function signingRole(ctx: ServiceContext, actor: Principal, tenantId: string): string {
  const grants = actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes('approval:sign'));
  const own =
    grants.find((g) => g.tenantId === tenantId) ?? grants.find((g) => g.tenantId === ctx.consortiumId);
  return own?.role ?? 'unknown';
}

async function manifestOf(
  deps: ApprovalDeps,
  submission: submissions.SubmissionRow,
  report: ValidationReport,
): Promise<ManifestFile[]> {
  const fromReport = manifestFromReport(report);
  if (fromReport) return fromReport;
  const path = deps.packagePath ? await deps.packagePath(submission) : null;
  if (!path || !deps.openSource)
    throw archiveError(
      'ARC_ERR_APPROVAL_NOT_READY',
      'the report has no file list and the package is not at hand',
    );
  const source = await deps.openSource(path);
  try {
    return await manifestFromSource(source);
  } finally {
    await source.close();
  }
}

async function buildPayload(
  ctx: ServiceContext,
  deps: ApprovalDeps,
  actor: Principal,
  { submission, project }: Loaded,
): Promise<ApprovalPayload> {
  const reportText = submission.report ?? '';
  const report = JSON.parse(reportText) as ValidationReport;
  const files = await manifestOf(deps, submission, report);
  const tenant = await getTenant(ctx.db, submission.tenant_id);
  const creator = project.records_creator_id
    ? (await listRecordsCreators(ctx.db, project.tenant_id)).find((r) => r.id === project.records_creator_id)
    : undefined;
  const checkpoints = await submissions.listCheckpoints(ctx.db, submission.id);
  return {
    type: APPROVAL_PAYLOAD_TYPE,
    version: APPROVAL_PAYLOAD_VERSION,
    approvalId: randomUUID(),
    submission: { id: submission.id, version: submission.version },
    project: {
      id: project.id,
      title: project.title,
      systemName: project.system_name,
      agreementRef: project.agreement_ref,
    },
    municipality: { id: submission.tenant_id, name: tenant?.name ?? submission.tenant_id },
    recordsCreator: creator ? { id: creator.id, name: creator.name } : null,
    package: {
      fileName: submission.file_name,
      objid: report.objid ?? null,
      size: submission.size,
      sha256: submission.sha256,
    },
    manifest: {
      sha256: sha256Hex(manifestBytes(files)),
      fileCount: files.length,
      bytes: files.reduce((n, f) => n + f.size, 0),
      files,
    },
    report: {
      sha256: sha256Hex(reportText),
      profile: report.profile ?? null,
      checkedAt: report.checkedAt ?? null,
      errors: report.summary?.errors ?? submission.error_count ?? 0,
      warnings: report.summary?.warnings ?? submission.warning_count ?? 0,
    },
    checkpoints: checkpoints.map((c) => ({
      key: c.item_key,
      label: c.label_sv,
      state: c.state,
      setBy: c.set_by,
      setAt: c.set_at,
      comment: c.comment,
    })),
    approvedBy: {
      userId: actor.userId,
      name: actor.displayName,
      role: signingRole(ctx, actor, submission.tenant_id),
    },
    approvedAt: nowIso(ctx),
    keyId: deps.signer.publicKey.kid,
  };
}

/** Signs and records the approval; refuses with a coded error listing what remains. */
export async function approveSubmission(
  ctx: ServiceContext,
  deps: ApprovalDeps,
  actor: Principal,
  submissionId: string,
): Promise<ApprovalView> {
  const loaded = await loadVisible(ctx, actor, submissionId);
  requirePermission(ctx, actor, 'approval:sign', loaded.submission.tenant_id);
  const existing = await approvals.approvalOfSubmission(ctx.db, submissionId);
  if (existing) throw archiveError('ARC_ERR_APPROVAL_EXISTS', existing.id);
  const remaining = await remainingForApproval(ctx, loaded);
  if (remaining.length > 0) throw archiveError('ARC_ERR_APPROVAL_NOT_READY', remaining.join('; '));

  const payload = await buildPayload(ctx, deps, actor, loaded);
  const bytes = payloadBytes(payload);
  const jws = await deps.signer.signDetached(bytes);
  const row: approvals.ApprovalRow = {
    id: payload.approvalId,
    submission_id: submissionId,
    approved_by: actor.userId,
    approved_at: payload.approvedAt,
    manifest_sha256: payload.manifest.sha256,
    report_sha256: payload.report.sha256,
    key_id: payload.keyId,
    jws,
    payload: new TextDecoder().decode(bytes),
  };
  await inTransaction(ctx, async (trx) => {
    // The state guard makes a concurrent second approval (or a new control run) lose cleanly.
    if (!(await approvals.markApproved(trx, submissionId)))
      throw archiveError('ARC_ERR_CONFLICT', `submission ${submissionId} changed while it was approved`);
    await approvals.insertApproval(trx, row);
    await movePhase(
      ctx,
      actor,
      loaded.project,
      { to: 'approved', reason: 'leveransgodkännande' },
      {
        viaApproval: true,
        trx,
      },
    );
    await audit(
      trx,
      ctx,
      actor,
      loaded.submission.tenant_id,
      'submission.approve',
      'submission',
      submissionId,
      {
        approvalId: row.id,
        keyId: row.key_id,
        manifestSha256: row.manifest_sha256,
        reportSha256: row.report_sha256,
      },
    );
    await enqueueJob(trx, INGEST_JOB, { submissionId }, payload.approvedAt);
  });
  return viewOf(row);
}

function viewOf(row: approvals.ApprovalRow): ApprovalView {
  if (!row.payload) throw archiveError('ARC_ERR_INTERNAL', `approval ${row.id} has no payload`);
  return {
    id: row.id,
    submissionId: row.submission_id,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    manifestSha256: row.manifest_sha256,
    reportSha256: row.report_sha256,
    keyId: row.key_id,
    jws: row.jws,
    payload: JSON.parse(row.payload) as ApprovalPayload,
  };
}

export interface ApprovalRecord {
  readonly approval: ApprovalView;
  readonly submission: submissions.SubmissionRow;
  readonly project: projects.ProjectRow;
}

/** The approval of a submission, for whoever may see the delivery. */
export async function getApproval(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<ApprovalRecord> {
  const loaded = await loadVisible(ctx, reader, submissionId);
  const row = await approvals.approvalOfSubmission(ctx.db, submissionId);
  if (!row) throw archiveError('ARC_ERR_NOT_FOUND', `approval of submission ${submissionId}`);
  return { approval: viewOf(row), ...loaded };
}

/** The file `samarkiv verify-approval` checks: JWS, payload and the signer's public key. */
export async function approvalBundle(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<ApprovalBundle> {
  const { approval } = await getApproval(ctx, reader, submissionId);
  const key = await approvals.getSigningKey(ctx.db, approval.keyId);
  return {
    format: 'samarkiv-approval-bundle',
    formatVersion: 1,
    jws: approval.jws,
    payload: approval.payload,
    ...(key ? { publicKey: JSON.parse(key.public_jwk) as Record<string, unknown> } : {}),
  };
}

/** The control report exactly as stored and signed (its bytes are what report.sha256 covers). */
export async function approvedReport(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<string> {
  const { submission } = await getApproval(ctx, reader, submissionId);
  return submission.report ?? '';
}

/** Registers the signer's public key so its approvals stay verifiable after rotation. */
export async function registerSigner(ctx: ServiceContext, signer: Signer): Promise<void> {
  await approvals.registerSigningKey(ctx.db, {
    id: signer.publicKey.kid,
    public_jwk: JSON.stringify(signer.publicKey),
    created_at: nowIso(ctx),
    algorithm: signer.publicKey.alg,
  });
}

/** A public signing key by its id (kid); public, no login. */
export async function publicSigningKey(
  ctx: ServiceContext,
  kid: string,
): Promise<PublicJwk & { createdAt: string }> {
  const row = await approvals.getSigningKey(ctx.db, kid);
  if (!row) throw archiveError('ARC_ERR_NOT_FOUND', `signing key ${kid}`);
  return { ...(JSON.parse(row.public_jwk) as PublicJwk), createdAt: row.created_at };
}

export async function publicSigningKeys(ctx: ServiceContext): Promise<(PublicJwk & { createdAt: string })[]> {
  return (await approvals.listSigningKeys(ctx.db)).map((row) => ({
    ...(JSON.parse(row.public_jwk) as PublicJwk),
    createdAt: row.created_at,
  }));
}
