/**
 * Opens the database named by a connection string — `sqlite:<file>` (the embedded default) or
 * `postgres://…` — and brings its schema up to date. The only place that picks a backend.
 */
import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { archiveError } from '../../core/errors.ts';
import type { DatabaseCapabilities } from './capabilities.ts';
import { migrations } from './migrations/index.ts';
import { POSTGRES_CAPABILITIES } from './postgres/capabilities.ts';
import { postgresDialect } from './postgres/dialect.ts';
import type { Database } from './schema.ts';
import { SQLITE_CAPABILITIES } from './sqlite/capabilities.ts';
import { sqliteDialect } from './sqlite/dialect.ts';

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly caps: DatabaseCapabilities;
  readonly url: string;
  close(): Promise<void>;
}

export async function openDatabase(url: string, options: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  let caps: DatabaseCapabilities;
  let db: Kysely<Database>;
  if (url.startsWith('sqlite:')) {
    caps = SQLITE_CAPABILITIES;
    db = new Kysely<Database>({ dialect: sqliteDialect(url.slice('sqlite:'.length)) });
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    caps = POSTGRES_CAPABILITIES;
    db = new Kysely<Database>({ dialect: postgresDialect(url) });
  } else {
    throw archiveError('ARC_ERR_DB_URL', url);
  }
  const opened: OpenDatabase = { db, caps, url, close: () => db.destroy() };
  if (options.migrate !== false) {
    try {
      await migrateToLatest(opened);
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  return opened;
}

export async function migrateToLatest({ db, caps }: Pick<OpenDatabase, 'db' | 'caps'>): Promise<string[]> {
  const all = migrations(caps);
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(all) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw archiveError('ARC_ERR_DB_MIGRATION', error instanceof Error ? error.message : String(error));
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
