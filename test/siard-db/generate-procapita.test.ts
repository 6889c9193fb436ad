/**
 * The Procapita-like generator: about the asked number of rows over 22 tables with foreign keys,
 * fictitious personnummer with valid check digits, the same database for the same seed, in SQLite
 * and PostgreSQL; and its export passes the SIARD checks and imports back unchanged.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openTargetDatabase } from '../../src/adapters/siard-db/open-database.ts';
import { parseConnection } from '../../src/core/siard-export/connection.ts';
import { generateProcapita } from '../../src/services/generate/procapita/generate-procapita.ts';
import { luhnDigit } from '../../src/services/generate/w3d3/identity.ts';
import {
  assertSameDatabase,
  assertSiardPasses,
  exportTo,
  importTo,
  snapshot,
  tempDir,
} from './support/round-trip.ts';
import { createDatabase } from './support/postgres.ts';

async function generate(connection: string, rows: number, seed: number) {
  const target = await openTargetDatabase(parseConnection(connection));
  try {
    return await generateProcapita({ rows, seed }, target);
  } finally {
    await target.close();
  }
}

test('SQLite: about --rows rows, valid fictitious personnummer, the same database for the same seed', async () => {
  const dir = await tempDir();
  const a = join(dir, 'a.db');
  const result = await generate(`sqlite:${a}`, 3000, 42);
  assert.equal(result.tables, 22);
  assert.ok(result.rows > 2400 && result.rows < 3600, `${result.rows} rows`);
  await generate(`sqlite:${join(dir, 'b.db')}`, 3000, 42);
  assertSameDatabase(await snapshot(`sqlite:${a}`), await snapshot(`sqlite:${join(dir, 'b.db')}`));
  const db = new Database(a, { readonly: true });
  const numbers = db.prepare('SELECT personnummer, fodelsedatum FROM klient').all() as {
    personnummer: string;
    fodelsedatum: string;
  }[];
  assert.equal(db.prepare('SELECT count(*) AS n FROM aktiva_beslut').get() !== undefined, true);
  db.close();
  for (const { personnummer, fodelsedatum } of numbers) {
    const m = /^(\d{4})(\d{2})(\d{2})-(9[89]\d)(\d)$/.exec(personnummer);
    assert.ok(m, personnummer);
    assert.equal(`${m[1]}-${m[2]}-${m[3]}`, fodelsedatum);
    assert.equal(
      luhnDigit(`${m[1]!.slice(2)}${m[2]}${m[3]}${m[4]}`),
      Number(m[5]),
      `${personnummer} check digit`,
    );
  }
});

test('PostgreSQL: generate, export to SIARD, import into a new database: the same data', async () => {
  const source = await createDatabase('samarkiv_procapita_src');
  const target = await createDatabase('samarkiv_procapita_dst');
  try {
    await generate(source.url, 2000, 7);
    const dir = await tempDir();
    const siard = join(dir, 'procapita.siard');
    const result = await exportTo(source.url, siard, 500);
    assert.equal(result.tables, 22);
    assert.equal(result.views, 1);
    await assertSiardPasses(siard);
    await importTo(siard, target.url);
    assertSameDatabase(await snapshot(source.url), await snapshot(target.url));
  } finally {
    await source.drop();
    await target.drop();
  }
});
