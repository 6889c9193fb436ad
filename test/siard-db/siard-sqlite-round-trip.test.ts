/**
 * SQLite → SIARD 2.2 → SQLite keeps every value: every supported type, NULLs, empty strings,
 * Unicode (Swedish letters, emoji, CJK, control characters XML cannot carry, backslashes), binary,
 * LOBs inline and as files, dates and timestamps at 0001 and 9999, DECIMAL(38,10) and BIGINT at
 * their limits, floats with infinities. The SIARD file passes the archive's own checks.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import {
  assertSameDatabase,
  assertSiardPasses,
  exportTo,
  importTo,
  snapshot,
  tempDir,
} from './support/round-trip.ts';

const CONTROL = 'a\u0001b\u0008c\u000bd\u001fe\ttab\nlf\r\ncrlf';

function createSource(file: string): void {
  const db = new Database(file);
  db.exec(`
    CREATE TABLE enhet (id INTEGER PRIMARY KEY, namn VARCHAR(80) NOT NULL UNIQUE);
    CREATE TABLE allt (
      id INTEGER PRIMARY KEY,
      enhet_id INTEGER REFERENCES enhet(id) ON DELETE SET NULL,
      flagga BOOLEAN, liten SMALLINT, stor BIGINT, belopp DECIMAL_TEXT(38,10), flyt DOUBLE PRECISION,
      kod CHARACTER(5), text VARCHAR(200), lang TEXT, xml XML_TEXT, data BLOB, bin VARBINARY(16),
      datum DATE, tid TIME(6), tidpunkt TIMESTAMP(6), tidpunkt_tz TIMESTAMP WITH TIME ZONE
    );
    CREATE VIEW allt_med_enhet AS SELECT allt.id, enhet.namn FROM allt JOIN enhet ON enhet.id = allt.enhet_id;`);
  db.prepare('INSERT INTO enhet VALUES (?, ?)').run(1, 'Hemtjänst Öster');
  db.prepare('INSERT INTO enhet VALUES (?, ?)').run(2, 'Äldreboende Åsen');
  const insert = db.prepare('INSERT INTO allt VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  insert.run(
    1,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  );
  insert.run(
    2,
    1,
    0,
    -32768,
    -9223372036854775808n,
    '-9999999999999999999999999999.9999999999',
    -1.7976931348623157e308,
    'ÅÄÖ  ',
    '',
    '',
    '<a/>',
    Buffer.alloc(0),
    Buffer.from([0]),
    '0001-01-01',
    '00:00:00',
    '0001-01-01 00:00:00',
    '0001-01-01T00:00:00Z',
  );
  insert.run(
    3,
    2,
    1,
    32767,
    9223372036854775807n,
    '9999999999999999999999999999.9999999999',
    1.7976931348623157e308,
    'abcde',
    'Åsa Öberg 😀 李小龍 \\u0041 \\ back\\slash',
    CONTROL,
    '<dok>Ärende &amp; beslut</dok>',
    Buffer.from([0, 255, 1, 254]),
    Buffer.alloc(16, 0xab),
    '9999-12-31',
    '23:59:59.999999',
    '9999-12-31 23:59:59.999999',
    '9999-12-31T23:59:59.999999+14:00',
  );
  insert.run(
    4,
    1,
    1,
    0,
    0n,
    '0.0000000001',
    5e-324,
    'x',
    '  spaces  kept  ',
    'ö'.repeat(6000),
    '<x>' + 'å'.repeat(5000) + '</x>',
    Buffer.alloc(20000, 7),
    Buffer.from('samarkiv'),
    '2024-02-29',
    '12:30:00',
    '2024-02-29 12:30:00.5',
    '2024-02-29T12:30:00-05:30',
  );
  insert.run(
    5,
    2,
    0,
    1,
    1n,
    '-0.5',
    Infinity,
    'y',
    'null',
    'NULL',
    '<y/>',
    Buffer.from('x'),
    null,
    '1970-01-01',
    '00:00:01',
    '1970-01-01 00:00:00',
    '1970-01-01T00:00:00Z',
  );
  insert.run(
    6,
    2,
    1,
    -1,
    -1n,
    '123',
    -Infinity,
    'z',
    '\u00a0\u2028\ufeff',
    '\ud83c\udf32 träd',
    null,
    null,
    null,
    '1900-01-01',
    null,
    null,
    null,
  );
  db.close();
}

test('SQLite → SIARD → SQLite keeps every value of every supported type', async () => {
  const dir = await tempDir();
  const source = join(dir, 'source.db');
  createSource(source);
  const siard = join(dir, 'source.siard');
  const result = await exportTo(`sqlite:${source}`, siard);
  assert.equal(result.rows, 8);
  assert.equal(result.views, 1);
  assert.ok(result.lobFiles >= 3, 'long CLOB, XML and BLOB values are LOB files');
  await assertSiardPasses(siard);
  const target = join(dir, 'target.db');
  await importTo(siard, `sqlite:${target}`);
  assertSameDatabase(await snapshot(`sqlite:${source}`), await snapshot(`sqlite:${target}`));
});

test('every LOB inline (limit above every value) round-trips the same', async () => {
  const dir = await tempDir();
  const source = join(dir, 'source.db');
  createSource(source);
  const siard = join(dir, 'inline.siard');
  const result = await exportTo(`sqlite:${source}`, siard, 1_000_000);
  assert.equal(result.lobFiles, 0);
  await assertSiardPasses(siard);
  await importTo(siard, `sqlite:${join(dir, 'target.db')}`);
  assertSameDatabase(await snapshot(`sqlite:${source}`), await snapshot(`sqlite:${join(dir, 'target.db')}`));
});
