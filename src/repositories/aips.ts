/**
 * Preserved AIPs: their rows, files, copies and events, and the search index (an FTS5 table on
 * SQLite, the generated tsvector on PostgreSQL; docs/adr/0007). The rows are always derived from
 * storage (services/server/aip/read-aip.ts), so they can be dropped and rebuilt by reindex.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { DatabaseCapabilities } from '../adapters/db/capabilities.ts';
import type {
  AipCopyTable,
  AipEventTable,
  AipFileTable,
  AipTable,
  Database,
  Db,
} from '../adapters/db/schema.ts';
import type { AipRecord } from '../services/server/aip/read-aip.ts';

export type AipRow = AipTable;
export type AipFileRow = AipFileTable;
export type AipCopyRow = AipCopyTable;
export type AipEventRow = AipEventTable;

const BATCH = 500;

export interface CopyFact {
  readonly location: string;
  /** 'verified' (read back, every checksum matched) or 'present' (found by reindex, not read back). */
  readonly state: 'verified' | 'present' | 'damaged';
  readonly verifiedAt: string | null;
  /** The last fixity check of the copy, whatever its outcome (kept by reindex from stored events). */
  readonly checkedAt?: string | null;
}

/** The search index entry, analysed by services/server/search-text.ts for the backend. */
export interface SearchEntry {
  /** The aips.search_text column (PostgreSQL indexes it through the generated tsvector). */
  readonly text: string;
  /** The FTS5 body (SQLite); null on PostgreSQL. */
  readonly body: string | null;
}

/**
 * A prepared search: the stems of the query words for FTS5 (each matches as a prefix, all
 * required) or the to_tsquery input; no stems / '' matches nothing.
 */
export interface SearchQuery {
  readonly stems: readonly string[];
  readonly tsquery: string;
}

export async function insertAip(
  db: Db,
  caps: DatabaseCapabilities,
  r: AipRecord,
  copies: readonly CopyFact[],
  search: SearchEntry,
): Promise<void> {
  await db
    .insertInto('aips')
    .values({
      id: r.id,
      tenant_id: r.tenantId,
      project_id: r.projectId,
      submission_id: r.submissionId,
      title: r.title,
      records_creator: r.recordsCreator,
      system_name: r.systemName,
      date_from: r.dateFrom,
      date_to: r.dateTo,
      reference_code: r.referenceCode,
      search_text: search.text,
      state: 'preserved',
      size: r.size,
      file_count: r.files.length,
      package_key: `aip/${r.id}`,
      restricted: r.restricted ? 1 : 0,
      created_at: r.createdAt,
      preserved_at: r.preservedAt,
    })
    .execute();
  for (let i = 0; i < r.files.length; i += BATCH) {
    await db
      .insertInto('aip_files')
      .values(r.files.slice(i, i + BATCH).map((f) => ({ aip_id: r.id, ...f })))
      .execute();
  }
  if (copies.length) {
    await db
      .insertInto('aip_copies')
      .values(
        copies.map((c) => ({
          aip_id: r.id,
          location: c.location,
          state: c.state,
          verified_at: c.verifiedAt,
          checked_at: c.checkedAt ?? null,
        })),
      )
      .execute();
  }
  if (r.events.length) {
    await db
      .insertInto('aip_events')
      .values(
        r.events.map((e) => ({
          id: e.id,
          aip_id: r.id,
          event_type: e.type,
          at: e.at,
          agent: e.agent,
          outcome: e.outcome,
          detail: e.detail,
        })),
      )
      .execute();
  }
  if (caps.fullText === 'fts5') await insertFts5(db, r, search.body ?? '');
}

/**
 * The AIP in both FTS5 tables under one rowid (migrations 0006 and 0008), and its words in the
 * term list that query prefixes are looked up in.
 */
async function insertFts5(db: Db, r: AipRecord, body: string): Promise<void> {
  const rowid = await searchRowid(db, r.createdAt);
  const scope = scopeTokens(r.tenantId, r.restricted);
  await sql`INSERT INTO aip_search (rowid, aip_id, body, scope)
    VALUES (${rowid}, ${r.id}, ${body}, ${scope})`.execute(db);
  const words = body.split(' ').filter(Boolean);
  await sql`INSERT INTO aip_search_tenant (rowid, body, flags)
    VALUES (${rowid}, ${words.map((w) => fusedTerm(r.tenantId, w)).join(' ')}, ${scope})`.execute(db);
  const terms = [...new Set(words)];
  for (let i = 0; i < terms.length; i += BATCH) {
    const values = terms.slice(i, i + BATCH).map((t) => sql`(${t})`);
    await sql`INSERT OR IGNORE INTO aip_search_terms (term) VALUES ${sql.join(values)}`.execute(db);
  }
}

