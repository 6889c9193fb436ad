/**
 * The AIP list is ordered newest first over every tenant a reader sees: an index on
 * (created_at, id) serves that order without sorting 100,000 rows per page (bench:api-load).
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const preservationMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.createIndex('aips_created').on('aips').columns(['created_at', 'id']).execute();
  },
};
