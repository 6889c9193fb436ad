/**
 * One test body over every database backend (docs/adr/0006): SQLite in a temporary file and
 * PostgreSQL in a fresh database of the cluster named by SAMARKIV_TEST_PG_URL (CI starts one with
 * scripts/ci/start-postgres.sh). Without that variable the PostgreSQL run fails — it never skips.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database; call drop() when done. */
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

export const SQLITE: Backend = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'samarkiv-db-'));
    return {
      url: `sqlite:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export function postgresAdminUrl(): string {
  const url = process.env.SAMARKIV_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'SAMARKIV_TEST_PG_URL is not set: start PostgreSQL with scripts/ci/start-postgres.sh and export its URL',
    );
  }
  return url;
}

export const POSTGRES: Backend = {
  name: 'postgres',
  async create() {
    const admin = postgresAdminUrl();
    const name = `samarkiv_test_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  },
};

export const BACKENDS: readonly Backend[] = [SQLITE, POSTGRES];
