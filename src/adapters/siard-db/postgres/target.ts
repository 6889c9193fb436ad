/**
 * SIARD import target: a PostgreSQL database. Schemas are created when missing; tables get their
 * columns (toPostgres), primary and unique keys; rows go in as multi-row INSERTs with parameters
 * (text forms, which PostgreSQL parses exactly); foreign keys are added after the data. Everything
 * runs in one transaction, so a failed import leaves the database as it was.
 */
import pg from 'pg';
import { archiveError } from '../../../core/errors.ts';
import type { SchemaModel, TableModel } from '../../../core/siard-export/database-model.ts';
import { toPostgres } from '../../../core/siard-export/native-types.ts';
import type { ImportValue } from '../../../core/siard-export/values.ts';
import type { SiardTargetDatabase } from '../../../ports/siard-database.ts';
import { quoteIdent, why } from '../identifiers.ts';

/** PostgreSQL allows 65,535 parameters per statement. */
const MAX_PARAMS = 60000;

export async function openPostgresTarget(url: string, label: string): Promise<SiardTargetDatabase> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("SET DateStyle = 'ISO, YMD'");
    await client.query("SET TimeZone = 'UTC'");
  } catch (e) {
    await client.end().catch(() => {});
    throw archiveError('ARC_ERR_SIARD_DB_UNREACHABLE', label, why(e));
  }
  return new PostgresTarget(client, label);
}

const tableName = (schema: string, table: string): string => `${quoteIdent(schema)}.${quoteIdent(table)}`;

class PostgresTarget implements SiardTargetDatabase {
  private began = false;

  constructor(
    private readonly client: pg.Client,
    private readonly label: string,
  ) {}

  private async run(sql: string, params: unknown[] = [], what = sql.slice(0, 80)): Promise<pg.QueryResult> {
    try {
      return await this.client.query(sql, params);
    } catch (e) {
      throw archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', what, why(e));
    }
  }

  async assertEmpty(schemas: readonly SchemaModel[]): Promise<void> {
    const existing = await this.run(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') LIMIT 3`,
      [schemas.map((s) => s.name)],
    );
    if (existing.rows.length > 0)
      throw archiveError(
        'ARC_ERR_SIARD_DB_TARGET_NOT_EMPTY',
        this.label,
        existing.rows.map((r: { name: string }) => r.name).join(', '),
      );
    await this.run('BEGIN');
    this.began = true;
  }

  async createTables(schema: SchemaModel): Promise<void> {
    await this.run(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema.name)}`);
    for (const t of schema.tables) {
      const parts = t.columns.map(
        (c) => `${quoteIdent(c.name)} ${toPostgres(c.type)}${c.nullable ? '' : ' NOT NULL'}`,
      );
      if (t.primaryKey)
        parts.push(
          `CONSTRAINT ${quoteIdent(t.primaryKey.name)} PRIMARY KEY (${t.primaryKey.columns.map(quoteIdent).join(', ')})`,
        );
      for (const k of t.candidateKeys)
        parts.push(`CONSTRAINT ${quoteIdent(k.name)} UNIQUE (${k.columns.map(quoteIdent).join(', ')})`);
      await this.run(
        `CREATE TABLE ${tableName(schema.name, t.name)} (\n  ${parts.join(',\n  ')}\n)`,
        [],
        `CREATE TABLE ${t.name}`,
      );
    }
  }

  async insertRows(
    schema: string,
    table: TableModel,
    rows: readonly (readonly ImportValue[])[],
  ): Promise<void> {
    const width = table.columns.length;
    const per = Math.max(1, Math.floor(MAX_PARAMS / Math.max(width, 1)));
    const names = table.columns.map((c) => quoteIdent(c.name)).join(', ');
    for (let start = 0; start < rows.length; start += per) {
      const chunk = rows.slice(start, start + per);
      const params: unknown[] = [];
      const tuples = chunk.map((row) => {
        const marks = row.map((v) => {
          params.push(bindable(v));
          return `$${params.length}`;
        });
        return `(${marks.join(', ')})`;
      });
      await this.run(
        `INSERT INTO ${tableName(schema, table.name)} (${names}) VALUES ${tuples.join(', ')}`,
        params,
        `INSERT INTO ${table.name}`,
      );
    }
  }

  async addForeignKeys(schema: SchemaModel): Promise<void> {
    for (const t of schema.tables)
      for (const fk of t.foreignKeys) {
        const cols = fk.references.map((r) => quoteIdent(r.column)).join(', ');
        const refs = fk.references.map((r) => quoteIdent(r.referenced)).join(', ');
        const actions = `${fk.deleteAction ? ` ON DELETE ${fk.deleteAction}` : ''}${fk.updateAction ? ` ON UPDATE ${fk.updateAction}` : ''}`;
        await this.run(
          `ALTER TABLE ${tableName(schema.name, t.name)} ADD CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${cols}) REFERENCES ${tableName(fk.referencedSchema, fk.referencedTable)} (${refs})${actions}`,
          [],
          `FOREIGN KEY ${fk.name}`,
        );
      }
  }

  async createView(schema: string, name: string, query: string): Promise<void> {
    await this.run(`SET LOCAL search_path = ${quoteIdent(schema)}`);
    await this.run(`CREATE VIEW ${tableName(schema, name)} AS ${query}`, [], `CREATE VIEW ${name}`);
  }

  async commit(): Promise<void> {
    if (this.began) await this.run('COMMIT');
    this.began = false;
  }

  async close(): Promise<void> {
    if (this.began) await this.client.query('ROLLBACK').catch(() => {});
    await this.client.end().catch(() => {});
  }
}

function bindable(v: ImportValue): unknown {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    return Object.is(v, -0) ? '-0' : String(v);
  }
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return v;
}
