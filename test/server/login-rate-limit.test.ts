/**
 * The login rate limit holds across server processes: two servers over one database (as `serve
 * --http-processes 2` runs them) share one count per client address, and a new window starts when
 * the last one has ended (docs/adr/0015).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { argon2PasswordHasher } from '../../src/adapters/crypto/argon2-password-hasher.ts';
import type { Clock } from '../../src/ports/clock.ts';
import { configFromEnv } from '../../src/server/config.ts';
import { createServer, type Server } from '../../src/server/create-server.ts';
import { BACKENDS } from '../support/backends.ts';

const LIMIT = 3;

for (const backend of BACKENDS) {
  describe(`login rate limit shared by server processes (${backend.name})`, () => {
    test('the limit counts attempts at every server, per client address, per window', async () => {
      const db = await backend.create();
      const dataDir = mkdtempSync(join(tmpdir(), 'samarkiv-rl-'));
      let nowMs = Date.parse('2026-11-26T10:00:00Z');
      const clock: Clock = { now: () => new Date(nowMs) };
      const config = configFromEnv({}, { dataDir, databaseUrl: db.url, demo: true, port: 0 });
      const open = (): Promise<Server> =>
        createServer(config, {
          clock,
          passwords: argon2PasswordHasher({ memoryCost: 1024, timeCost: 1 }),
          startWorkers: false,
          sampleDeliveries: false,
          loginRateLimit: LIMIT,
        });
      const first = await open();
      const second = await open();
      try {
        const login = (server: Server, remoteAddress: string) =>
          server.app.inject({
            method: 'POST',
            url: '/api/login',
            remoteAddress,
            payload: { username: 'earkivarie', password: 'wrong password' },
          });
        // Wrong passwords count like right ones; the attempts alternate between the two servers.
        const statuses: number[] = [];
        for (let i = 0; i <= LIMIT; i++)
          statuses.push((await login(i % 2 ? second : first, '10.0.0.1')).statusCode);
        assert.deepEqual(statuses, [401, 401, 401, 429]);
        assert.equal(
          (await login(first, '10.0.0.1')).statusCode,
          429,
          'the first server saw only two attempts',
        );
        // Another client address has its own count.
        assert.equal((await login(second, '10.0.0.2')).statusCode, 401);
        // When the window (a minute) has ended, the address may try again.
        nowMs += 61_000;
        assert.equal((await login(second, '10.0.0.1')).statusCode, 401);
      } finally {
        await first.close();
        await second.close();
        await db.drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