/** The FTS5 `scope` column: a token for the tenant (hex, so any id is one token) and the restricted flag. */
export function scopeTokens(tenantId: string, restricted: boolean): string {
  return `${tenantToken(tenantId)} r${restricted ? 1 : 0}`;
}

const tenantToken = (tenantId: string): string => `t${Buffer.from(tenantId, 'utf8').toString('hex')}`;

/** A word of the tenant-fused FTS5 table (migration 0008): one token, as hex never contains an x. */
const fusedTerm = (tenantId: string, term: string): string => `${tenantToken(tenantId)}x${term}`;

/**
 * An FTS5 rowid that sorts as created_at (milliseconds × 1000 + a counter within the millisecond,
 * as migration 0006 numbers existing rows), so "newest first" is the index's own order and stays
 * the same after a reindex. A full or unparseable millisecond falls back to after the last rowid.
 */
async function searchRowid(db: Db, createdAt: string): Promise<number> {
  const ms = Date.parse(createdAt);
  const base = (Number.isFinite(ms) ? ms : 0) * 1000;
  // Rowid equality is an index lookup in FTS5 (a rowid range is not); one lookup in practice.
  for (let candidate = base; candidate < base + 1000; candidate++) {
    const taken = await sql`SELECT 1 FROM aip_search WHERE rowid = ${candidate}`.execute(db);
    if (taken.rows.length === 0) return candidate;
  }
  const last = await sql<{
    n: number;
  }>`SELECT rowid AS n FROM aip_search ORDER BY rowid DESC LIMIT 1`.execute(db);
  return (last.rows[0]?.n ?? 0) + 1;
}

/**
 * Merges each FTS5 index into one b-tree (SQLite; nothing on PostgreSQL). Inserts one by one leave
 * a dozen segments, and every query word is looked up in each: a search with several words
 * measured 0.08 ms slower per request over 100,000 AIPs (docs/adr/0011). For after bulk loads
 * (reindex); it rewrites the whole index (~2.5 s at 100,000 AIPs).
 */
export async function optimizeSearchIndex(db: Db, caps: DatabaseCapabilities): Promise<void> {
  if (caps.fullText !== 'fts5') return;
  await sql`INSERT INTO aip_search (aip_search) VALUES ('optimize')`.execute(db);
  await sql`INSERT INTO aip_search_tenant (aip_search_tenant) VALUES ('optimize')`.execute(db);
}

/** Removes every AIP row, file, copy, event and the search index (reindex starts from nothing). */
export async function clearAips(db: Db, caps: DatabaseCapabilities): Promise<void> {
  if (caps.fullText === 'fts5') {
    await sql`DELETE FROM aip_search`.execute(db);
    await sql`INSERT INTO aip_search_tenant (aip_search_tenant) VALUES ('delete-all')`.execute(db);
    await sql`DELETE FROM aip_search_terms`.execute(db);
  }
  await db.deleteFrom('aip_events').execute();
  await db.deleteFrom('aip_copies').execute();
  await db.deleteFrom('aip_files').execute();
  await db.deleteFrom('aips').execute();
}

export function getAip(db: Db, id: string): Promise<AipRow | undefined> {
  return db.selectFrom('aips').selectAll().where('id', '=', id).executeTakeFirst();
}

export function getAipBySubmission(db: Db, submissionId: string): Promise<AipRow | undefined> {
  return db.selectFrom('aips').selectAll().where('submission_id', '=', submissionId).executeTakeFirst();
}

export type AipSummary = Omit<AipRow, 'search_text'>;

const SUMMARY = [
  'aips.id',
  'aips.tenant_id',
  'aips.project_id',
  'aips.submission_id',
  'aips.title',
  'aips.records_creator',
  'aips.system_name',
  'aips.date_from',
  'aips.date_to',
  'aips.reference_code',
  'aips.state',
  'aips.size',
  'aips.file_count',
  'aips.package_key',
  'aips.restricted',
  'aips.created_at',
  'aips.preserved_at',
] as const;

