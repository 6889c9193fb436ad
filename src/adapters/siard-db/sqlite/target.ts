/**
 * SIARD import target: a SQLite file (created if missing). SQLite has no schemas: with one SIARD
 * schema the tables keep their names, with several they are named `<schema>.<table>`. Foreign
 * keys can only be declared in CREATE TABLE, so they are written there (SQLite does not enforce
 * them unless asked, so load order does not matter). Declared types come from toSqlite, chosen so
 * that SQLite's type affinity keeps every value exact. One transaction for the whole import.
 */
import Database from 'better-sqlite3';
import { archiveError } from '../../../core/errors.ts';
import type { SchemaModel, TableModel } from '../../../core/siard-export/database-model.ts';
import { toSqlite } from '../../../core/siard-export/native-types.ts';
import type { ImportValue } from '../../../core/siard-export/values.ts';
import type { SiardTargetDatabase } from '../../../ports/siard-database.ts';
import { quoteIdent, why } from '../identifiers.ts';

const INTEGER_KINDS = new Set(['smallint', 'integer', 'bigint']);

export function openSqliteTarget(file: string, label: string): SiardTargetDatabase {
  let db: Database.Database;
  try {
    db = new Database(file);
    // better-sqlite3 turns enforcement on; the archived data is loaded as it was, in any order.
    db.pragma('foreign_keys = OFF');
  } catch (e) {
    throw archiveError('ARC_ERR_SIARD_DB_UNREACHABLE', label, why(e));
  }
  return new SqliteTarget(db, label);
}

class SqliteTarget implements SiardTargetDatabase {
  private single = true;
  private readonly statements = new Map<string, Database.Statement>();
  private began = false;

  constructor(
    private readonly db: Database.Database,
    private readonly label: string,
  ) {}

  private tableName(schema: string, table: string): string {
    return quoteIdent(this.single ? table : `${schema}.${table}`);
  }

  private run(sql: string, what: string): void {
    try {
      this.db.exec(sql);
    } catch (e) {
      throw archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', what, why(e));
    }
  }

  async assertEmpty(schemas: readonly SchemaModel[]): Promise<void> {
    this.single = schemas.length === 1;
    const existing = this.db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' LIMIT 3",
      )
      .all() as { name: string }[];
    if (existing.length > 0)
      throw archiveError(
        'ARC_ERR_SIARD_DB_TARGET_NOT_EMPTY',
        this.label,
        existing.map((e) => e.name).join(', '),
      );
    this.db.exec('BEGIN');
    this.began = true;
  }

  async createTables(schema: SchemaModel): Promise<void> {
    for (const t of schema.tables) {
      const parts = t.columns.map(
        (c) => `${quoteIdent(c.name)} ${toSqlite(c.type)}${c.nullable ? '' : ' NOT NULL'}`,
      );
      if (t.primaryKey)
        parts.push(
          `CONSTRAINT ${quoteIdent(t.primaryKey.name)} PRIMARY KEY (${t.primaryKey.columns.map(quoteIdent).join(', ')})`,
        );
      for (const k of t.candidateKeys)
        parts.push(`CONSTRAINT ${quoteIdent(k.name)} UNIQUE (${k.columns.map(quoteIdent).join(', ')})`);
      for (const fk of t.foreignKeys) {
        const cols = fk.references.map((r) => quoteIdent(r.column)).join(', ');
        const refs = fk.references.map((r) => quoteIdent(r.referenced)).join(', ');
        const actions = `${fk.deleteAction ? ` ON DELETE ${fk.deleteAction}` : ''}${fk.updateAction ? ` ON UPDATE ${fk.updateAction}` : ''}`;
        parts.push(
          `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${cols}) REFERENCES ${this.tableName(fk.referencedSchema, fk.referencedTable)} (${refs})${actions}`,
        );
      }
      this.run(
        `CREATE TABLE ${this.tableName(schema.name, t.name)} (\n  ${parts.join(',\n  ')}\n)`,
        `CREATE TABLE ${t.name}`,
      );
    }
  }

  private insertStatement(schema: string, table: TableModel): Database.Statement {
    const key = `${schema}\u0000${table.name}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const names = table.columns.map((c) => quoteIdent(c.name)).join(', ');
      const marks = table.columns.map(() => '?').join(', ');
      statement = this.db.prepare(
        `INSERT INTO ${this.tableName(schema, table.name)} (${names}) VALUES (${marks})`,
      );
      this.statements.set(key, statement);
    }
    return statement;
  }

  async insertRows(
    schema: string,
    table: TableModel,
    rows: readonly (readonly ImportValue[])[],
  ): Promise<void> {
    const statement = this.insertStatement(schema, table);
    const kinds = table.columns.map((c) => c.type.kind);
    try {
      for (const row of rows) statement.run(row.map((v, i) => bindable(v, kinds[i] as string)));
    } catch (e) {
      throw archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', `INSERT INTO ${table.name}`, why(e));
    }
  }

  async addForeignKeys(): Promise<void> {
    // Declared in CREATE TABLE: SQLite cannot add constraints later.
  }

  async createView(schema: string, name: string, query: string): Promise<void> {
    this.run(`CREATE VIEW ${this.tableName(schema, name)} AS ${query}`, `CREATE VIEW ${name}`);
  }

  async commit(): Promise<void> {
    if (this.began) this.db.exec('COMMIT');
    this.began = false;
  }

  async close(): Promise<void> {
    if (this.began) this.db.exec('ROLLBACK');
    this.db.close();
  }
}

function bindable(v: ImportValue, kind: string): string | number | bigint | Buffer | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  if (typeof v === 'string' && INTEGER_KINDS.has(kind)) return BigInt(v);
  return v;
}
