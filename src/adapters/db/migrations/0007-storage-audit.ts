/**
 * Fixity audits: when each copy was last checked, whatever the outcome (`verified_at` stays the
 * last time it was found intact). The rolling audit picks the copies checked longest ago first.
 * Upload locks shared by every server process: one row per locked upload with its holder and
 * lease (services/server/upload-locks.ts).
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const storageAuditMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('aip_copies').addColumn('checked_at', 'text').execute();
    await db.schema
      .createTable('upload_locks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('release_requested', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
