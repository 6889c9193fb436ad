/** A fresh PostgreSQL database per test, on the cluster CI starts (SAMARKIV_TEST_PG_URL); dropped afterwards. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function pgBaseUrl(): string {
  const url = process.env['SAMARKIV_TEST_PG_URL'];
  if (!url)
    throw new Error(
      'SAMARKIV_TEST_PG_URL is not set: start PostgreSQL with scripts/ci/start-postgres.sh and export the URL it prints',
    );
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(pgBaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgBaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(
  prefix: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  return {
    name,
    url: databaseUrl(name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function run(url: string, sql: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}
