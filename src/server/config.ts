/**
 * Server configuration from the environment, with the embedded default: SQLite and two storage
 * copies on local disk under one data folder.
 */
import { resolve } from 'node:path';
import { oidcSettingsFromEnv, type OidcSettings } from './oidc-config.ts';

export interface ServerConfig {
  readonly dataDir: string;
  readonly databaseUrl: string;
  /** Storage locations for AIP copies: `fs:<folder>` or `s3://bucket/prefix` (see docs/operations.md). */
  readonly storage: readonly string[];
  readonly host: string;
  readonly port: number;
  /** Cookies marked Secure: always, unless the server listens on loopback only (SAMARKIV_SECURE_COOKIES overrides). */
  readonly secureCookies: boolean;
  readonly demo: boolean;
  readonly demoPassword: string;
  readonly workers: number;
  /**
   * HTTP processes sharing the port (node:cluster; docs/adr/0015). 1 serves from this process; more
   * fork that many children that serve HTTP only, while this process keeps the job workers.
   */
  readonly httpProcesses: number;
  readonly publicUrl: string;
  /** Login with OIDC (src/server/oidc-config.ts); null when not configured. */
  readonly oidc: OidcSettings | null;
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
    // On a loopback address there is no TLS to require; anywhere else cookies must be Secure.
    secureCookies:
      overrides.secureCookies ??
      (env.SAMARKIV_SECURE_COOKIES ? env.SAMARKIV_SECURE_COOKIES !== '0' : !isLoopback(host)),
    demo: overrides.demo ?? env.SAMARKIV_DEMO === '1',
    demoPassword: overrides.demoPassword ?? env.SAMARKIV_DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    workers: overrides.workers ?? Number(env.SAMARKIV_WORKERS ?? 1),
    httpProcesses: overrides.httpProcesses ?? Number(env.SAMARKIV_HTTP_PROCESSES ?? 1),
    publicUrl: overrides.publicUrl ?? env.SAMARKIV_PUBLIC_URL ?? `http://${host}:${port}`,
    oidc:
      overrides.oidc !== undefined
        ? overrides.oidc
        : oidcSettingsFromEnv(
            env,
            overrides.publicUrl ?? env.SAMARKIV_PUBLIC_URL ?? `http://${host}:${port}`,
          ),
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
