/**
 * A worker: claims jobs from the job table one at a time and runs their handlers. Several workers
 * (processes or machines) can share one PostgreSQL database; on SQLite they share the file's
 * write lock. A failed attempt is retried with exponential back-off; the error is kept on the job.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { claimJob, completeJob, extendLease, failJob, type JobRow } from '../repositories/jobs.ts';
import type { ServiceContext } from '../services/server/context.ts';
import type { JobHandlers } from './handlers.ts';

export interface WorkerOptions {
  readonly leaseSeconds?: number;
  readonly idleMillis?: number;
  readonly kinds?: readonly string[];
  readonly log?: (msg: string, data?: object) => void;
}

export interface Worker {
  readonly id: string;
  /** Runs jobs until none is due; resolves with how many ran. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export function createWorker(
  ctx: ServiceContext,
  handlers: JobHandlers,
  options: WorkerOptions = {},
): Worker {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = (options.leaseSeconds ?? 300) * 1000;
  const kinds = options.kinds ?? Object.keys(handlers);
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  const lease = (): string => new Date(ctx.clock.now().getTime() + leaseMs).toISOString();

  async function runOne(): Promise<boolean> {
    const now = ctx.clock.now().toISOString();
    const job = await claimJob(ctx.db, ctx.caps, id, now, lease(), kinds);
    if (!job) return false;
    await execute(job);
    return true;
  }

  async function execute(job: JobRow): Promise<void> {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(JSON.parse(job.payload) as unknown, {
        job,
        workerId: id,
        heartbeat: () => extendLease(ctx.db, job.id, id, lease()),
      });
      await completeJob(ctx.db, job.id, ctx.clock.now().toISOString());
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      options.log?.('job failed', { id: job.id, kind: job.kind, attempt: job.attempts, error: message });
      const backoff = Math.min(2 ** job.attempts * 1000, 15 * 60_000);
      const now = ctx.clock.now();
      await failJob(ctx.db, job, message, now.toISOString(), new Date(now.getTime() + backoff).toISOString());
    }
  }

  return {
    id,
    async drain() {
      let n = 0;
      while (await runOne()) n++;
      return n;
    },
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let ran = false;
          try {
            ran = await runOne();
          } catch (e) {
            options.log?.('worker loop error', { error: String(e) });
          }
          if (!ran && running) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, options.idleMillis ?? 500);
            });
            wake = null;
          }
        }
      })();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
