/**
 * List and search over 100,000 AIPs under load (docs/adr/0011, bench:api-load):
 * - the AIP indexes end in (created_at, id, …, restricted): the list's order (newest first, then id
 *   descending) is read from the index without a sort, deep pages skip index entries only, and the
 *   page's count(*) with a tenant or restricted filter is answered from the index alone;
 * - SQLite: the FTS5 table gets a `scope` column (a token for the AIP's tenant and one for its
 *   restricted flag), so that a municipality's search is narrowed inside the full-text index
 *   instead of joining every match of a common word to `aips` first; a prefix index for 2- and
 *   3-letter prefixes ("KS"); rank = bm25 over the body only; and rowids that follow created_at
 *   (repositories/aips.ts searchRowid), so that "newest first" is the index's own order.
 * PostgreSQL keeps its generated tsvector; only the indexes change there.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DatabaseCapabilities } from '../capabilities.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The FTS5 table as this migration creates it (reindex and tests create nothing else). */
export const AIP_SEARCH_FTS5 = sql`CREATE VIRTUAL TABLE aip_search USING fts5(aip_id UNINDEXED, body, scope, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`;

/** Milliseconds since 1970 of an ISO timestamp in SQL (NULL when unparseable → 0), as Date.parse. */
const createdMs = sql`coalesce(CAST(round((julianday(a.created_at) - 2440587.5) * 86400000) AS INTEGER), 0)`;

async function rebuildFts5(db: AnyDb): Promise<void> {
  await sql`ALTER TABLE aip_search RENAME TO aip_search_0001`.execute(db);
  await AIP_SEARCH_FTS5.execute(db);
  await sql`INSERT INTO aip_search (aip_search, rank) VALUES ('rank', 'bm25(0.0, 1.0, 0.0)')`.execute(db);
  await sql`
    INSERT INTO aip_search (rowid, aip_id, body, scope)
    SELECT ms * 1000 + (row_number() OVER (PARTITION BY ms ORDER BY id) - 1), id, body, scope
    FROM (
      SELECT ${createdMs} AS ms, a.id AS id, s.body AS body,
             't' || lower(hex(a.tenant_id)) || ' r' || a.restricted AS scope
      FROM aip_search_0001 s JOIN aips a ON a.id = s.aip_id
    )`.execute(db);
  await sql`DROP TABLE aip_search_0001`.execute(db);
}

export function searchSpeedMigration(caps: DatabaseCapabilities): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.dropIndex('aips_created').execute();
      await db.schema.dropIndex('aips_tenant_created').execute();
      await db.schema
        .createIndex('aips_created_scope')
        .on('aips')
        .columns(['created_at', 'id', 'tenant_id', 'restricted'])
        .execute();
      await db.schema
        .createIndex('aips_tenant_created_scope')
        .on('aips')
        .columns(['tenant_id', 'created_at', 'id', 'restricted'])
        .execute();
      if (caps.fullText === 'fts5') await rebuildFts5(db);
    },
  };
}
