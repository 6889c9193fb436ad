/**
 * Server configuration from the environment, with the embedded default: SQLite and two storage
 * copies on local disk under one data folder.
 */
import { resolve } from 'node:path';

export interface ServerConfig {
  readonly dataDir: string;
  readonly databaseUrl: string;
  /** Storage locations for AIP copies: `fs:<folder>` or `s3://bucket/prefix` (see docs/operations.md). */
  readonly storage: readonly string[];
  readonly host: string;
  readonly port: number;
  /** Cookies marked Secure (set SAMARKIV_SECURE_COOKIES=0 only for plain-HTTP local use). */
  readonly secureCookies: boolean;
  readonly demo: boolean;
  readonly demoPassword: string;
  readonly workers: number;
  readonly publicUrl: string;
}

export const DEFAULT_DEMO_PASSWORD = 'samarkiv-demo';

export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const dataDir = resolve(overrides.dataDir ?? env.SAMARKIV_DATA_DIR ?? 'var/samarkiv');
  const host = overrides.host ?? env.SAMARKIV_HOST ?? '127.0.0.1';
  const port = overrides.port ?? Number(env.SAMARKIV_PORT ?? 8080);
  return {
    dataDir,
    databaseUrl:
      overrides.databaseUrl ?? env.SAMARKIV_DATABASE_URL ?? `sqlite:${resolve(dataDir, 'samarkiv.db')}`,
    storage:
      overrides.storage ??
      (env.SAMARKIV_STORAGE
        ? env.SAMARKIV_STORAGE.split(',').map((s) => s.trim())
        : [`fs:${resolve(dataDir, 'storage/kopia-1')}`, `fs:${resolve(dataDir, 'storage/kopia-2')}`]),
    host,
    port,
    secureCookies: overrides.secureCookies ?? env.SAMARKIV_SECURE_COOKIES !== '0',
    demo: overrides.demo ?? env.SAMARKIV_DEMO === '1',
    demoPassword: overrides.demoPassword ?? env.SAMARKIV_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    workers: overrides.workers ?? Number(env.SAMARKIV_WORKERS ?? 1),
    publicUrl: overrides.publicUrl ?? env.SAMARKIV_PUBLIC_URL ?? `http://${host}:${port}`,
  };
}
