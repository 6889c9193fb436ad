/**
 * Rate-limit counters shared by every server process: one row per client key and route, with the
 * start of its window and the hits in it (api/plugins/rate-limit-store.ts). Kept in memory before,
 * so N server processes let a client try N times as often (docs/adr/0015).
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const rateLimitsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start_ms', 'bigint', (c) => c.notNull())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start_ms').execute();
  },
};
