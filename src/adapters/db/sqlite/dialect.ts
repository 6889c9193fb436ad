/**
 * SQLite through better-sqlite3: WAL so that readers never wait for the writer, a busy timeout so
 * that a second process (a worker) waits for the lock instead of failing, foreign keys on.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type Dialect, type SqliteDatabase, type SqliteStatement } from 'kysely';

/** Prepared statements kept per SQL text (the repositories' queries are a few hundred shapes). */
const STATEMENT_CACHE_SIZE = 500;

export function sqliteDialect(file: string): Dialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 10000');
  database.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: withStatementCache(database) });
}

/**
 * Kysely prepares every query again, which was 5–9 % of the server's CPU under read load
 * (docs/adr/0011). all() and run() finish before they return, so one prepared statement serves
 * every caller; iterate() keeps its statement busy across awaits, so it gets a fresh one.
 */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) return hit;
      const statement = database.prepare(sql);
      const cached: SqliteStatement = {
        reader: statement.reader,
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => database.prepare(sql).iterate(parameters),
      };
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(sql, cached);
      return cached;
    },
  };
}
