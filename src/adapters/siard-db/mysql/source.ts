/**
 * SIARD export source over MariaDB/MySQL (mysql2). The schema exported is the database of the
 * connection URL. One consistent snapshot (REPEATABLE READ, START TRANSACTION WITH CONSISTENT
 * SNAPSHOT); rows stream from an unbuffered query (mysql2 `.stream()`), so the server sends them
 * as they are read. Numbers, dates and times arrive as strings (bigNumberStrings, dateStrings) and
 * timestamps in UTC, so nothing passes through a JS number or a local time zone.
 */
import mysql from 'mysql2';
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
import { fromMysql } from '../../../core/siard-export/native-types.ts';
import type { SiardSourceDatabase } from '../../../ports/siard-database.ts';
import { quoteMysql, why } from '../identifiers.ts';

const BATCH = 5000;
const LOB_BATCH = 32;

type Conn = mysql.Connection;

function typeCast(
  field: { type: string; extendedTypeName?: string; string(): string | null; buffer(): Buffer | null },
  next: () => unknown,
) {
  // JSON as the text the server stores (MariaDB marks it by an extended type name), never parsed.
  if (field.type === 'JSON' || field.extendedTypeName === 'json') return field.string();
  if (field.type === 'FLOAT' || field.type === 'DOUBLE') return field.string();
  return next();
}

