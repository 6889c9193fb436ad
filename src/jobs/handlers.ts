/**
 * Typed job handlers. A handler gets the job's payload and a context; it must be idempotent: a
 * worker that dies mid-job leaves a lease that runs out, and the job runs again from the start.
 */
import type { JobRow } from '../repositories/jobs.ts';

export interface JobContext {
  readonly job: JobRow;
  readonly workerId: string;
  /** Keeps the lease alive during long work (large packages). */
  heartbeat(): Promise<void>;
}

export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

export type JobHandlers = Readonly<Record<string, JobHandler>>;