/** SUMMARY over the alias `a` of `aips`, for raw SQL. */
const SUMMARY_OF_A = sql.raw(SUMMARY.map((c) => c.replace(/^aips\./, 'a.')).join(', '));

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** Keyset paging for the list: the rows after this (created_at, id) in the list's order. */
export interface ListCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** Which AIPs a caller may see: tenants, and among those the tenants whose restricted AIPs too. */
export interface AipScope {
  readonly tenants: 'all' | readonly string[];
  readonly restrictedTenants: 'all' | readonly string[];
}

const emptyScope = (s: AipScope): boolean => s.tenants !== 'all' && s.tenants.length === 0;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function scoped<Q extends { where: (...args: any[]) => Q }>(q: Q, scope: AipScope): Q {
  let out = q;
  if (scope.tenants !== 'all') out = out.where('aips.tenant_id', 'in', scope.tenants);
  const rt = scope.restrictedTenants;
  if (rt === 'all') return out;
  return out.where((eb: ExpressionBuilder<Database, 'aips'>) =>
    rt.length === 0
      ? eb('aips.restricted', '=', 0)
      : eb.or([eb('aips.restricted', '=', 0), eb('aips.tenant_id', 'in', rt)]),
  );
}

/**
 * AIPs of the given tenants ('all' = every tenant), newest first (ties: id descending, so that
 * the order is the index's and a deep page skips index entries without sorting).
 */
