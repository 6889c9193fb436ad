/**
 * SIARD export source over PostgreSQL (pg). The whole export reads one REPEATABLE READ, READ ONLY
 * snapshot, so tables and row counts agree with each other. Rows stream as `COPY (SELECT …) TO
 * STDOUT` text (copy-out.ts), the way pg_dump reads them: no per-row round trips or driver row
 * objects, and memory holds two batches whatever the table's size. Values arrive in PostgreSQL's
 * text form (session set to ISO dates, UTC, exact floats, hex bytea) and are not parsed by the
 * driver, so numerics and timestamps keep every digit.
 */
import pg from 'pg';
import { archiveError } from '../../../core/errors.ts';
import {
  qualifiedName,
  referentialAction,
  type Cell,
  type ColumnModel,
  type DatabaseModel,
  type ForeignKeyModel,
  type KeyModel,
  type TableModel,
  type ViewModel,
} from '../../../core/siard-export/database-model.ts';
import { parseCopyText } from '../../../core/siard-export/copy-text.ts';
import { fromPostgres } from '../../../core/siard-export/native-types.ts';
import { isBinaryKind } from '../../../core/siard-export/sql-types.ts';
import type { SiardSourceDatabase } from '../../../ports/siard-database.ts';
import { quoteIdent, why } from '../identifiers.ts';
import { CopyOut } from './copy-out.ts';

const SESSION = [
  "SET client_encoding = 'UTF8'",
  "SET DateStyle = 'ISO, YMD'",
  "SET TimeZone = 'UTC'",
  "SET IntervalStyle = 'iso_8601'",
  'SET extra_float_digits = 3',
  "SET bytea_output = 'hex'",
  'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
];

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

export async function openPostgresSource(url: string, label: string): Promise<SiardSourceDatabase> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    for (const sql of SESSION) await client.query(sql);
  } catch (e) {
    await client.end().catch(() => {});
    throw archiveError('ARC_ERR_SIARD_DB_UNREACHABLE', label, why(e));
  }
  const user = (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0]?.u;
  return new PostgresSource(client, user);
}

interface ColumnRow {
  name: string;
  type: string;
  notnull: boolean;
  dflt: string | null;
  comment: string | null;
}

interface ConstraintRow {
  name: string;
  kind: 'p' | 'u' | 'f';
  cols: string[];
  ref_schema: string | null;
  ref_table: string | null;
  ref_cols: string[] | null;
  upd: string;
  del: string;
}

class PostgresSource implements SiardSourceDatabase {
  private readonly copies: CopyOut[] = [];

