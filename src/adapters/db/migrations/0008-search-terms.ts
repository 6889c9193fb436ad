/**
 * Search under load, second step (docs/adr/0011, "Session 4"), SQLite only:
 * - `aip_search_terms`: every word of the FTS5 body once. A query word is a prefix; FTS5 answers a
 *   prefix it has no prefix index for by merging the whole doclist of every word that starts with
 *   it before the first row comes out (0.3–0.6 ms for a common word over 100,000 AIPs, on every
 *   query). The repository looks the prefix up here and asks FTS5 for those words instead, which
 *   FTS5 reads lazily: the capped count and the newest page stop after the rows they need.
 * - `aip_search_tenant`: the same words, each fused with its AIP's tenant token
 *   (`t<hex of tenant id>x<word>`), plus the scope tokens in `flags`. A municipality's search
 *   reads only its own doclists instead of intersecting the consortium's doclist of a word with
 *   the doclist of the tenant token (every AIP of the municipality). Contentless: only the index.
 * PostgreSQL searches through its GIN-indexed tsvector, where neither applies: nothing changes there.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DatabaseCapabilities } from '../capabilities.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The tenant-fused FTS5 table as this migration creates it. */
export const AIP_SEARCH_TENANT_FTS5 = sql`CREATE VIRTUAL TABLE aip_search_tenant USING fts5(body, flags, content = '', tokenize = 'unicode61 remove_diacritics 0')`;

/**
 * The body's words as rows of json_each: the body is the repository's words joined by single
 * spaces, each only letters and digits (services/server/search-text.ts), so it is safe in a JSON
 * string literal.
 */
const bodyWords = (body: ReturnType<typeof sql.ref>) =>
  sql`json_each('["' || replace(${body}, ' ', '","') || '"]')`;

async function up(db: AnyDb): Promise<void> {
  await sql`CREATE TABLE aip_search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID`.execute(db);
  await sql`INSERT OR IGNORE INTO aip_search_terms (term)
    SELECT w.value FROM aip_search s, ${bodyWords(sql.ref('s.body'))} w
    WHERE s.body <> '' AND w.value <> ''`.execute(db);
  await AIP_SEARCH_TENANT_FTS5.execute(db);
  await sql`INSERT INTO aip_search_tenant (aip_search_tenant, rank) VALUES ('rank', 'bm25(1.0, 0.0)')`.execute(
    db,
  );
  // The tenant token is the first word of `scope` (migration 0006: 't<hex> r0|r1').
  await sql`INSERT INTO aip_search_tenant (rowid, body, flags)
    SELECT s.rowid,
      CASE WHEN s.body = '' THEN '' ELSE (
        SELECT group_concat(substr(s.scope, 1, instr(s.scope, ' ') - 1) || 'x' || w.value, ' ')
        FROM ${bodyWords(sql.ref('s.body'))} w WHERE w.value <> '') END,
      s.scope
    FROM aip_search s`.execute(db);
  // One b-tree per index instead of the dozen segments that 100,000 inserts leave behind.
  await sql`INSERT INTO aip_search (aip_search) VALUES ('optimize')`.execute(db);
  await sql`INSERT INTO aip_search_tenant (aip_search_tenant) VALUES ('optimize')`.execute(db);
}

export function searchTermsMigration(caps: DatabaseCapabilities): Migration {
  return {
    async up(db: AnyDb) {
      if (caps.fullText === 'fts5') await up(db);
    },
  };
}
