/**
 * Storage operations: the `storage-audit` job (fixity audit, enqueued by POST /api/storage/audit)
 * and the `storage-cleanup` job (leftovers of interrupted writes and abandoned uploads), which the
 * server enqueues at start and then every hour unless one ran within the hour.
 * Settings: SAMARKIV_CLEANUP_INTERVAL (1h; 0 = never by itself), SAMARKIV_TEMP_GRACE (1h),
 * SAMARKIV_UPLOAD_MAX_AGE (7d).
 */
import { z } from 'zod';
import { openBlobStore } from '../../adapters/blob/open-blob-store.ts';
import { samarkivSoftware } from '../../adapters/package-writer/write-package.ts';
import { storageRoutes, storageAuditRequest } from '../../api/routes/storage.ts';
import type { Principal } from '../../core/access/roles.ts';
import { parseDuration } from '../../core/duration.ts';
import { enqueueJob } from '../../repositories/jobs.ts';
import { inTransaction, type ServiceContext } from '../../services/server/context.ts';
import { auditStorage, STORAGE_AUDIT_JOB } from '../../services/server/storage-audit.ts';
import {
  cleanupStorage,
  DEFAULT_TEMP_GRACE_MS,
  DEFAULT_UPLOAD_MAX_AGE_MS,
  STORAGE_CLEANUP_JOB,
} from '../../services/server/storage-cleanup.ts';
import type { Feature, Runtime } from '../features.ts';

const auditPayload = storageAuditRequest.extend({ requestedBy: z.string().optional() });

/** The person who asked, for the audit log (the job itself runs without a session). */
const requester = (userId: string | undefined): Principal | null =>
  userId ? { userId, username: userId, displayName: userId, grants: [] } : null;

function durationFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = env[name];
  return value === undefined || value === '' ? fallback : parseDuration(value);
}

/** Enqueues a cleanup unless one is queued, running, or finished less than `intervalMs` ago. */
export async function scheduleCleanup(ctx: ServiceContext, intervalMs: number): Promise<boolean> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - intervalMs).toISOString();
  return inTransaction(ctx, async (trx) => {
    const recent = await trx
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', STORAGE_CLEANUP_JOB)
      .where((eb) => eb.or([eb('state', 'in', ['queued', 'running']), eb('finished_at', '>=', since)]))
      .executeTakeFirst();
    if (recent) return false;
    await enqueueJob(trx, STORAGE_CLEANUP_JOB, {}, now.toISOString(), { maxAttempts: 3 });
    return true;
  });
}

export async function storageFeature(runtime: Runtime): Promise<Feature> {
  const { config, ctx } = runtime;
  const stores = config.storage.map((location) => openBlobStore(location));
  const software = samarkivSoftware();
  const interval = durationFromEnv('SAMARKIV_CLEANUP_INTERVAL', 3_600_000);
  const cleanupOptions = {
    dataDir: config.dataDir,
    tempGraceMs: durationFromEnv('SAMARKIV_TEMP_GRACE', DEFAULT_TEMP_GRACE_MS),
    uploadMaxAgeMs: durationFromEnv('SAMARKIV_UPLOAD_MAX_AGE', DEFAULT_UPLOAD_MAX_AGE_MS),
  };
  let timer: NodeJS.Timeout | null = null;
  if (interval > 0) {
    await scheduleCleanup(ctx, interval);
    timer = setInterval(() => void scheduleCleanup(ctx, interval).catch(() => {}), interval);
    timer.unref();
  }
  return {
    api: { name: 'storage', register: (app, deps) => storageRoutes(app, deps) },
    jobs: {
      async [STORAGE_AUDIT_JOB](payload, job) {
        const p = auditPayload.parse(payload);
        const checkedBefore = p.olderThan
          ? new Date(ctx.clock.now().getTime() - parseDuration(p.olderThan)).toISOString()
          : undefined;
        await auditStorage(
          { ctx, stores, software, heartbeat: job.heartbeat },
          {
            ...(p.aipId ? { aipId: p.aipId } : {}),
            ...(p.tenantId ? { tenantId: p.tenantId } : {}),
            ...(p.sample ? { sample: p.sample } : {}),
            ...(checkedBefore ? { checkedBefore } : {}),
          },
          requester(p.requestedBy),
        );
      },
      async [STORAGE_CLEANUP_JOB]() {
        await cleanupStorage(ctx, stores, cleanupOptions);
      },
    },
    async close() {
      if (timer) clearInterval(timer);
      for (const store of stores) await store.close();
    },
  };
}
