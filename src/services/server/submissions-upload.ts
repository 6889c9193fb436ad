/**
 * Receiving a package: who may start an upload to which project, and what happens when its last
 * byte has arrived. The transport (tus, resumable) lives in adapters/upload; this is the policy.
 *
 * On completion the file is hashed and compared with the producer's SHA-256. A mismatch leaves a
 * `failed` version with ARC_ERR_UPLOAD_CHECKSUM and nothing else. A match does, in ONE
 * transaction: the new version (earlier ones superseded), the project's move to ingest, the
 * `control` job and the audit entry.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { statfs } from 'node:fs/promises';
import type { Principal } from '../../core/access/roles.ts';
import type { Phase } from '../../core/delivery/phases.ts';
import { archiveError, isArchiveError, type ArchiveError } from '../../core/errors.ts';
import type { Db } from '../../adapters/db/schema.ts';
import { enqueueJob } from '../../repositories/jobs.ts';
import * as projects from '../../repositories/projects.ts';
import * as submissions from '../../repositories/submissions.ts';
import { requirePermission } from './access.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';
import { getProject, movePhase } from './projects.ts';
import { blobKeyOf, failureOf, parseFailure, SUPERSEDABLE_STATES } from './submissions.ts';

export const CONTROL_JOB = 'control';

/** Phases in which a project accepts a package. */
const ACCEPTING: readonly Phase[] = ['preparation', 'test-delivery', 'ingest', 'delivery-control'];
/** Phases a received package moves the project out of, into ingest. */
const BEFORE_INGEST: readonly Phase[] = ['preparation', 'test-delivery'];

/** What the producer sends with an upload (tus Upload-Metadata). */
export interface UploadMetadata {
  readonly projectId: string;
  readonly fileName: string;
  /** The producer's SHA-256 of the whole package, lower-case hex. */
  readonly sha256: string;
}

/** A file name with no folder part and no control characters (it is only ever shown, never a path). */
function isPlainName(name: string): boolean {
  return ![...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20);
}

export function parseUploadMetadata(
  meta: Readonly<Record<string, string | null>> | undefined,
): UploadMetadata {
  const projectId = meta?.['projectId'];
  const fileName = meta?.['filename'] ?? meta?.['fileName'];
  const sha256 = meta?.['sha256']?.toLowerCase();
  if (!projectId) throw archiveError('ARC_ERR_UPLOAD_METADATA', 'projectId is missing');
  if (!fileName || fileName.length > 255 || !isPlainName(fileName))
    throw archiveError('ARC_ERR_UPLOAD_METADATA', 'filename is missing or not a plain file name');
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256))
    throw archiveError(
      'ARC_ERR_UPLOAD_METADATA',
      'sha256 (the producer’s checksum, 64 hex digits) is missing',
    );
  return { projectId, fileName, sha256 };
}

/** May `principal` upload to this project now? Returns the project; throws a coded refusal. */
export async function authorizeUpload(
  ctx: ServiceContext,
  principal: Principal,
  projectId: string,
): Promise<projects.ProjectRow> {
  const project = await requireUploadAccess(ctx, principal, projectId);
  if (!ACCEPTING.includes(project.phase as Phase)) throw archiveError('ARC_ERR_UPLOAD_PHASE', project.phase);
  return project;
}

/** The project if `principal` may upload to it, whatever its phase (resuming, finishing). */
export async function requireUploadAccess(
  ctx: ServiceContext,
  principal: Principal,
  projectId: string,
): Promise<projects.ProjectRow> {
  const project = await getProject(ctx, principal, projectId);
  requirePermission(ctx, principal, 'submission:upload', project.tenant_id);
  return project;
}

/** Refuses an upload that cannot fit on the quarantine's file system (with 1 GiB to spare). */
export async function requireSpace(folder: string, length: number | undefined): Promise<void> {
  if (length === undefined) return;
  const fs = await statfs(folder);
  const free = fs.bavail * fs.bsize;
  const margin = 1024 ** 3;
  if (length + margin > free) {
    throw archiveError('ARC_ERR_UPLOAD_NO_SPACE', `${length} bytes needed, ${free} bytes free`);
  }
}

export async function sha256OfFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

export interface CompletedUpload {
  readonly submissionId: string;
  readonly metadata: UploadMetadata;
  /** The uploaded file in quarantine. */
  readonly path: string;
  readonly createdBy: string | null;
  readonly createdAt: string | null;
}

