/**
 * MariaDB/MySQL → SIARD 2.2 → SQLite keeps every value: integers at their limits (signed and
 * unsigned), DECIMAL(38,10), FLOAT/DOUBLE, CHAR/VARCHAR/TEXT with Unicode and control
 * characters, BINARY/VARBINARY/BLOB, DATE, TIME, DATETIME(6) and TIMESTAMP (UTC), ENUM and JSON as
 * text. The SIARD file passes the archive's checks. Needs SAMARKIV_TEST_MYSQL_URL (fails without
 * it; scripts/ci/start-mariadb.sh prints one).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import mysql from 'mysql2/promise';
import {
  assertSameDatabase,
  assertSiardPasses,
  exportTo,
  importTo,
  snapshot,
  tempDir,
} from './support/round-trip.ts';

function baseUrl(): string {
  const url = process.env['SAMARKIV_TEST_MYSQL_URL'];
  if (!url)
    throw new Error(
      'SAMARKIV_TEST_MYSQL_URL is not set: start MariaDB with scripts/ci/start-mariadb.sh and export the URL it prints',
    );
  return url;
}

const name = `samarkiv_siard_${randomBytes(4).toString('hex')}`;
let url = '';

before(async () => {
  const conn = await mysql.createConnection({ uri: baseUrl(), multipleStatements: true });
  try {
    await conn.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin; USE ${name};
      SET time_zone = '+00:00';
      CREATE TABLE enhet (id INT PRIMARY KEY, namn VARCHAR(80) NOT NULL UNIQUE) ENGINE=InnoDB;
      CREATE TABLE allt (
        id INT PRIMARY KEY, enhet_id INT NULL, flagga TINYINT(1), liten SMALLINT, osignerad INT UNSIGNED,
        stor BIGINT, ostor BIGINT UNSIGNED, belopp DECIMAL(38,10), enkel FLOAT, dubbel DOUBLE,
        kod CHAR(5), text VARCHAR(200), lang LONGTEXT, bin VARBINARY(16), data LONGBLOB,
        datum DATE, tid TIME(6), tidpunkt DATETIME(6), stampel TIMESTAMP(6) NULL, status ENUM('ny','beviljad','avslagen'), js JSON,
        CONSTRAINT fk_allt_enhet FOREIGN KEY (enhet_id) REFERENCES enhet(id) ON DELETE SET NULL
      ) ENGINE=InnoDB;
      CREATE VIEW allt_med_enhet AS SELECT a.id, e.namn FROM allt a JOIN enhet e ON e.id = a.enhet_id;
      INSERT INTO enhet VALUES (1, 'Hemtjänst Öster'), (2, 'Äldreboende Åsen');
      INSERT INTO allt (id) VALUES (1);
      INSERT INTO allt VALUES (2, 1, -128, -32768, 0, -9223372036854775808, 0, -9999999999999999999999999999.9999999999,
        -3.40282e38, -1.7976931348623157e308, 'ÅÄÖ', '', '', X'', X'', '1000-01-01', '00:00:00', '1000-01-01 00:00:00', '1970-01-01 00:00:01', 'ny', '{}');
      INSERT INTO allt VALUES (3, 2, 127, 32767, 4294967295, 9223372036854775807, 18446744073709551615, 9999999999999999999999999999.9999999999,
        3.40282e38, 1.7976931348623157e308, 'abcde', 'Åsa Öberg 😀 李小龍 \\\\ back', CONCAT('a', CHAR(1), 'b', CHAR(13), CHAR(10), 'c'),
        X'00FF01FE', REPEAT(X'07', 20000), '9999-12-31', '23:59:59.999999', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999999', 'avslagen', '{"namn": "Åsa"}');
      INSERT INTO allt VALUES (4, 1, 1, 0, 1, 0, 1, 0.0000000001, 0, 5e-324, 'x', '  spaces  ', REPEAT('ö', 6000), X'73616D61726B6976', X'78',
        '2024-02-29', '12:30:00.5', '2024-02-29 12:30:00.5', '2024-02-29 12:30:00.5', 'beviljad', '[1, 2.5]');`);
  } finally {
    await conn.end();
  }
  const u = new URL(baseUrl());
  u.pathname = `/${name}`;
  url = u.toString();
});

after(async () => {
  if (!process.env['SAMARKIV_TEST_MYSQL_URL']) return;
  const conn = await mysql.createConnection({ uri: baseUrl() });
  await conn.query(`DROP DATABASE IF EXISTS ${name}`);
  await conn.end();
});

test('MariaDB → SIARD → SQLite keeps every value of every supported type', async () => {
  const dir = await tempDir();
  const siard = join(dir, 'maria.siard');
  const result = await exportTo(url, siard);
  assert.equal(result.rows, 6);
  assert.equal(result.views, 1);
  assert.ok(result.lobFiles >= 2);
  assert.match(result.model.product, /^MariaDB /);
  await assertSiardPasses(siard);
  const target = `sqlite:${join(dir, 'target.db')}`;
  await importTo(siard, target);
  const source = await snapshot(url);
  assertSameDatabase(source, await snapshot(target), { sameTypes: false });
});
