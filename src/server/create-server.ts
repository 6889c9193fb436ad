/**
 * The composition root of the archive service: opens the database, builds the service context,
 * the API and the workers. The CLI's `serve`, the tests and the benchmarks all start here.
 */
import { fileURLToPath } from 'node:url';
import { argon2PasswordHasher } from '../adapters/crypto/argon2-password-hasher.ts';
import { openDatabase, type OpenDatabase } from '../adapters/db/open-database.ts';
import { buildApp, type App } from '../api/app.ts';
import type { ApiFeature } from '../api/deps.ts';
import type { JobHandlers } from '../jobs/handlers.ts';
import { createWorker, type Worker } from '../jobs/worker.ts';
import { systemClock, type Clock } from '../ports/clock.ts';
import type { PasswordHasher } from '../ports/password-hasher.ts';
import { consortiumId } from '../repositories/tenants.ts';
import type { AuthContext } from '../services/server/auth.ts';
import { seedDemo } from '../services/server/seed-demo.ts';
import { seedSampleDeliveries } from './seed-sample-deliveries.ts';
import type { ServerConfig } from './config.ts';
import { FEATURES, type Feature } from './features.ts';

export interface Server {
  readonly config: ServerConfig;
  readonly database: OpenDatabase;
  readonly ctx: AuthContext;
  readonly app: App;
  readonly workers: readonly Worker[];
  /** The job handlers of every feature (tests drain them with createWorker). */
  readonly handlers: JobHandlers;
  /** Listens on config.host:config.port and starts the job workers; resolves with the address. */
  listen(): Promise<string>;
  /** Starts the job workers without listening (the primary of several HTTP processes). */
  startWorkers(): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  readonly clock?: Clock;
  readonly passwords?: PasswordHasher;
  readonly logger?: boolean | object;
  /** Start job workers in this process (default true). */
  readonly startWorkers?: boolean;
  readonly loginRateLimit?: number;
  /** With a freshly seeded demo: deliver the example package to a demo project (default true). */
  readonly sampleDeliveries?: boolean;
}

const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function createServer(config: ServerConfig, options: ServerOptions = {}): Promise<Server> {
  const database = await openDatabase(config.databaseUrl);
  try {
    const base = {
      db: database.db,
      caps: database.caps,
      clock: options.clock ?? systemClock,
      passwords: options.passwords ?? argon2PasswordHasher(),
    };
    const seeded =
      config.demo && (await seedDemo({ ...base, consortiumId: 'skanearkiv' }, config.demoPassword));
    const ctx: AuthContext = { ...base, consortiumId: (await consortiumId(database.db)) ?? 'skanearkiv' };
    if (seeded && options.sampleDeliveries !== false) await seedSampleDeliveries(ctx, config.dataDir);
    const loaded: Feature[] = [];
    for (const factory of FEATURES) loaded.push(await factory({ config, database, ctx }));
    const features: ApiFeature[] = loaded.flatMap((f) => (f.api ? [f.api] : []));
    const handlers: JobHandlers = Object.assign({}, ...loaded.map((f) => f.jobs ?? {}));
    const app = await buildApp(
      {
        ctx,
        secureCookies: config.secureCookies,
        webRoot: WEB_ROOT,
        features,
        loginRateLimit: options.loginRateLimit,
      },
      { logger: options.logger },
    );
    const workers =
      options.startWorkers === false
        ? []
        : Array.from({ length: config.workers }, () => createWorker(ctx, handlers));
    const startWorkers = (): void => {
      for (const w of workers) w.start();
    };
    return {
      config,
      database,
      ctx,
      app,
      workers,
      handlers,
      async listen() {
        const address = await app.listen({ host: config.host, port: config.port });
        startWorkers();
        return address;
      },
      startWorkers,
      async close() {
        for (const w of workers) await w.stop();
        await app.close();
        for (const f of loaded) await f.close?.();
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}
