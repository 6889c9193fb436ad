/**
 * Upload locks shared by every server process (tus's Locker interface, structurally): a resumable
 * upload is written by one request at a time even when several server processes share one
 * PostgreSQL database. One row per locked upload (`upload_locks`) names its holder and a lease the
 * holder renews while it holds it; a process that dies leaves a lease that runs out. A request that
 * wants a held lock sets `release_requested`; the holder sees it at its next renewal and is asked
 * to let go (tus then ends the stalled request), as tus's in-memory locker does within a process.
 * Works the same on SQLite (one server), so no capability flag is needed.
 */
import { randomUUID } from 'node:crypto';
import {
  UploadLockTimeoutError,
  type RequestRelease,
  type UploadLock,
  type UploadLocker,
} from '../../ports/upload-locker.ts';
import type { ServiceContext } from './context.ts';

/** The holder name of a locker (one per server process), for tests and diagnostics. */
export interface SharedUploadLocker extends UploadLocker {
  readonly owner: string;
}

export interface UploadLockOptions {
  /** How long a lock lives without renewal (a dead holder's lock is free after this). */
  readonly leaseMs?: number;
  /** How often a holder renews and looks for a release request, and a waiter tries again. */
  readonly pollMs?: number;
  /** How long `lock` waits before it gives up (UploadLockTimeoutError). */
  readonly acquireTimeoutMs?: number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });

export function createUploadLocker(ctx: ServiceContext, options: UploadLockOptions = {}): SharedUploadLocker {
  const owner = `${process.pid}:${randomUUID()}`;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 1000;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;
  const now = (): number => ctx.clock.now().getTime();
  const iso = (ms: number): string => new Date(ms).toISOString();
  /** Locks this process holds, so a local waiter asks its holder at once. */
  const held = new Map<string, RequestRelease>();

  async function tryAcquire(id: string): Promise<boolean> {
    const t = now();
    const inserted = await ctx.db
      .insertInto('upload_locks')
      .values({ id, owner, expires_at: iso(t + leaseMs), release_requested: 0 })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return true;
    // A lease that ran out belongs to a holder that died or hung: take it over.
    const taken = await ctx.db
      .updateTable('upload_locks')
      .set({ owner, expires_at: iso(t + leaseMs), release_requested: 0 })
      .where('id', '=', id)
      .where('expires_at', '<', iso(t))
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1;
  }

  async function askRelease(id: string): Promise<void> {
    const local = held.get(id);
    if (local) {
      await local();
      return;
    }
    await ctx.db.updateTable('upload_locks').set({ release_requested: 1 }).where('id', '=', id).execute();
  }

  function newLock(id: string): UploadLock {
    let renewal: NodeJS.Timeout | null = null;
    const stopRenewal = () => {
      if (renewal) clearInterval(renewal);
      renewal = null;
    };
    return {
      async lock(signal, requestRelease) {
        const deadline = now() + acquireTimeoutMs;
        let asked = false;
        while (!(await tryAcquire(id))) {
          if (signal.aborted || now() >= deadline) throw new UploadLockTimeoutError(id);
          if (!asked) {
            await askRelease(id);
            asked = true;
          }
          await sleep(pollMs, signal);
        }
        held.set(id, requestRelease);
        let releasing = false;
        renewal = setInterval(() => {
          void (async () => {
            const row = await ctx.db
              .updateTable('upload_locks')
              .set({ expires_at: iso(now() + leaseMs) })
              .where('id', '=', id)
              .where('owner', '=', owner)
              .returning('release_requested')
              .executeTakeFirst();
            if (row?.release_requested === 1 && !releasing) {
              releasing = true;
              await requestRelease();
            }
          })().catch(() => {});
        }, pollMs);
        renewal.unref();
      },
      async unlock() {
        stopRenewal();
        held.delete(id);
        await ctx.db.deleteFrom('upload_locks').where('id', '=', id).where('owner', '=', owner).execute();
      },
    };
  }

  return { owner, newLock };
}