  constructor(
    private readonly client: pg.Client,
    readonly user: string | undefined,
  ) {}

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.client.query<R>(sql, params)).rows;
    } catch (e) {
      throw archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', sql.split('\n')[0]?.slice(0, 80) ?? sql, why(e));
    }
  }

  async readModel(): Promise<DatabaseModel> {
    const [info] = await this.query<{ db: string; version: string }>(
      "SELECT current_database() AS db, current_setting('server_version') AS version",
    );
    const relations = await this.query<{
      oid: number;
      schema: string;
      name: string;
      kind: string;
      comment: string | null;
    }>(
      `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
              obj_description(c.oid, 'pg_class') AS comment
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        ORDER BY n.nspname, c.relname`,
    );
    const schemas = [...new Set(relations.map((r) => r.schema))];
    const out = [];
    for (const schema of schemas) {
      const tables: TableModel[] = [];
      const views: ViewModel[] = [];
      for (const r of relations.filter((x) => x.schema === schema)) {
        if (r.kind === 'r' || r.kind === 'p') tables.push(await this.table(schema, r.oid, r.name, r.comment));
        else views.push(await this.view(schema, r.oid, r.name, r.comment));
      }
      out.push({ name: schema, tables, views });
    }
    return {
      dbname: info?.db ?? 'postgres',
      product: `PostgreSQL ${info?.version ?? ''}`.trim(),
      schemas: out,
    };
  }

  private async columnRows(oid: number): Promise<ColumnRow[]> {
    return this.query<ColumnRow>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
              pg_get_expr(d.adbin, d.adrelid) AS dflt, col_description(a.attrelid, a.attnum) AS comment
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum`,
      [oid],
    );
  }

  private columns(rows: ColumnRow[], where: (c: string) => string, strict: boolean): ColumnModel[] {
    return rows.map((c) => {
      const mapped = fromPostgres(c.type);
      if (!mapped && strict) throw archiveError('ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED', where(c.name), c.type);
      return {
        name: c.name,
        type: mapped ?? { kind: 'clob' },
        typeOriginal: c.type,
        nullable: !c.notnull,
        ...(c.dflt !== null ? { defaultValue: c.dflt } : {}),
        ...(c.comment ? { description: c.comment } : {}),
      };
    });
  }

  private async table(
    schema: string,
    oid: number,
    name: string,
    comment: string | null,
  ): Promise<TableModel> {
    const columns = this.columns(await this.columnRows(oid), (c) => qualifiedName(schema, name, c), true);
    const constraints = await this.query<ConstraintRow>(
      `SELECT c.conname AS name, c.contype AS kind,
              ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS cols,
              rn.nspname AS ref_schema, rc.relname AS ref_table,
              ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS ref_cols,
              c.confupdtype AS upd, c.confdeltype AS del
         FROM pg_constraint c
         LEFT JOIN pg_class rc ON rc.oid = c.confrelid
         LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE c.conrelid = $1 AND c.contype IN ('p', 'u', 'f')
        ORDER BY c.conname`,
      [oid],
    );
    const key = (c: ConstraintRow): KeyModel => ({ name: c.name, columns: c.cols });
    const pk = constraints.find((c) => c.kind === 'p');
    return {
      name,
      ...(comment ? { description: comment } : {}),
      columns,
      ...(pk ? { primaryKey: key(pk) } : {}),
      candidateKeys: constraints.filter((c) => c.kind === 'u').map(key),
      foreignKeys: constraints.filter((c) => c.kind === 'f').map((c) => foreignKey(c)),
    };
  }

  private async view(schema: string, oid: number, name: string, comment: string | null): Promise<ViewModel> {
    const [def] = await this.query<{ q: string | null }>('SELECT pg_get_viewdef($1::oid, true) AS q', [oid]);
    const columns = this.columns(await this.columnRows(oid), (c) => qualifiedName(schema, name, c), false);
    return {
      name,
      ...(def?.q ? { queryOriginal: def.q.trim() } : {}),
      ...(comment ? { description: comment } : {}),
      columns,
    };
  }

  async *readRows(schema: string, table: TableModel): AsyncIterable<readonly (readonly Cell[])[]> {
    const bytes = table.columns.map((c) => isBinaryKind(c.type.kind));
    // Batches hold whole lines, and a line break never falls inside a UTF-8 sequence.
    for await (const batch of this.readCopyText(schema, table))
      yield parseCopyText(batch.toString('utf8'), table.columns.length, bytes);
  }

  async *readCopyText(schema: string, table: TableModel): AsyncIterable<Buffer> {
    const columns = table.columns.map((c) => quoteIdent(c.name)).join(', ');
    const from = `${quoteIdent(schema)}.${quoteIdent(table.name)}`;
    const copy = new CopyOut(`COPY (SELECT ${columns} FROM ${from}) TO STDOUT`);
    this.copies.push(copy);
    void this.client.query(copy);
    try {
      yield* copy.batches();
    } catch (e) {
      throw archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', `SELECT … FROM ${from}`, why(e));
    }
  }

  async close(): Promise<void> {
    // A COPY stopped halfway still streams: ending the connection (pg destroys the socket while a
    // query is active) is the only way out, and the server rolls the snapshot back itself.
    if (!this.copies.some((c) => c.abandoned)) await this.client.query('ROLLBACK').catch(() => {});
    await this.client.end().catch(() => {});
  }
}

function foreignKey(c: ConstraintRow): ForeignKeyModel {
  const deleteAction = referentialAction(ACTIONS[c.del]);
  const updateAction = referentialAction(ACTIONS[c.upd]);
  return {
    name: c.name,
    referencedSchema: c.ref_schema ?? '',
    referencedTable: c.ref_table ?? '',
    references: c.cols.map((column, i) => ({ column, referenced: c.ref_cols?.[i] ?? column })),
    ...(deleteAction ? { deleteAction } : {}),
    ...(updateAction ? { updateAction } : {}),
  };
}
