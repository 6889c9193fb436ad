/**
 * The archive service in one process, or with several HTTP processes sharing its port
 * (node:cluster, docs/adr/0015). With several, this process (the primary) migrates and seeds the
 * database, runs the job workers and restarts an HTTP process that dies; each child serves the API
 * and web UI only. The same code runs in both: node:cluster starts a child as the same program
 * with the same arguments, and `startService` tells the roles apart.
 *
 * What the processes share lives in the database: sessions and API tokens (each process caches a
 * resolved one for 2 s, docs/adr/0011), the login rate limit, upload locks, jobs.
 */
import cluster, { type Worker } from 'node:cluster';
import { ArchiveError } from '../core/errors.ts';
import type { ServerConfig } from './config.ts';
import { createServer, type ServerOptions } from './create-server.ts';

export interface RunningService {
  /** The address the service listens on. */
  readonly address: string;
  close(): Promise<void>;
}

export const MAX_HTTP_PROCESSES = 64;

/** How long a child has to finish its requests when the service stops, before it is killed. */
const CHILD_STOP_MS = 10_000;

/** A child that dies is started again after this long (not at once: it may die at every start). */
const RESTART_DELAY_MS = 1000;

interface ListeningMessage {
  readonly samarkivListening: string;
}

export async function startService(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<RunningService> {
  if (cluster.isWorker) return startHttpChild(config, options);
  const n = config.httpProcesses;
  if (!Number.isInteger(n) || n < 1 || n > MAX_HTTP_PROCESSES) {
    throw new ArchiveError('ARC_ERR_USAGE', [
      `HTTP processes must be a whole number from 1 to ${MAX_HTTP_PROCESSES} (--http-processes, SAMARKIV_HTTP_PROCESSES), not ${String(n)}`,
    ]);
  }
  if (n === 1) {
    const server = await createServer(config, options);
    const address = await server.listen();
    return { address, close: () => server.close() };
  }
  return startPrimary(config, options);
}

/** A child: the API and web UI on the shared port, no job workers, no seeding of its own. */
async function startHttpChild(config: ServerConfig, options: ServerOptions): Promise<RunningService> {
  const server = await createServer(config, { ...options, startWorkers: false, sampleDeliveries: false });
  const address = await server.listen();
  process.send?.({ samarkivListening: address } satisfies ListeningMessage);
  return {
    address,
    async close() {
      await server.close();
      // The channel to the primary would keep this process alive.
      process.disconnect?.();
    },
  };
}

async function startPrimary(config: ServerConfig, options: ServerOptions): Promise<RunningService> {
  // Migrations and the demo seed run here, once, before any child opens the database.
  const server = await createServer(config, options);
  const children = new Set<Worker>();
  let stopping = false;
  let address = '';

  const fork = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = cluster.fork();
      children.add(child);
      const onMessage = (m: unknown) => {
        if (typeof m !== 'object' || m === null || !('samarkivListening' in m)) return;
        child.off('message', onMessage);
        resolve((m as ListeningMessage).samarkivListening);
      };
      child.on('message', onMessage);
      child.once('exit', (code, signal) => {
        children.delete(child);
        reject(new Error(`HTTP process ${child.process.pid} exited (${signal ?? code}) before it listened`));
        if (stopping || address === '') return;
        process.stderr.write(
          `samarkiv: HTTP process ${child.process.pid} exited (${signal ?? code}); starting another\n`,
        );
        setTimeout(() => {
          if (!stopping) fork().catch((e: unknown) => process.stderr.write(`samarkiv: ${String(e)}\n`));
        }, RESTART_DELAY_MS).unref();
      });
    });

  const stopChildren = async () => {
    stopping = true;
    await Promise.all(
      [...children].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.isDead()) return resolve();
            const timer = setTimeout(() => child.process.kill('SIGKILL'), CHILD_STOP_MS);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.process.kill('SIGTERM');
          }),
      ),
    );
  };

  try {
    const addresses = await Promise.all(Array.from({ length: config.httpProcesses }, fork));
    address = addresses[0] ?? '';
  } catch (e) {
    await stopChildren();
    await server.close();
    throw e;
  }
  server.startWorkers();
  return {
    address,
    async close() {
      await stopChildren();
      await server.close();
    },
  };
}
