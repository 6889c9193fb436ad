/**
 * PostgreSQL → SIARD 2.2 → PostgreSQL (and → SQLite) keeps every value of every supported type:
 * NULLs, empty strings, Unicode with control characters, bytea, numeric(38,10) and unconstrained
 * numeric at their limits, bigint min/max, real and double with NaN, ±Infinity and -0, dates and
 * timestamps at 0001 and 9999 with microseconds and zones, uuid and json as text. Needs
 * SAMARKIV_TEST_PG_URL (fails without it).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  assertSameDatabase,
  assertSiardPasses,
  exportTo,
  importTo,
  snapshot,
  tempDir,
} from './support/round-trip.ts';
import { createDatabase, run } from './support/postgres.ts';

const dbs: { drop(): Promise<void> }[] = [];
let source: { url: string };

const SCHEMA = `
  CREATE SCHEMA vard;
  CREATE TABLE vard.enhet (id integer PRIMARY KEY, namn varchar(80) NOT NULL UNIQUE);
  COMMENT ON TABLE vard.enhet IS 'Organisatoriska enheter';
  CREATE TABLE vard.allt (
    id integer PRIMARY KEY,
    enhet_id integer REFERENCES vard.enhet(id) ON DELETE CASCADE,
    flagga boolean, liten smallint, mellan integer, stor bigint,
    belopp numeric(38,10), fri numeric, enkel real, dubbel double precision,
    kod character(5), text varchar(200), lang text, dok xml, data bytea,
    datum date, tid time(6), tid_tz time with time zone, tidpunkt timestamp(6), tidpunkt_tz timestamptz(6),
    uid uuid, js json
  );
  CREATE VIEW vard.allt_med_enhet AS SELECT a.id, e.namn FROM vard.allt a JOIN vard.enhet e ON e.id = a.enhet_id;`;

const ROWS = `
  INSERT INTO vard.enhet VALUES (1, 'Hemtjänst Öster'), (2, 'Äldreboende Åsen');
  INSERT INTO vard.allt (id) VALUES (1);
  INSERT INTO vard.allt VALUES (2, 1, false, -32768, -2147483648, -9223372036854775808,
    -9999999999999999999999999999.9999999999, -123456789012345678901234567890.123456789012345678901234567890,
    '-3.4028235e38', '-1.7976931348623157e308', 'ÅÄÖ', '', '', '<a/>', '\\x',
    '0001-01-01', '00:00:00', '00:00:00+14', '0001-01-01 00:00:00', '0001-01-01 00:00:00+00',
    '00000000-0000-0000-0000-000000000000', '{}');
  INSERT INTO vard.allt VALUES (3, 2, true, 32767, 2147483647, 9223372036854775807,
    9999999999999999999999999999.9999999999, 0.000000000000000000000000000001,
    '3.4028235e38', '1.7976931348623157e308', 'abcde', E'Åsa Öberg 😀 李小龍 \\\\u0041 back\\\\slash', E'a\\x01b\\x08c\\x0bd\\x1fe\\ttab\\nlf\\r\\ncrlf',
    '<dok>Ärende &amp; beslut</dok>', '\\x00ff01fe',
    '9999-12-31', '23:59:59.999999', '23:59:59.999999-12', '9999-12-31 23:59:59.999999', '9999-12-31 23:59:59.999999+00',
    'ffffffff-ffff-ffff-ffff-ffffffffffff', '{"namn": "Åsa", "n": [1, 2.5e300]}');
  INSERT INTO vard.allt VALUES (4, 1, true, 0, 0, 0, 0.0000000001, 1e-130, 'NaN', 'NaN', 'x', '  spaces  kept  ',
    repeat('ö', 6000), ('<x>' || repeat('å', 5000) || '</x>')::xml, decode(repeat('07', 20000), 'hex'),
    '2024-02-29', '12:30:00', '12:30:00+05:30', '2024-02-29 12:30:00.5', '2024-02-29 12:30:00.5+01',
    '123e4567-e89b-12d3-a456-426614174000', '[]');
  INSERT INTO vard.allt VALUES (5, 2, false, 1, 1, 1, -0.5, -0, 'Infinity', '-Infinity', 'y', 'null', 'NULL', '<y/>', '\\x78',
    '1970-01-01', '00:00:01', '00:00:01Z', '1970-01-01 00:00:00', '1969-12-31 23:00:00-01', null, 'null');
  INSERT INTO vard.allt VALUES (6, 2, true, -1, -1, -1, 123, 1, '-Infinity', '-0', 'z', E'\\u00a0\\u2028\\ufeff', '🌲 träd', null, null,
    '1900-01-01', null, null, null, null, null, null);`;

before(async () => {
  const db = await createDatabase('samarkiv_siard_src');
  dbs.push(db);
  source = db;
  await run(db.url, SCHEMA + ROWS);
});

after(async () => {
  for (const db of dbs) await db.drop();
});

test('PostgreSQL → SIARD → PostgreSQL keeps every value of every supported type', async () => {
  const dir = await tempDir();
  const siard = join(dir, 'pg.siard');
  const result = await exportTo(source.url, siard);
  assert.equal(result.rows, 8);
  assert.equal(result.views, 1);
  assert.ok(result.lobFiles >= 3);
  await assertSiardPasses(siard);
  const target = await createDatabase('samarkiv_siard_dst');
  dbs.push(target);
  await importTo(siard, target.url);
  assertSameDatabase(await snapshot(source.url), await snapshot(target.url));
});

test('PostgreSQL → SIARD → SQLite keeps every value (but NaN and -0, which SQLite stores as NULL and 0)', async () => {
  const dir = await tempDir();
  const siard = join(dir, 'pg.siard');
  await run(
    source.url,
    "UPDATE vard.allt SET enkel = 0 WHERE enkel = 'NaN' OR enkel = 0; UPDATE vard.allt SET dubbel = 0 WHERE dubbel = 'NaN' OR dubbel = 0",
  );
  await exportTo(source.url, siard);
  const target = `sqlite:${join(dir, 'target.db')}`;
  await importTo(siard, target);
  const a = await snapshot(source.url);
  const b = await snapshot(target);
  // SQLite has one schema and no float4: compare values, and types only by kind.
  assertSameDatabase(a, b, { sameTypes: false });
});
