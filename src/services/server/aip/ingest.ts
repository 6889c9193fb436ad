/**
 * The 'ingest' job: an approved submission becomes a preserved AIP (docs/adr/0007).
 *
 *  1. the AIP (E-ARK AIP 2.2, the SIP kept in submission/) is written straight into every storage
 *     location under `aip/<aip id>/`, root METS.xml last;
 *  2. every copy is read back and every file's SHA-256 compared with what was written;
 *  3. the AIP is read back from storage into its database record (the same reader reindex uses);
 *  4. one transaction: AIP rows, files, copies (verified_at), events, search entry, submission
 *     'preserved', audit.
 *
 * Idempotent: the AIP id is derived from the submission id, so a re-run after a crash first removes
 * whatever an earlier attempt left under that key prefix and writes again; nothing counts before
 * step 4 commits. A full disk or an AIP that cannot be built fails the submission with a coded
 * error ('failed', no AIP row, storage cleaned); anything else is thrown for the worker to retry.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { sizeAndSha256 } from '../../../core/checksum/size-and-sha256.ts';
import { ArchiveError, isArchiveError } from '../../../core/errors.ts';
import type { Software } from '../../../core/package/writer/mets-structure.ts';
import type { PackageSpec } from '../../../core/package/writer/package-spec.ts';
import { renderPremis } from '../../../core/package/writer/premis.ts';
import { PREMIS_SCHEMA_LOCATION } from '../../../core/package/writer/assemble-package.ts';
import type { ValidationReport } from '../../../core/validation/report.ts';
import type { BlobStore } from '../../../ports/blob-store.ts';
import type { PackageSource } from '../../../ports/package-source.ts';
import { approvalForIngest, getAipBySubmission, insertAip } from '../../../repositories/aips.ts';
import { getProject } from '../../../repositories/projects.ts';
import { getSubmission, updateSubmission } from '../../../repositories/submissions.ts';
import { failureOf } from '../submissions.ts';
import { getTenant } from '../../../repositories/tenants.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from '../context.ts';
import { searchEntry } from '../search.ts';
import { aipSpec } from './aip-spec.ts';
import { ingestPremisModel } from './ingest-events.ts';
import { aipPrefix, readAipRecord } from './read-aip.ts';
import { readSipFacts } from './sip-facts.ts';

export interface WrittenFileFact {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface PreservationDeps {
  readonly ctx: ServiceContext;
  /** The storage policy: one store per copy (default two local folders). */
  readonly stores: readonly BlobStore[];
  /** Where relative submission blob keys live (the server's data folder). */
  readonly dataDir: string;
  readonly openSource: (path: string) => Promise<PackageSource>;
  readonly writePackage: (
    spec: PackageSpec,
    stores: readonly BlobStore[],
    keyPrefix: string,
    options: { clock: () => Date; software: Software },
  ) => Promise<{ written: readonly WrittenFileFact[] }>;
  readonly software: Software;
  /**
   * Reads every copy back and compares each file with what was written (ARC_ERR_FIXITY_MISMATCH
   * otherwise); the server passes one that reads local copies in worker threads. Default:
   * verifyCopies below, streaming on the main thread.
   */
  readonly verifyCopies?: typeof verifyCopies;
  /** Keeps a long job's lease alive. */
  readonly heartbeat?: () => Promise<void>;
}

