/**
 * SIARD export source over a SQLite file (better-sqlite3, read-only). SQLite has one schema,
 * `main`; column types come from the declared type (native-types.ts fromSqlite); rows are read
 * with a lazy statement iterator and 64-bit integers as BigInt, so nothing is rounded.
 */
import { basename, extname } from 'node:path';
import Database from 'better-sqlite3';
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
import { fromSqlite } from '../../../core/siard-export/native-types.ts';
import type { SiardSourceDatabase } from '../../../ports/siard-database.ts';
import { quoteIdent, why } from '../identifiers.ts';

const BATCH = 2000;
const LOB_BATCH = 32;

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

export function openSqliteSource(file: string, label: string): SiardSourceDatabase {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (e) {
    throw archiveError('ARC_ERR_SIARD_DB_UNREACHABLE', label, why(e));
  }
  return new SqliteSource(db, file);
}

class SqliteSource implements SiardSourceDatabase {
  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
  ) {}

  async readModel(): Promise<DatabaseModel> {
    const objects = this.db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { type: string; name: string; sql: string | null }[];
    const tables = objects.filter((o) => o.type === 'table').map((o) => this.table(o.name));
    const views = objects.filter((o) => o.type === 'view').map((o) => this.view(o.name, o.sql));
    const version = (this.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    return {
      dbname: basename(this.file, extname(this.file)),
      product: `SQLite ${version}`,
      schemas: [{ name: 'main', tables, views }],
    };
  }

  private columnInfo(name: string): ColumnInfo[] {
    return this.db.prepare(`PRAGMA table_info(${quoteIdent(name)})`).all() as ColumnInfo[];
  }

  private columns(table: string, strict: boolean): ColumnModel[] {
    return this.columnInfo(table).map((c) => {
      const mapped = fromSqlite(c.type);
      if (!mapped && strict)
        throw archiveError(
          'ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED',
          qualifiedName('main', table, c.name),
          c.type || '(none)',
        );
      return {
        name: c.name,
        // A view column without a declared type (an expression) is described as text.
        type: mapped ?? { kind: 'clob' },
        typeOriginal: c.type || '(none)',
        nullable: c.notnull === 0 && c.pk === 0,
        ...(c.dflt_value !== null ? { defaultValue: c.dflt_value } : {}),
      };
    });
  }

  private table(name: string): TableModel {
    const columns = this.columns(name, true);
    const pkColumns = this.columnInfo(name)
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    return {
      name,
      columns,
      ...(pkColumns.length > 0 ? { primaryKey: { name: `pk_${name}`, columns: pkColumns } } : {}),
      candidateKeys: this.uniqueKeys(name),
      foreignKeys: this.foreignKeys(name),
    };
  }

  private uniqueKeys(table: string): KeyModel[] {
    const indexes = this.db.prepare(`PRAGMA index_list(${quoteIdent(table)})`).all() as {
      name: string;
      unique: number;
      origin: string;
    }[];
    return indexes
      .filter((i) => i.unique === 1 && i.origin === 'u')
      .map((i) => ({
        name: i.name,
        columns: (
          this.db.prepare(`PRAGMA index_info(${quoteIdent(i.name)})`).all() as { name: string }[]
        ).map((c) => c.name),
      }));
  }

  private foreignKeys(table: string): ForeignKeyModel[] {
    const rows = this.db.prepare(`PRAGMA foreign_key_list(${quoteIdent(table)})`).all() as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string | null;
      on_update: string;
      on_delete: string;
    }[];
    const byId = new Map<number, typeof rows>();
    for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    return [...byId].map(([id, refs]) => {
      const first = refs[0] as (typeof rows)[number];
      const targetPk = this.columnInfo(first.table)
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const deleteAction = referentialAction(first.on_delete);
      const updateAction = referentialAction(first.on_update);
      return {
        name: `fk_${table}_${id}`,
        referencedSchema: 'main',
        referencedTable: first.table,
        references: refs
          .sort((a, b) => a.seq - b.seq)
          .map((r, i) => ({ column: r.from, referenced: r.to ?? targetPk[i] ?? r.from })),
        ...(deleteAction ? { deleteAction } : {}),
        ...(updateAction ? { updateAction } : {}),
      };
    });
  }

  private view(name: string, sql: string | null): ViewModel {
    return { name, ...(sql ? { queryOriginal: sql } : {}), columns: this.columns(name, false) };
  }

  async *readRows(
    _schema: string,
    table: TableModel,
    options: { readonly lobColumns: boolean },
  ): AsyncIterable<readonly (readonly Cell[])[]> {
    const columns = table.columns.map((c) => quoteIdent(c.name)).join(', ');
    const statement = this.db
      .prepare(`SELECT ${columns} FROM ${quoteIdent(table.name)}`)
      .safeIntegers(true)
      .raw(true);
    const size = options.lobColumns ? LOB_BATCH : BATCH;
    let batch: Cell[][] = [];
    for (const row of statement.iterate() as IterableIterator<Cell[]>) {
      batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
