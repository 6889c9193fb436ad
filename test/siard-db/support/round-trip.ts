/**
 * Shared by the SIARD round-trip tests: export a database to SIARD, prove the file with the
 * archive's SIARD checks, import it into an empty database, and read both databases back through
 * the export adapters to compare them table by table, row by row, value by value (each value in
 * its SIARD lexical form, so a SQLite "2020-01-01 10:00" and a PostgreSQL timestamp compare alike).
 */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStandaloneSiard } from '../../../src/adapters/siard-db/check-siard.ts';
import { openSourceDatabase, openTargetDatabase } from '../../../src/adapters/siard-db/open-database.ts';
import { createSiardFileWriter } from '../../../src/adapters/siard-db/siard-file-writer.ts';
import { openSiardFileReader } from '../../../src/adapters/siard-db/siard-file-reader.ts';
import { parseConnection } from '../../../src/core/siard-export/connection.ts';
import type { Cell, DatabaseModel } from '../../../src/core/siard-export/database-model.ts';
import { sqlTypeName } from '../../../src/core/siard-export/sql-types.ts';
import { encodeValue } from '../../../src/core/siard-export/values.ts';
import { exportSiard, type SiardExportResult } from '../../../src/services/siard-export.ts';
import { importSiard } from '../../../src/services/siard-import.ts';

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'samarkiv-siard-db-'));
}

export async function exportTo(
  from: string,
  out: string,
  inlineLobLimit?: number,
): Promise<SiardExportResult> {
  return exportSiard(
    { connection: parseConnection(from), out, ...(inlineLobLimit !== undefined ? { inlineLobLimit } : {}) },
    {
      openSource: openSourceDatabase,
      createWriter: (o) => createSiardFileWriter(o),
      software: { name: 'samarkiv', version: 'test' },
      now: () => new Date('2026-11-26T10:00:00Z'),
    },
  );
}

/** The SIARD checks pass with nothing left unchecked. */
export async function assertSiardPasses(path: string): Promise<void> {
  const check = await checkStandaloneSiard(path);
  assert.deepEqual(check.problems, [], 'the SIARD file passes SAMARKIV-SIARD-1…9');
  assert.deepEqual(check.notChecked, [], 'every SIARD check ran (xmllint is installed)');
}

export async function importTo(siard: string, to: string): Promise<void> {
  await importSiard(
    { siard, connection: parseConnection(to) },
    { openSiard: openSiardFileReader, openTarget: openTargetDatabase },
  );
}

/** Every table's rows as SIARD lexical values (binary as hex), in primary-key order. */
export async function snapshot(
  connection: string,
): Promise<{ model: DatabaseModel; tables: Map<string, string[][]> }> {
  const source = await openSourceDatabase(parseConnection(connection));
  try {
    const model = await source.readModel();
    const tables = new Map<string, string[][]>();
    for (const schema of model.schemas)
      for (const table of schema.tables) {
        const rows: string[][] = [];
        for await (const batch of source.readRows(schema.name, table, { lobColumns: false }))
          for (const row of batch)
            rows.push(
              row.map((cell: Cell, i) =>
                cell === null ? '∅NULL' : encodeValue(table.columns[i]!.type, cell),
              ),
            );
        rows.sort((a, b) => Number(a[0]) - Number(b[0]));
        tables.set(table.name, rows);
      }
    return { model, tables };
  } finally {
    await source.close();
  }
}

/** Kinds a backend may widen to (SQLite integers are 64-bit, its floats double). */
function family(kind: string): string {
  if (['smallint', 'integer', 'bigint'].includes(kind)) return 'integer';
  if (kind === 'real') return 'double';
  if (kind === 'xml') return 'clob';
  return kind;
}

/** Same tables, columns, SQL types, nullability, keys and values. */
export function assertSameDatabase(
  a: Awaited<ReturnType<typeof snapshot>>,
  b: Awaited<ReturnType<typeof snapshot>>,
  options: { sameTypes?: boolean } = {},
): void {
  const shape = (m: DatabaseModel) =>
    m.schemas.flatMap((s) =>
      s.tables.map((t) => ({
        table: t.name,
        columns: t.columns.map((c) => ({
          name: c.name,
          nullable: c.nullable,
          ...(options.sameTypes === false ? { kind: family(c.type.kind) } : { type: sqlTypeName(c.type) }),
        })),
        primaryKey: t.primaryKey?.columns,
        foreignKeys: t.foreignKeys.map((f) => ({ table: f.referencedTable, refs: f.references })),
      })),
    );
  assert.deepEqual(shape(b.model), shape(a.model));
  for (const [name, rows] of a.tables) {
    const other = b.tables.get(name) ?? [];
    assert.equal(other.length, rows.length, `${name}: row count`);
    rows.forEach((row, i) => assert.deepEqual(other[i], row, `${name} row ${i + 1}`));
  }
}