export async function openMysqlSource(url: string, label: string): Promise<SiardSourceDatabase> {
  const conn = mysql.createConnection({
    uri: url,
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
    timezone: 'Z',
    typeCast,
  });
  const q = (sql: string): Promise<void> =>
    new Promise((resolve, reject) => conn.query(sql, (e) => (e ? reject(e) : resolve())));
  try {
    await new Promise<void>((resolve, reject) => conn.connect((e) => (e ? reject(e) : resolve())));
    await q("SET time_zone = '+00:00'");
    await q('SET NAMES utf8mb4');
    await q('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    await q('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
  } catch (e) {
    conn.destroy();
    throw archiveError('ARC_ERR_SIARD_DB_UNREACHABLE', label, why(e));
  }
  return new MysqlSource(conn, label);
}

class MysqlSource implements SiardSourceDatabase {
  user?: string;

  constructor(
    private readonly conn: Conn,
    private readonly label: string,
  ) {}

  private query<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    return new Promise((resolve, reject) =>
      this.conn.query(sql, params, (e, rows) =>
        e
          ? reject(archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', sql.slice(0, 80), why(e)))
          : resolve(rows as R[]),
      ),
    );
  }

  async readModel(): Promise<DatabaseModel> {
    const [info] = await this.query<{ db: string | null; version: string; user: string }>(
      'SELECT DATABASE() AS db, VERSION() AS version, CURRENT_USER() AS user',
    );
    const db = info?.db;
    if (!db)
      throw archiveError(
        'ARC_ERR_SIARD_DB_CONNECTION_INVALID',
        `${this.label} (name the database: mysql://user@host:port/<database>)`,
      );
    this.user = info.user;
    const relations = await this.query<{ name: string; type: string; comment: string }>(
      `SELECT TABLE_NAME AS name, TABLE_TYPE AS type, TABLE_COMMENT AS comment FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME`,
      [db],
    );
    const tables: TableModel[] = [];
    const views: ViewModel[] = [];
    for (const r of relations) {
      if (r.type === 'VIEW') views.push(await this.view(db, r.name));
      else tables.push(await this.table(db, r.name, r.comment));
    }
    const product = /mariadb/i.test(info.version) ? `MariaDB ${info.version}` : `MySQL ${info.version}`;
    return { dbname: db, product, schemas: [{ name: db, tables, views }] };
  }

  private async columns(db: string, table: string, strict: boolean): Promise<ColumnModel[]> {
    const rows = await this.query<{
      name: string;
      type: string;
      nullable: string;
      dflt: string | null;
      comment: string;
    }>(
      `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt,
              COLUMN_COMMENT AS comment
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
      [db, table],
    );
    return rows.map((c) => {
      const mapped = fromMysql(c.type);
      if (!mapped && strict)
        throw archiveError('ARC_ERR_SIARD_DB_TYPE_UNSUPPORTED', qualifiedName(db, table, c.name), c.type);
      return {
        name: c.name,
        type: mapped ?? { kind: 'clob' },
        typeOriginal: c.type,
        nullable: c.nullable === 'YES',
        ...(c.dflt !== null ? { defaultValue: c.dflt } : {}),
        ...(c.comment ? { description: c.comment } : {}),
      };
    });
  }

  private async table(db: string, name: string, comment: string): Promise<TableModel> {
    const columns = await this.columns(db, name, true);
    const keys = await this.query<{
      name: string;
      kind: string;
      col: string;
      ref_schema: string | null;
      ref_table: string | null;
      ref_col: string | null;
    }>(
      `SELECT tc.CONSTRAINT_NAME AS name, tc.CONSTRAINT_TYPE AS kind, k.COLUMN_NAME AS col,
              k.REFERENCED_TABLE_SCHEMA AS ref_schema, k.REFERENCED_TABLE_NAME AS ref_table, k.REFERENCED_COLUMN_NAME AS ref_col
         FROM information_schema.TABLE_CONSTRAINTS tc
         JOIN information_schema.KEY_COLUMN_USAGE k
           ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_NAME = tc.TABLE_NAME
        WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
        ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
      [db, name],
    );
    const actions = await this.query<{ name: string; upd: string; del: string }>(
      `SELECT CONSTRAINT_NAME AS name, UPDATE_RULE AS upd, DELETE_RULE AS del
         FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?`,
      [db, name],
    );
    const grouped = new Map<string, typeof keys>();
    for (const k of keys)
      grouped.set(`${k.kind}\u0000${k.name}`, [...(grouped.get(`${k.kind}\u0000${k.name}`) ?? []), k]);
    let primaryKey: KeyModel | undefined;
    const candidateKeys: KeyModel[] = [];
    const foreignKeys: ForeignKeyModel[] = [];
    for (const group of grouped.values()) {
      const first = group[0] as (typeof keys)[number];
      const cols = group.map((k) => k.col);
      if (first.kind === 'PRIMARY KEY') primaryKey = { name: `pk_${name}`, columns: cols };
      else if (first.kind === 'UNIQUE') candidateKeys.push({ name: first.name, columns: cols });
      else {
        const rule = actions.find((a) => a.name === first.name);
        const deleteAction = referentialAction(rule?.del);
        const updateAction = referentialAction(rule?.upd);
        foreignKeys.push({
          name: first.name,
          referencedSchema: first.ref_schema ?? db,
          referencedTable: first.ref_table ?? '',
          references: group.map((k) => ({ column: k.col, referenced: k.ref_col ?? k.col })),
          ...(deleteAction ? { deleteAction } : {}),
          ...(updateAction ? { updateAction } : {}),
        });
      }
    }
    return {
      name,
      ...(comment ? { description: comment } : {}),
      columns,
      ...(primaryKey ? { primaryKey } : {}),
      candidateKeys,
      foreignKeys,
    };
  }

  private async view(db: string, name: string): Promise<ViewModel> {
    const [def] = await this.query<{ q: string | null }>(
      'SELECT VIEW_DEFINITION AS q FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
      [db, name],
    );
    return {
      name,
      ...(def?.q ? { queryOriginal: def.q } : {}),
      columns: await this.columns(db, name, false),
    };
  }

  async *readRows(
    schema: string,
    table: TableModel,
    options: { readonly lobColumns: boolean },
  ): AsyncIterable<readonly (readonly Cell[])[]> {
    const columns = table.columns.map((c) => quoteMysql(c.name)).join(', ');
    const size = options.lobColumns ? LOB_BATCH : BATCH;
    const stream = this.conn
      .query({
        sql: `SELECT ${columns} FROM ${quoteMysql(schema)}.${quoteMysql(table.name)}`,
        rowsAsArray: true,
      })
      .stream({ highWaterMark: size });
    let batch: Cell[][] = [];
    try {
      for await (const row of stream as AsyncIterable<Cell[]>) {
        batch.push(row);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
    } catch (e) {
      throw archiveError('ARC_ERR_SIARD_DB_QUERY_FAILED', `SELECT … FROM ${table.name}`, why(e));
    }
    if (batch.length > 0) yield batch;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.conn.end(() => resolve()));
  }
}
