/**
 * Cleanup of leftovers (`samarkiv storage cleanup`, the `storage-cleanup` job the server runs at
 * start and every hour): temporary files of interrupted storage writes (fs) and unfinished
 * multipart uploads (S3) untouched for the grace period (default 1 h), and resumable uploads left
 * in quarantine that never became a submission and were untouched for the upload age (default
 * 7 days). Age is time since the last write, so a write or upload still running is never touched;
 * stored AIP objects and the packages of submissions are never candidates. Every removal is audited.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Principal } from '../../core/access/roles.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { audit, inTransaction, type ServiceContext } from './context.ts';

export const STORAGE_CLEANUP_JOB = 'storage-cleanup';
export const DEFAULT_TEMP_GRACE_MS = 3_600_000;
export const DEFAULT_UPLOAD_MAX_AGE_MS = 7 * 86_400_000;

export interface CleanupOptions {
  readonly dataDir: string;
  readonly tempGraceMs?: number;
  readonly uploadMaxAgeMs?: number;
}

export interface CleanupResult {
  readonly temporary: readonly { readonly location: string; readonly item: string }[];
  readonly uploads: readonly { readonly id: string; readonly bytes: number; readonly lastWrite: string }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The newest modification time in a folder tree (the folder itself included) and its bytes. */
async function lastWrite(path: string): Promise<{ mtimeMs: number; bytes: number }> {
  const st = await stat(path);
  if (!st.isDirectory()) return { mtimeMs: st.mtimeMs, bytes: st.size };
  let mtimeMs = st.mtimeMs;
  let bytes = 0;
  for (const entry of await readdir(path)) {
    const inner = await lastWrite(join(path, entry)).catch(() => ({ mtimeMs: 0, bytes: 0 }));
    mtimeMs = Math.max(mtimeMs, inner.mtimeMs);
    bytes += inner.bytes;
  }
  return { mtimeMs, bytes };
}

/** Quarantine folders of uploads that never completed into a submission and went quiet. */
async function abandonedUploads(
  ctx: ServiceContext,
  quarantine: string,
  before: number,
): Promise<{ id: string; bytes: number; lastWrite: string }[]> {
  let names: string[];
  try {
    names = (await readdir(quarantine, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && UUID.test(e.name))
      .map((e) => e.name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  if (names.length === 0) return [];
  const known = new Set<string>();
  for (let i = 0; i < names.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('submissions')
      .select('id')
      .where('id', 'in', names.slice(i, i + 500))
      .execute();
    for (const r of rows) known.add(r.id);
  }
  const out: { id: string; bytes: number; lastWrite: string }[] = [];
  for (const id of names.filter((n) => !known.has(n))) {
    const w = await lastWrite(join(quarantine, id)).catch(() => null);
    if (w && w.mtimeMs < before)
      out.push({ id, bytes: w.bytes, lastWrite: new Date(w.mtimeMs).toISOString() });
  }
  return out;
}

export async function cleanupStorage(
  ctx: ServiceContext,
  stores: readonly BlobStore[],
  options: CleanupOptions,
  actor: Principal | null = null,
): Promise<CleanupResult> {
  const now = ctx.clock.now().getTime();
  const tempBefore = new Date(now - (options.tempGraceMs ?? DEFAULT_TEMP_GRACE_MS));
  const temporary: { location: string; item: string }[] = [];
  for (const store of stores) {
    for (const item of (await store.removeLeftovers?.(tempBefore)) ?? []) {
      temporary.push({ location: store.location, item });
    }
  }
  const quarantine = join(options.dataDir, 'quarantine');
  const uploadBefore = now - (options.uploadMaxAgeMs ?? DEFAULT_UPLOAD_MAX_AGE_MS);
  const uploads: { id: string; bytes: number; lastWrite: string }[] = [];
  for (const u of await abandonedUploads(ctx, quarantine, uploadBefore)) {
    // Looked at again right before removal: an upload resumed meanwhile is left alone.
    const w = await lastWrite(join(quarantine, u.id)).catch(() => null);
    if (!w || w.mtimeMs >= uploadBefore) continue;
    await rm(join(quarantine, u.id), { recursive: true, force: true });
    uploads.push(u);
  }
  // Lock rows of server processes that died holding an upload lock (their lease ran out).
  await ctx.db.deleteFrom('upload_locks').where('expires_at', '<', tempBefore.toISOString()).execute();
  if (temporary.length || uploads.length) {
    await inTransaction(ctx, async (trx) => {
      for (const t of temporary) {
        await audit(trx, ctx, actor, null, 'storage.leftover-removed', 'storage', t.location, {
          item: t.item,
          olderThan: tempBefore.toISOString(),
        });
      }
      for (const u of uploads) {
        await audit(trx, ctx, actor, null, 'upload.abandoned-removed', 'upload', u.id, {
          bytes: u.bytes,
          lastWrite: u.lastWrite,
        });
      }
    });
  }
  return { temporary, uploads };
}
