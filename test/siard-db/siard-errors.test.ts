/**
 * Bad input gets a coded error that names the place and leaves no file under the output name:
 * a bad connection string, a database that cannot be reached, a column type without an SQL:2008
 * form, a value SIARD cannot hold, an import target that is not empty.
 */
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { parseConnection } from '../../src/core/siard-export/connection.ts';
import { exportTo, importTo, tempDir } from './support/round-trip.ts';
import { createDatabase, run } from './support/postgres.ts';

async function rejectsWith(promise: Promise<unknown>, code: string, pattern?: RegExp): Promise<void> {
  await assert.rejects(promise, (e: Error & { code?: string }) => {
    assert.equal(e.code, code, e.message);
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

test('connection strings other than sqlite:, postgres:// and mysql:// are refused, passwords hidden', () => {
  assert.throws(() => parseConnection('oracle://scott@db/orcl'), {
    code: 'ARC_ERR_SIARD_DB_CONNECTION_INVALID',
  });
  assert.throws(() => parseConnection('sqlite:'), { code: 'ARC_ERR_SIARD_DB_CONNECTION_INVALID' });
  assert.throws(
    () => parseConnection('postgres://arkiv:hemligt@/db'),
    (e: Error) => !e.message.includes('hemligt'),
  );
  assert.equal(
    parseConnection('postgres://arkiv:hemligt@db:5432/procapita').text,
    'postgres://arkiv:***@db:5432/procapita',
  );
});

test('an unreachable database gives ARC_ERR_SIARD_DB_UNREACHABLE and writes nothing', async () => {
  const dir = await tempDir();
  await rejectsWith(
    exportTo('postgres://nobody@127.0.0.1:1/none', join(dir, 'x.siard')),
    'ARC_ERR_SIARD_DB_UNREACHABLE',
    /127\.0\.0\.1:1/,
  );
  await rejectsWith(
    exportTo(`sqlite:${join(dir, 'missing.db')}`, join(dir, 'y.siard')),
    'ARC_ERR_SIARD_DB_UNREACHABLE',
  );
  assert.deepEqual(await readdir(dir), []);
});

test('an unsupported column type names schema.table.column and the type; nothing is left behind', async () => {
  const db = await createDatabase('samarkiv_siard_err');
  try {
    await run(
      db.url,
      'CREATE TABLE ok (id int PRIMARY KEY); CREATE TABLE tider (id int PRIMARY KEY, langd interval)',
    );
    const dir = await tempDir();
    await rejectsWith(
      exportTo(db.url, join(dir, 'x.siard')),
      'ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED',
      /public\.tider\.langd has the type interval/,
    );
    assert.deepEqual(await readdir(dir), []);
  } finally {
    await db.drop();
  }
});

test('a value SIARD cannot hold fails mid-table with its row, and the half-written file is removed', async () => {
  const dir = await tempDir();
  const file = join(dir, 'bad.db');
  const sqlite = new Database(file);
  sqlite.exec(
    "CREATE TABLE händelse (id INTEGER PRIMARY KEY, datum DATE); INSERT INTO händelse VALUES (1, '2020-01-01'), (2, 'igår')",
  );
  sqlite.close();
  await rejectsWith(
    exportTo(`sqlite:${file}`, join(dir, 'bad.siard')),
    'ARC_ERR_SIARD_DB_VALUE_INVALID',
    /main\.händelse\.datum, row 2: "igår"/,
  );
  assert.deepEqual(await readdir(dir), ['bad.db']);
});

test('an existing output is never overwritten; an import target that holds tables is refused', async () => {
  const dir = await tempDir();
  const file = join(dir, 'a.db');
  const sqlite = new Database(file);
  sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)');
  sqlite.close();
  await writeFile(join(dir, 'taken.siard'), 'x');
  await rejectsWith(exportTo(`sqlite:${file}`, join(dir, 'taken.siard')), 'ARC_ERR_WRITE_TARGET_EXISTS');
  await exportTo(`sqlite:${file}`, join(dir, 'a.siard'));
  await rejectsWith(
    importTo(join(dir, 'a.siard'), `sqlite:${file}`),
    'ARC_ERR_SIARD_DB_TARGET_NOT_EMPTY',
    /t/,
  );
});
