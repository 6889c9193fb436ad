/**
 * Finding AIPs again: Swedish full-text search over their descriptive metadata and the paginated
 * list, both limited to the tenants the caller may search (and restricted AIPs to those who may
 * read them; every restricted AIP shown is audited).
 */
import type { DatabaseCapabilities } from '../../adapters/db/capabilities.ts';
import type { Principal } from '../../core/access/roles.ts';
import { ArchiveError } from '../../core/errors.ts';
import {
  listAips,
  searchAips,
  type AipScope,
  type AipSummary,
  type ListCursor,
  type SearchEntry,
} from '../../repositories/aips.ts';
import { visibleTenants } from './access.ts';
import { audit, inTransaction, type ServiceContext } from './context.ts';
import { ftsBody, queryStems, tsQuery, tsvectorText } from './search-text.ts';

export const MAX_PAGE_SIZE = 100;

export function searchEntry(caps: DatabaseCapabilities, text: string): SearchEntry {
  return caps.fullText === 'fts5' ? { text, body: ftsBody(text) } : { text: tsvectorText(text), body: null };
}

export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
  readonly tenantId?: string;
  /** List only: the `nextCursor` of the previous page (keyset paging; `page` is then ignored). */
  readonly after?: string;
}

export interface AipPage {
  readonly items: AipSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** The search found more than `total` hits (counting stops at SEARCH_COUNT_CAP). */
  readonly totalIsLowerBound?: boolean;
}

export interface ListPage extends AipPage {
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface SearchResultPage extends AipPage {
  readonly totalIsLowerBound: boolean;
  /** Hits by relevance, or newest first when there are more than SEARCH_RANK_CAP (100). */
  readonly order: 'relevance' | 'newest';
}

/** The caller's scope for a permission, narrowed to one tenant when asked. */
export function aipScope(
  ctx: ServiceContext,
  p: Principal,
  permission: 'aip:read' | 'search:read',
  tenantId?: string,
): AipScope {
  const narrow = (set: 'all' | string[]): 'all' | string[] => {
    if (!tenantId) return set;
    return set === 'all' || set.includes(tenantId) ? [tenantId] : [];
  };
  const tenants = narrow(visibleTenants(ctx, p, permission));
  const restricted = narrow(visibleTenants(ctx, p, 'aip:read-restricted'));
  // Restricted AIPs need no filter where the caller may read them in every tenant of the scope
  // (an arkivarie in their own municipality): the list's count then comes from the index alone.
  if (restricted === 'all') return { tenants, restrictedTenants: 'all' };
  if (tenants === 'all') return { tenants, restrictedTenants: restricted };
  const inScope = restricted.filter((t) => tenants.includes(t));
  return { tenants, restrictedTenants: inScope.length === tenants.length ? 'all' : inScope };
}

async function auditRestricted(
  ctx: ServiceContext,
  p: Principal,
  action: string,
  items: readonly AipSummary[],
  detail: object,
) {
  const restricted = items.filter((a) => a.restricted === 1);
  if (restricted.length === 0) return;
  await inTransaction(ctx, async (trx) => {
    for (const a of restricted) await audit(trx, ctx, p, a.tenant_id, action, 'aip', a.id, detail);
  });
}

function paging(req: PageRequest): { page: number; pageSize: number; limit: number; offset: number } {
  const page = Math.max(1, Math.floor(req.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(req.pageSize ?? 20)));
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

export async function searchAipsFor(
  ctx: ServiceContext,
  p: Principal,
  query: string,
  req: PageRequest = {},
): Promise<SearchResultPage> {
  const pg = paging(req);
  const scope = aipScope(ctx, p, 'search:read', req.tenantId);
  const prepared = { stems: queryStems(query), tsquery: tsQuery(query) };
  const { rows, total, totalIsLowerBound, order } = await searchAips(ctx.db, ctx.caps, scope, prepared, pg);
  await auditRestricted(ctx, p, 'aip.search-restricted', rows, { query });
  return { items: rows, total, totalIsLowerBound, order, page: pg.page, pageSize: pg.pageSize };
}

export async function listAipsFor(
  ctx: ServiceContext,
  p: Principal,
  req: PageRequest = {},
): Promise<ListPage> {
  const pg = paging(req);
  const after = req.after === undefined ? undefined : parseCursor(req.after);
  const scope = aipScope(ctx, p, 'aip:read', req.tenantId);
  const { rows, total } = await listAips(ctx.db, scope, pg, after);
  await auditRestricted(ctx, p, 'aip.list-restricted', rows, {});
  const last = rows.length === pg.limit ? rows[rows.length - 1] : undefined;
  return {
    items: rows,
    total,
    page: after ? 0 : pg.page,
    pageSize: pg.pageSize,
    nextCursor: last ? cursorOf(last) : null,
  };
}

/** The opaque list cursor: base64url of the last row's created_at and id. */
export function cursorOf(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id]), 'utf8').toString('base64url');
}

function parseCursor(cursor: string): ListCursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return { createdAt: v[0], id: v[1] };
  } catch {
    // reported below
  }
  throw new ArchiveError('ARC_ERR_REQUEST_INVALID', [`not a list cursor: ${cursor}`]);
}
