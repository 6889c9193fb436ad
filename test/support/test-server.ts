/**
 * A real archive server for tests: a fresh database on the given backend, the demo consortium,
 * a cheap argon2 cost, a data folder of its own, and helpers to log in and call the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { argon2PasswordHasher } from '../../src/adapters/crypto/argon2-password-hasher.ts';
import type { Clock } from '../../src/ports/clock.ts';
import { configFromEnv, type ServerConfig } from '../../src/server/config.ts';
import { createServer, type Server } from '../../src/server/create-server.ts';
import type { Backend } from './backends.ts';

export const DEMO_PASSWORD = 'test-password';

export interface TestServer {
  readonly server: Server;
  readonly dataDir: string;
  login(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  readonly csrf: string;
  readonly cookie: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  json<T = unknown>(method: string, url: string, body?: unknown): Promise<T>;
}

export async function startTestServer(
  backend: Backend,
  options: { clock?: Clock; config?: Partial<ServerConfig>; startWorkers?: boolean } = {},
): Promise<TestServer> {
  const db = await backend.create();
  const dataDir = mkdtempSync(join(tmpdir(), 'samarkiv-srv-'));
  const config = configFromEnv(
    {},
    {
      dataDir,
      databaseUrl: db.url,
      demo: true,
      demoPassword: DEMO_PASSWORD,
      secureCookies: false,
      port: 0,
      ...options.config,
    },
  );
  const server = await createServer(config, {
    clock: options.clock,
    passwords: argon2PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
    startWorkers: options.startWorkers ?? false,
    loginRateLimit: 1000,
    // Tests deliver their own packages; the demo's sample delivery would change their counts.
    sampleDeliveries: false,
  });
  return {
    server,
    dataDir,
    async login(username, password = DEMO_PASSWORD) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrf = (res.json() as { csrfToken: string }).csrfToken;
      const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
        server.app.inject({
          method: method as 'GET',
          url,
          headers: { cookie, 'x-csrf-token': csrf, ...headers },
          ...(body === undefined ? {} : { payload: body as object }),
        });
      return {
        csrf,
        cookie,
        request,
        async json<T>(method: string, url: string, body?: unknown): Promise<T> {
          const res = await request(method, url, body);
          if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
          return res.json() as T;
        },
      };
    },
    async close() {
      await server.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