/** A stable AIP id (UUID form) for a submission, so that every attempt writes to the same place. */
export function aipIdFor(submissionId: string): string {
  const h = createHash('sha256').update(`samarkiv:aip:${submissionId}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const STORAGE_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
/** Coded errors a later attempt may not meet again (a copy read back wrong, a store unreachable). */
const RETRYABLE = new Set<string>(['ARC_ERR_FIXITY_MISMATCH', 'ARC_ERR_STORAGE_WRITE', 'ARC_ERR_NOT_FOUND']);

/** Errors that retrying cannot fix: the submission fails with the code. */
function permanentFailure(e: unknown): ArchiveError | null {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && STORAGE_FULL.has(code)) {
    return new ArchiveError('ARC_ERR_STORAGE_FULL', [(e as Error).message], { cause: e });
  }
  if (isArchiveError(e) && !RETRYABLE.has(e.code)) return e;
  return null;
}

export async function deleteStoredAip(stores: readonly BlobStore[], aipId: string): Promise<void> {
  await Promise.all(
    stores.map(async (store) => {
      const keys: string[] = [];
      for await (const b of store.list(`${aipPrefix(aipId)}/`)) keys.push(b.key);
      for (const key of keys) await store.delete(key);
    }),
  );
}

/** Reads every written file back from every copy; throws ARC_ERR_FIXITY_MISMATCH on the first difference. */
export async function verifyCopies(
  stores: readonly BlobStore[],
  prefix: string,
  files: readonly WrittenFileFact[],
  heartbeat?: () => Promise<void>,
): Promise<void> {
  let last = Date.now();
  await Promise.all(
    stores.map(async (store) => {
      for (const f of files) {
        const { size, sha256 } = await sizeAndSha256(store.get(`${prefix}/${f.path}`));
        if (size !== f.size || sha256 !== f.sha256) {
          throw new ArchiveError('ARC_ERR_FIXITY_MISMATCH', [`${store.location}: ${prefix}/${f.path}`]);
        }
        if (heartbeat && Date.now() - last > 30_000) {
          last = Date.now();
          await heartbeat();
        }
      }
    }),
  );
}

/** Phase timings on stderr when SAMARKIV_INGEST_TIMING is set (for bench:ingest and profiling). */
function phaseClock(submissionId: string): (phase: string) => void {
  if (!process.env.SAMARKIV_INGEST_TIMING) return () => {};
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    process.stderr.write(`ingest ${submissionId}: ${phase} ${((now - last) / 1000).toFixed(2)} s\n`);
    last = now;
  };
}

function sipPathOf(deps: PreservationDeps, blobKey: string): string {
  return isAbsolute(blobKey) ? blobKey : resolve(deps.dataDir, blobKey);
}

export async function ingestSubmission(deps: PreservationDeps, submissionId: string): Promise<string | null> {
  const { ctx } = deps;
  const submission = await getSubmission(ctx.db, submissionId);
  if (!submission) throw new ArchiveError('ARC_ERR_NOT_FOUND', [`submission ${submissionId}`]);
  if (submission.state === 'preserved') return (await getAipBySubmission(ctx.db, submissionId))?.id ?? null;
  if (submission.state === 'failed') return null;
  if (submission.state !== 'approved') {
    throw new ArchiveError('ARC_ERR_INGEST_STATE', [submissionId, submission.state]);
  }
  const aipId = aipIdFor(submissionId);
  const prefix = aipPrefix(aipId);
  const phase = phaseClock(submissionId);
  await deleteStoredAip(deps.stores, aipId); // whatever an interrupted attempt left
  phase('clean');
  let source: PackageSource | null = null;
  try {
    if (!submission.blob_key || !submission.report) {
      throw new ArchiveError('ARC_ERR_INGEST_STATE', [
        submissionId,
        `${submission.state} without package or report`,
      ]);
    }
    const sipPath = sipPathOf(deps, submission.blob_key);
    const report = JSON.parse(submission.report) as ValidationReport;
    const [tenant, project, approval] = await Promise.all([
      getTenant(ctx.db, submission.tenant_id),
      getProject(ctx.db, submission.project_id),
      approvalForIngest(ctx.db, submissionId),
    ]);
    source = await deps.openSource(sipPath);
    const facts = await readSipFacts(source);
    phase('open + facts');
    const now = ctx.clock.now();
    const received = submission.received_at ?? submission.created_at;
    let urnCount = 0;
    const urnBase = aipIdFor(`${submissionId}:events`).slice(0, 24);
    const premis = renderPremis(
      ingestPremisModel(
        {
          tenant: { id: submission.tenant_id, name: tenant?.name ?? submission.tenant_id },
          projectId: submission.project_id,
          systemName: project?.system_name ?? null,
          submission: {
            id: submission.id,
            version: submission.version,
            fileName: submission.file_name,
            size: Number(submission.size ?? 0),
            sha256: submission.sha256 ?? '',
            producerSha256: submission.producer_sha256,
            receivedAt: received,
            controlledAt: submission.controlled_at ?? report.checkedAt ?? received,
          },
          report,
          approval: approval
            ? {
                userId: approval.approved_by,
                name: approval.display_name ?? approval.approved_by,
                at: approval.approved_at,
                keyId: approval.key_id,
                manifestSha256: approval.manifest_sha256,
              }
            : null,
          software: deps.software,
          now,
        },
        () => `urn:uuid:${urnBase}${(++urnCount).toString(16).padStart(12, '0')}`,
        PREMIS_SCHEMA_LOCATION,
      ),
    );
    const spec = aipSpec({
      aipId,
      facts,
      source,
      report,
      sip: { path: sipPath, fileName: submission.file_name },
      ingestPremisXml: premis,
      fallbackTitle: project?.title ?? submission.file_name,
    });
    const stored = await deps.writePackage(spec, deps.stores, prefix, {
      clock: () => now,
      software: deps.software,
    });
    phase('write');
    await source.close();
    source = null;
    await deps.heartbeat?.();
    await (deps.verifyCopies ?? verifyCopies)(deps.stores, prefix, stored.written, deps.heartbeat);
    phase('verify');
    const record = await readAipRecord(deps.stores[0] as BlobStore, aipId);
    phase('read record');
    const verifiedAt = nowIso(ctx);
    await inTransaction(ctx, async (trx) => {
      const current = await getSubmission(trx, submissionId);
      if (current?.state !== 'approved') return; // another worker finished it first
      await insertAip(
        trx,
        ctx.caps,
        record,
        deps.stores.map((s) => ({ location: s.location, state: 'verified' as const, verifiedAt })),
        searchEntry(ctx.caps, record.searchText),
      );
      await updateSubmission(trx, submissionId, { state: 'preserved', failure: null });
      await audit(trx, ctx, null, submission.tenant_id, 'aip.preserve', 'aip', aipId, {
        submissionId,
        copies: deps.stores.map((s) => s.location),
        files: record.files.length,
        bytes: record.size,
      });
    });
    phase('db');
    return aipId;
  } catch (e) {
    await source?.close().catch(() => {});
    await deleteStoredAip(deps.stores, aipId).catch(() => {});
    const failure = permanentFailure(e);
    if (!failure) throw e;
    await inTransaction(ctx, async (trx) => {
      await updateSubmission(trx, submissionId, {
        state: 'failed',
        // The stored shape every failure has (both languages): the delivery page shows it.
        failure: failureOf(failure),
      });
      await audit(trx, ctx, null, submission.tenant_id, 'aip.ingest-failed', 'submission', submissionId, {
        code: failure.code,
        message: failure.message,
      });
    });
    return null;
  }
}
