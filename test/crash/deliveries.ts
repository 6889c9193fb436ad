/**
 * Deliveries placed the way the archive's own services leave them, for the crash test and the
 * ingest benchmark: a package copied into quarantine and registered with receiveUpload (as the
 * end of an upload does: new version, 'control' job), and a controlled delivery approved with
 * approveSubmission (checkpoints set by a person, signed approval, 'ingest' job).
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { loadOrCreateSigner } from '../../src/adapters/sign/jose-signer.ts';
import type { Principal } from '../../src/core/access/roles.ts';
import * as submissions from '../../src/repositories/submissions.ts';
import { approveSubmission, type ApprovalDeps } from '../../src/services/server/approval.ts';
import { loadPrincipal } from '../../src/services/server/auth.ts';
import { setCheckpoint } from '../../src/services/server/checklist.ts';
import type { ServiceContext } from '../../src/services/server/context.ts';
import { createProject } from '../../src/services/server/projects.ts';
import { blobKeyOf } from '../../src/services/server/submissions.ts';
import { receiveUpload, sha256OfFile } from '../../src/services/server/submissions-upload.ts';

export async function principalOf(ctx: ServiceContext, username: string): Promise<Principal> {
  const user = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const principal = await loadPrincipal(ctx, user.id);
  if (!principal) throw new Error(`no principal for ${username}`);
  return principal;
}

/** A new delivery project with one received version of `sipPath` (its 'control' job queued). */
export async function receivedDelivery(
  ctx: ServiceContext,
  dataDir: string,
  actor: Principal,
  opts: { tenantId: string; sipPath: string; title: string },
): Promise<{ projectId: string; submissionId: string }> {
  const projectId = await createProject(ctx, actor, {
    tenantId: opts.tenantId,
    title: opts.title,
    systemName: 'Castor',
    phase: 'preparation',
  });
  const submissionId = randomUUID();
  const path = resolve(dataDir, blobKeyOf(submissionId));
  await mkdir(join(path, '..'), { recursive: true });
  await copyFile(opts.sipPath, path);
  const { sha256 } = await sha256OfFile(path);
  await retryBusy(() =>
    receiveUpload(ctx, actor, {
      submissionId,
      metadata: { projectId, fileName: 'leverans.zip', sha256 },
      path,
      createdBy: actor.userId,
      createdAt: null,
    }),
  );
  return { projectId, submissionId };
}

/** The approval dependencies as the approval feature builds them (same signing key folder). */
export async function approvalDepsFor(ctx: ServiceContext, dataDir: string): Promise<ApprovalDeps> {
  const signer = await loadOrCreateSigner(join(dataDir, 'keys'), { now: () => ctx.clock.now() });
  return {
    signer,
    packagePath: async (s) => {
      const path = s.blob_key ? resolve(dataDir, s.blob_key) : null;
      return path && existsSync(path) ? path : null;
    },
    openSource: (path) => openPackageSource(path),
  };
}

/**
 * Runs a write from this process again when SQLite answers SQLITE_BUSY_SNAPSHOT: a transaction
 * that read first and then writes, while the server process wrote, is refused at once without the
 * busy timeout (the services begin deferred transactions; reported to the lead).
 */
export async function retryBusy<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 20 || !/SQLITE_BUSY/.test(String((e as { code?: string }).code))) throw e;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/** A person sets every open checkpoint of a controlled submission to ok and approves it. */
export async function approveControlled(
  ctx: ServiceContext,
  deps: ApprovalDeps,
  actor: Principal,
  submissionId: string,
): Promise<void> {
  for (const c of await submissions.listCheckpoints(ctx.db, submissionId)) {
    if (c.state === 'open')
      await retryBusy(() => setCheckpoint(ctx, actor, submissionId, c.item_key, { state: 'ok' }));
  }
  await retryBusy(() => approveSubmission(ctx, deps, actor, submissionId));
}
