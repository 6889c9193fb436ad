/**
 * The PostgreSQL export reads tables with COPY and renders most values straight from its bytes
 * (src/core/siard-export/copy-xml.ts). These tests hold that fast path to the general one: the
 * same database exported through readCopyText and through readRows (cells + encodeValue) gives
 * byte-identical entries, edge values and LOB files included; and a value SIARD cannot hold,
 * deep in a COPY that spans many batches, fails with its row and leaves nothing behind.
 * Needs SAMARKIV_TEST_PG_URL (fails without it).
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openSourceDatabase } from '../../src/adapters/siard-db/open-database.ts';
import { createSiardFileWriter } from '../../src/adapters/siard-db/siard-file-writer.ts';
import { openSiardFileReader } from '../../src/adapters/siard-db/siard-file-reader.ts';
import { parseConnection } from '../../src/core/siard-export/connection.ts';
import { ArchiveError } from '../../src/core/errors.ts';
import { exportSiard } from '../../src/services/siard-export.ts';
import { assertSiardPasses, exportTo, tempDir } from './support/round-trip.ts';
import { createDatabase, run } from './support/postgres.ts';

const dbs: { drop(): Promise<void> }[] = [];
let source: { url: string };

const SCHEMA = `
  CREATE TABLE kant (
    id integer PRIMARY KEY, liten smallint, stor bigint, belopp numeric(20,4), fri numeric,
    flagga boolean, enkel real, dubbel double precision, kod char(4), namn varchar(40), lang text,
    data bytea, datum date, tid time, tid_tz timetz, tidpunkt timestamp(6), tidpunkt_tz timestamptz,
    uid uuid, js jsonb
  );
  INSERT INTO kant (id) VALUES (1);
  INSERT INTO kant VALUES
    (2, -32768, -9223372036854775808, -0.0001, 0, false, -0, 1e-5, 'a', '', '',
     '\\x', '0001-01-01', '00:00:00', '00:00:00+14', '0001-01-01 00:00:00', '0001-01-01 00:00:00+00',
     '00000000-0000-0000-0000-000000000000', '{}'),
    (3, 32767, 9223372036854775807, 9999999999999999.9999, 123456789012345678901234567890.5, true,
     3.4028235e38, 1.7976931348623157e308, 'åäö', 'A & B <c> "d"', E'back\\\\slash\\ttab\\nlf\\r\\ncr\\x01\\x1f',
     '\\x00ff10', '9999-12-31', '23:59:59.999999', '23:59:59-05:30', '9999-12-31 23:59:59.999999',
     '2024-02-29 12:30:00.5+01', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '{"a": "\\\\u00e5", "b": [1, 2.5]}'),
    (4, 0, 0, 5, 1e-20, true, 'NaN', 'Infinity', 'z', E'\\ufeff\\uff61\\uffe9 ﾠ', repeat('ö', 30),
     decode(repeat('ab', 40), 'hex'), '2000-02-29', '12:00:00.5', '12:00:00Z', '2000-02-29 00:00:00.000001',
     '1969-12-31 23:59:59.999999-01', null, '[]'),
    (5, -1, -1, -1.5, -1, false, '-Infinity', '-0', ' ', 'ﬁ 😀 李', E'x\\by\\fz\\vw',
     decode(repeat('07', 3), 'hex'), '1970-01-01', '00:00:01', '01:02:03+00', '1970-01-01 00:00:00',
     '1970-01-01 00:00:00+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'null');
  CREATE TABLE lang_rad (id bigint PRIMARY KEY, skriven timestamptz NOT NULL, rubrik varchar(60), text text);
  INSERT INTO lang_rad SELECT g, timestamptz '2001-01-01 08:00+01' + g * interval '7 minutes',
    'Anteckning ' || g || ' om brukaren & <hemtjänst>',
    CASE WHEN g % 1000 = 0 THEN NULL WHEN g % 100 = 0 THEN repeat('Lång text ' || g, 5) ELSE 'n' || g % 100 END
    FROM generate_series(1, 12000) g;`;

before(async () => {
  const db = await createDatabase('samarkiv_siard_copy');
  dbs.push(db);
  source = db;
  await run(db.url, SCHEMA);
});

after(async () => {
  for (const db of dbs) await db.drop();
});

/** Exports with the COPY fast path hidden, so every value goes through cells and encodeValue. */
async function exportThroughCells(from: string, out: string, inlineLobLimit: number): Promise<void> {
  await exportSiard(
    { connection: parseConnection(from), out, inlineLobLimit },
    {
      openSource: async (c) => {
        const s = await openSourceDatabase(c);
        return {
          readModel: () => s.readModel(),
          readRows: (schema, table, options) => s.readRows(schema, table, options),
          close: () => s.close(),
          ...(s.user ? { user: s.user } : {}),
        };
      },
      createWriter: (o) => createSiardFileWriter(o),
      software: { name: 'samarkiv', version: 'test' },
      now: () => new Date('2026-11-26T10:00:00Z'),
    },
  );
}

async function entries(path: string): Promise<Map<string, Buffer>> {
  const reader = await openSiardFileReader(path);
  try {
    const out = new Map<string, Buffer>();
    for (const name of [...reader.names].sort()) {
      if (name.endsWith('/')) continue;
      const parts: Uint8Array[] = [];
      for await (const chunk of reader.read(name)) parts.push(chunk);
      out.set(name, Buffer.concat(parts));
    }
    return out;
  } finally {
    reader.close();
  }
}

for (const limit of [4000, 10]) {
  test(`COPY rendering writes the same bytes as the cell path (inline LOB limit ${limit})`, async () => {
    const dir = await tempDir();
    const fast = join(dir, 'fast.siard');
    const cells = join(dir, 'cells.siard');
    const result = await exportTo(source.url, fast, limit);
    assert.equal(result.rows, 12005);
    if (limit === 10) assert.ok(result.lobFiles > 100, 'short LOB limit: long texts become files');
    await exportThroughCells(source.url, cells, limit);
    const a = await entries(fast);
    const b = await entries(cells);
    assert.deepEqual([...a.keys()], [...b.keys()]);
    for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name) as Buffer), `${name} differs`);
    await assertSiardPasses(fast);
  });
}

test('a value SIARD cannot hold deep in a COPY fails with its row and leaves nothing', async () => {
  const db = await createDatabase('samarkiv_siard_copy_fel');
  dbs.push(db);
  await run(
    db.url,
    `CREATE TABLE fel (id bigint PRIMARY KEY, skriven timestamptz NOT NULL, text text);
     INSERT INTO fel SELECT g, CASE WHEN g = 25000 THEN 'infinity' ELSE now() END, repeat('x', 200)
       FROM generate_series(1, 30000) g;`,
  );
  const dir = await tempDir();
  await assert.rejects(
    exportTo(db.url, join(dir, 'x.siard')),
    (e: unknown) =>
      e instanceof ArchiveError &&
      e.code === 'ARC_ERR_SIARD_DB_VALUE_INVALID' &&
      e.args[0] === 'public.fel.skriven' &&
      e.args[1] === 25000,
  );
  assert.deepEqual(await readdir(dir), []);
});