export async function listAips(
  db: Db,
  scope: AipScope,
  page: Page,
  after?: ListCursor,
): Promise<{ rows: AipSummary[]; total: number }> {
  if (emptyScope(scope)) return { rows: [], total: 0 };
  const q = scoped(db.selectFrom('aips'), scope);
  // With a cursor the page starts right after it in the index; an offset walks every row before.
  const from = after
    ? q.where((eb) => eb(eb.refTuple('aips.created_at', 'aips.id'), '<', eb.tuple(after.createdAt, after.id)))
    : q;
  const [rows, count] = await Promise.all([
    from
      .select(SUMMARY)
      .orderBy('aips.created_at', 'desc')
      .orderBy('aips.id', 'desc')
      .limit(page.limit)
      .offset(after ? 0 : page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/**
 * Search counts stop at this many hits: counting every match of a common word over 100,000 AIPs
 * costs more than the page itself, and nobody pages past a thousand hits ("över 1 000 träffar").
 */
export const SEARCH_COUNT_CAP = 1000;

/**
 * Up to this many hits are ranked by relevance; past it the hits come newest first. bm25 reads
 * every hit's statistics and every document containing each query word: 3.5–7.5 ms per request
 * for a few hundred hits over 100,000 AIPs, against ~1 ms for the newest page (docs/adr/0011);
 * and a broad search's hundreds of similar titles are better read in date order.
 */
export const SEARCH_RANK_CAP = 100;

export interface SearchPage {
  readonly rows: AipSummary[];
  readonly total: number;
  readonly totalIsLowerBound: boolean;
  /** 'relevance' (at most SEARCH_RANK_CAP hits) or 'newest' (more hits than that). */
  readonly order: 'relevance' | 'newest';
}

const noHits: SearchPage = { rows: [], total: 0, totalIsLowerBound: false, order: 'relevance' };

function searchPage(rows: AipSummary[], n: number): SearchPage {
  return {
    rows,
    total: Math.min(n, SEARCH_COUNT_CAP),
    totalIsLowerBound: n > SEARCH_COUNT_CAP,
    order: n > SEARCH_RANK_CAP ? 'newest' : 'relevance',
  };
}

/** Full-text search over the AIPs of the given tenants: best match first, or newest past the cap. */
export async function searchAips(
  db: Db,
  caps: DatabaseCapabilities,
  scope: AipScope,
  query: SearchQuery,
  page: Page,
): Promise<SearchPage> {
  if (emptyScope(scope)) return noHits;
  return caps.fullText === 'fts5'
    ? searchFts5(db, scope, query.stems, page)
    : searchTsvector(db, scope, query.tsquery, page);
}

/**
 * A stem expands to the indexed words it is a prefix of, so that FTS5 reads their doclists lazily
 * (a prefix query merges every matching doclist first); past this many words, or when the term
 * list knows none (a word FTS5 split differently), the stem stays a prefix query.
 */
const MAX_EXPANSION = 16;

/** Past this many fused alternatives (tenants × query words) the shared table's scope filter is used. */
const MAX_FUSED_TERMS = 32;

/** Stems this short use the shared table's prefix index (prefix = '2 3', migration 0006). */
const INDEXED_PREFIX = 3;

const quoted = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/**
 * The indexed words that start with each stem (one query for all), or null for a stem that stays
 * a prefix query.
 */
async function expansions(db: Db, stems: readonly string[]): Promise<Map<string, string[] | null>> {
  const out = new Map<string, string[] | null>();
  if (stems.length === 0) return out;
  const lookups = stems.map(
    (stem, i) => sql`SELECT ${i} AS i, term FROM (SELECT term FROM aip_search_terms
      WHERE term >= ${stem} AND term < ${`${stem}\u{10FFFF}`} LIMIT ${MAX_EXPANSION + 1})`,
  );
  const rows = await sql<{ i: number; term: string }>`${sql.join(lookups, sql` UNION ALL `)}`.execute(db);
  const found = stems.map((): string[] => []);
  for (const r of rows.rows) found[r.i]?.push(r.term);
  stems.forEach((stem, i) => {
    const terms = found[i] ?? [];
    out.set(stem, terms.length === 0 || terms.length > MAX_EXPANSION ? null : terms);
  });
  return out;
}

interface FtsPlan {
  readonly table: 'aip_search' | 'aip_search_tenant';
  readonly match: string;
}

/** One query word over the given word prefixes ('' = the shared table's plain words). */
function wordGroup(stem: string, terms: string[] | null, prefixes: readonly string[]): string {
  const alternatives = prefixes.flatMap((p) =>
    terms ? terms.map((t) => quoted(p + t)) : [`${quoted(p + stem)}*`],
  );
  return `(${alternatives.join(' OR ')})`;
}

/**
 * Restricted AIPs outside restrictedTenants are cut out with NOT: the doclist of `r1` (the few
 * restricted AIPs) is short, where AND-ing `r0` read every unrestricted AIP's entry.
 */
function restrictedFilter(column: string, rt: 'all' | readonly string[]): string {
  if (rt === 'all') return '';
  if (rt.length === 0) return ` NOT ${column} : r1`;
  return ` NOT (${column} : r1 NOT ${column} : (${rt.map(tenantToken).join(' OR ')}))`;
}

/**
 * The FTS5 table and MATCH for a search. A tenant-scoped caller searches their tenants' fused
 * words (aip_search_tenant, migration 0008), while that stays a few alternatives: a stem that is
 * the start of one word asks for that word; one that starts several stays a prefix there (within a
 * municipality the merged doclists are short, and measured cheaper than an OR of each word's
 * doclist). Otherwise the shared table, narrowed by the scope tokens, with each stem as the OR of
 * its words (prefix index for short stems).
 */
async function ftsPlan(db: Db, scope: AipScope, stems: readonly string[]): Promise<FtsPlan> {
  const tenants = scope.tenants;
  const fused = tenants !== 'all' && stems.length * tenants.length <= MAX_FUSED_TERMS;
  const found = await expansions(
    db,
    stems.filter((stem) => fused || stem.length > INDEXED_PREFIX),
  );
  const terms = (stem: string): string[] | null => found.get(stem) ?? null;
  if (fused) {
    const prefixes = tenants.map((t) => fusedTerm(t, ''));
    const oneWord = (stem: string) => (terms(stem)?.length === 1 ? terms(stem) : null);
    const words = stems.map((stem) => wordGroup(stem, oneWord(stem), prefixes)).join(' AND ');
    return {
      table: 'aip_search_tenant',
      match: `(body : (${words}))${restrictedFilter('flags', scope.restrictedTenants)}`,
    };
  }
  const words = stems.map((stem) => wordGroup(stem, terms(stem), [''])).join(' AND ');
  const inTenants = tenants === 'all' ? '' : ` AND scope : (${tenants.map(tenantToken).join(' OR ')})`;
  return {
    table: 'aip_search',
    match: `(body : (${words})${inTenants})${restrictedFilter('scope', scope.restrictedTenants)}`,
  };
}

/**
 * SQLite: the whole filter (words, tenants, restricted) runs inside FTS5; only the page's rows are
 * looked up in `aips`. Count first (at most SEARCH_COUNT_CAP + 1 rowids), then the page either by
 * rank (bm25 over the body, up to SEARCH_RANK_CAP hits) or by rowid descending (= created_at, see
 * searchRowid). One pass collecting 1,001 rowids newest first instead measured slower than the
 * two (docs/adr/0011).
 */
async function searchFts5(
  db: Db,
  scope: AipScope,
  stems: readonly string[],
  page: Page,
): Promise<SearchPage> {
  if (stems.length === 0) return noHits;
  const { table, match } = await ftsPlan(db, scope, stems);
  const t = sql.raw(table);
  const counted = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (SELECT rowid FROM ${t} WHERE ${t} MATCH ${match}
      LIMIT ${SEARCH_COUNT_CAP + 1})`.execute(db);
  const n = Number(counted.rows[0]?.n ?? 0);
  if (n === 0 || (n <= SEARCH_COUNT_CAP && page.offset >= n)) return searchPage([], n);
  const ranked = n <= SEARCH_RANK_CAP;
  // The page's rowids (by rank or newest first), then their AIPs in the same order: FTS5 rowids
  // are shared by both tables, and `aip_search` maps them to the AIP id.
  const rows = await sql<AipSummary>`
    SELECT ${SUMMARY_OF_A} FROM (
      SELECT rowid AS r, ${ranked ? sql`rank` : sql`0`} AS k FROM ${t} WHERE ${t} MATCH ${match}
      ORDER BY ${ranked ? sql`rank, ` : sql``}rowid DESC LIMIT ${page.limit} OFFSET ${page.offset}
    ) h
    JOIN aip_search s ON s.rowid = h.r
    JOIN aips a ON a.id = s.aip_id
    ORDER BY h.k, h.r DESC`.execute(db);
  return searchPage(rows.rows, n);
}

/** PostgreSQL: the GIN index on the generated tsvector, with the same count-then-page plan. */
async function searchTsvector(db: Db, scope: AipScope, tsq: string, page: Page): Promise<SearchPage> {
  if (!tsq) return noHits;
  const query = sql`to_tsquery('swedish', ${tsq})`;
  const q = scoped(db.selectFrom('aips').where(sql<boolean>`search_vector @@ ${query}`), scope);
  const count = await db
    .selectFrom(
      q
        .select('aips.id')
        .limit(SEARCH_COUNT_CAP + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const n = Number(count?.n ?? 0);
  if (n === 0 || (n <= SEARCH_COUNT_CAP && page.offset >= n)) return searchPage([], n);
  const ranked = n > SEARCH_RANK_CAP ? q : q.orderBy(sql`ts_rank(search_vector, ${query})`, 'desc');
  const rows = await ranked
    .select(SUMMARY)
    .orderBy('aips.created_at', 'desc')
    .orderBy('aips.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return searchPage(rows, n);
}

export function listAipFiles(db: Db, aipId: string, page: Page): Promise<AipFileRow[]> {
  return db
    .selectFrom('aip_files')
    .selectAll()
    .where('aip_id', '=', aipId)
    .orderBy('path')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export function getAipFile(db: Db, aipId: string, path: string): Promise<AipFileRow | undefined> {
  return db
    .selectFrom('aip_files')
    .selectAll()
    .where('aip_id', '=', aipId)
    .where('path', '=', path)
    .executeTakeFirst();
}

export function listAipEvents(db: Db, aipId: string): Promise<AipEventRow[]> {
  return db
    .selectFrom('aip_events')
    .selectAll()
    .where('aip_id', '=', aipId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export function listAipCopies(db: Db, aipId: string): Promise<AipCopyRow[]> {
  return db.selectFrom('aip_copies').selectAll().where('aip_id', '=', aipId).orderBy('location').execute();
}

export async function updateCopy(
  db: Db,
  aipId: string,
  location: string,
  changes: Partial<AipCopyRow>,
): Promise<void> {
  await db
    .updateTable('aip_copies')
    .set(changes)
    .where('aip_id', '=', aipId)
    .where('location', '=', location)
    .execute();
}

/** The signed approval of a submission with the approver's name (the ingest's PREMIS agent). */
export function approvalForIngest(
  db: Db,
  submissionId: string,
): Promise<
  | {
      approved_by: string;
      approved_at: string;
      key_id: string;
      manifest_sha256: string;
      display_name: string | null;
    }
  | undefined
> {
  return db
    .selectFrom('approvals')
    .leftJoin('users', 'users.id', 'approvals.approved_by')
    .select([
      'approvals.approved_by',
      'approvals.approved_at',
      'approvals.key_id',
      'approvals.manifest_sha256',
      'users.display_name',
    ])
    .where('approvals.submission_id', '=', submissionId)
    .executeTakeFirst();
}