export interface ReceivedSubmission {
  readonly submissionId: string;
  readonly version: number;
  readonly state: string;
  /** The coded refusal recorded with a `failed` version. */
  readonly failure?: ArchiveError;
}

/**
 * Registers a complete upload. Idempotent: the hook may run twice (a client repeats the last
 * PATCH after a lost answer); a version that exists is answered as it is, a refused one refused again.
 */
export async function receiveUpload(
  ctx: ServiceContext,
  actor: Principal,
  upload: CompletedUpload,
): Promise<ReceivedSubmission> {
  const existing = await submissions.getSubmissionSummary(ctx.db, upload.submissionId);
  if (existing) return answerExisting(existing);
  const project = await requireUploadAccess(ctx, actor, upload.metadata.projectId);
  const digest = await sha256OfFile(upload.path);
  const refusal =
    digest.sha256 === upload.metadata.sha256
      ? null
      : archiveError('ARC_ERR_UPLOAD_CHECKSUM', digest.sha256, upload.metadata.sha256);
  for (let attempt = 1; ; attempt++) {
    try {
      const received = await inTransaction(ctx, (trx) =>
        register(trx, ctx, actor, project.id, upload, digest, refusal),
      );
      if (received.failure) throw received.failure;
      return received;
    } catch (e) {
      // Two completions at once on PostgreSQL (the same upload twice, or two versions of one
      // project): the loser of the unique constraint looks again.
      if (isArchiveError(e) || attempt >= 3 || !/unique|duplicate/i.test(String(e))) throw e;
      const now = await submissions.getSubmissionSummary(ctx.db, upload.submissionId);
      if (now) return answerExisting(now);
    }
  }
}

function answerExisting(row: submissions.SubmissionSummaryRow): ReceivedSubmission {
  const failure = parseFailure(row.failure);
  if (row.state === 'failed' && failure?.code === 'ARC_ERR_UPLOAD_CHECKSUM') {
    throw archiveError('ARC_ERR_UPLOAD_CHECKSUM', row.sha256 ?? '?', row.producer_sha256 ?? '?');
  }
  return { submissionId: row.id, version: row.version, state: row.state };
}

async function register(
  trx: Db,
  ctx: ServiceContext,
  actor: Principal,
  projectId: string,
  upload: CompletedUpload,
  digest: { sha256: string; size: number },
  refusal: ArchiveError | null,
): Promise<ReceivedSubmission> {
  const now = nowIso(ctx);
  const project = await projects.getProject(trx, projectId);
  if (!project) throw archiveError('ARC_ERR_NOT_FOUND', `project ${projectId}`);
  // The phase may have changed during a long upload: checked again inside the transaction.
  const phaseRefusal = ACCEPTING.includes(project.phase as Phase)
    ? null
    : archiveError('ARC_ERR_UPLOAD_PHASE', project.phase);
  const failure = refusal ?? phaseRefusal;
  const version = await submissions.nextVersion(trx, project.id);
  await submissions.insertSubmission(trx, {
    id: upload.submissionId,
    project_id: project.id,
    tenant_id: project.tenant_id,
    version,
    state: failure ? 'failed' : 'received',
    file_name: upload.metadata.fileName,
    size: digest.size,
    sha256: digest.sha256,
    producer_sha256: upload.metadata.sha256,
    blob_key: blobKeyOf(upload.submissionId),
    created_by: upload.createdBy ?? actor.userId,
    created_at: upload.createdAt ?? now,
    received_at: now,
    failure: failure ? failureOf(failure) : null,
  });
  if (failure) {
    await audit(trx, ctx, actor, project.tenant_id, 'submission.refuse', 'submission', upload.submissionId, {
      projectId: project.id,
      version,
      code: failure.code,
    });
    return { submissionId: upload.submissionId, version, state: 'failed', failure };
  }
  const superseded = await submissions.supersedeEarlier(trx, project.id, version, SUPERSEDABLE_STATES);
  if (BEFORE_INGEST.includes(project.phase as Phase)) {
    await movePhase(
      ctx,
      actor,
      project,
      { to: 'ingest', reason: `version ${version} mottagen`, waitingFor: 'archive' },
      { trx },
    );
  }
  await enqueueJob(trx, CONTROL_JOB, { submissionId: upload.submissionId }, now);
  await audit(trx, ctx, actor, project.tenant_id, 'submission.receive', 'submission', upload.submissionId, {
    projectId: project.id,
    version,
    size: digest.size,
    sha256: digest.sha256,
    superseded,
  });
  return { submissionId: upload.submissionId, version, state: 'received' };
}
