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
}

/** The search index entry, analysed by services/server/search-text.ts for the backend. */
export interface SearchEntry {
  /** The aips.search_text column (PostgreSQL indexes it through the generated tsvector). */
  readonly text: string;
  /** The FTS5 body (SQLite); null on PostgreSQL. */
  readonly body: string | null;
}

/** A prepared search: the FTS5 MATCH expression or the to_tsquery input; '' matches nothing. */
export interface SearchQuery {
  readonly fts: string;
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
  if (caps.fullText === 'fts5') {
    await sql`INSERT INTO aip_search (aip_id, body) VALUES (${r.id}, ${search.body ?? ''})`.execute(db);
  }
}

/** Removes every AIP row, file, copy, event and the search index (reindex starts from nothing). */
export async function clearAips(db: Db, caps: DatabaseCapabilities): Promise<void> {
  if (caps.fullText === 'fts5') await sql`DELETE FROM aip_search`.execute(db);
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

export interface Page {
  readonly limit: number;
  readonly offset: number;
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

/** AIPs of the given tenants ('all' = every tenant), newest first. */
export async function listAips(
  db: Db,
  scope: AipScope,
  page: Page,
): Promise<{ rows: AipSummary[]; total: number }> {
  if (emptyScope(scope)) return { rows: [], total: 0 };
  const q = scoped(db.selectFrom('aips'), scope);
  const [rows, count] = await Promise.all([
    q
      .select(SUMMARY)
      .orderBy('aips.created_at', 'desc')
      .orderBy('aips.id')
      .limit(page.limit)
      .offset(page.offset)
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

function capped(
  rows: AipSummary[],
  n: number,
): { rows: AipSummary[]; total: number; totalIsLowerBound: boolean } {
  return { rows, total: Math.min(n, SEARCH_COUNT_CAP), totalIsLowerBound: n > SEARCH_COUNT_CAP };
}

/** Full-text search over the AIPs of the given tenants, best match first. */
export async function searchAips(
  db: Db,
  caps: DatabaseCapabilities,
  scope: AipScope,
  query: SearchQuery,
  page: Page,
): Promise<{ rows: AipSummary[]; total: number; totalIsLowerBound?: boolean }> {
  if (emptyScope(scope)) return { rows: [], total: 0 };
  if (caps.fullText === 'fts5') {
    const match = query.fts;
    if (!match) return { rows: [], total: 0 };
    const hits = db
      .selectFrom(
        sql<{
          aip_id: string;
          rank: number;
        }>`(SELECT aip_id, rank FROM aip_search WHERE aip_search MATCH ${match})`.as('hits'),
      )
      .innerJoin('aips', 'aips.id', 'hits.aip_id');
    const q = scoped(hits, scope);
    const [rows, count] = await Promise.all([
      q
        .select(SUMMARY)
        .orderBy('hits.rank')
        .orderBy('aips.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      db
        .selectFrom(
          q
            .select('aips.id')
            .limit(SEARCH_COUNT_CAP + 1)
            .as('capped'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst(),
    ]);
    return capped(rows, Number(count?.n ?? 0));
  }
  const tsq = query.tsquery;
  if (!tsq) return { rows: [], total: 0 };
  const query_ = sql`to_tsquery('swedish', ${tsq})`;
  const q = scoped(db.selectFrom('aips').where(sql<boolean>`search_vector @@ ${query_}`), scope);
  const [rows, count] = await Promise.all([
    q
      .select(SUMMARY)
      .orderBy(sql`ts_rank(search_vector, ${query_})`, 'desc')
      .orderBy('aips.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom(
        q
          .select('aips.id')
          .limit(SEARCH_COUNT_CAP + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  return capped(rows, Number(count?.n ?? 0));
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
