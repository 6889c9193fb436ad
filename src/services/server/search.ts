/**
 * Finding AIPs again: Swedish full-text search over their descriptive metadata and the paginated
 * list, both limited to the tenants the caller may search (and restricted AIPs to those who may
 * read them; every restricted AIP shown is audited).
 */
import type { DatabaseCapabilities } from '../../adapters/db/capabilities.ts';
import type { Principal } from '../../core/access/roles.ts';
import {
  listAips,
  searchAips,
  type AipScope,
  type AipSummary,
  type SearchEntry,
} from '../../repositories/aips.ts';
import { visibleTenants } from './access.ts';
import { audit, inTransaction, type ServiceContext } from './context.ts';
import { ftsBody, ftsQuery, queryStems, tsQuery, tsvectorText } from './search-text.ts';

export const MAX_PAGE_SIZE = 100;

export function searchEntry(caps: DatabaseCapabilities, text: string): SearchEntry {
  return caps.fullText === 'fts5' ? { text, body: ftsBody(text) } : { text: tsvectorText(text), body: null };
}

export interface PageRequest {
  readonly page?: number;
  readonly pageSize?: number;
  readonly tenantId?: string;
}

export interface AipPage {
  readonly items: AipSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** The search found more than `total` hits (counting stops at SEARCH_COUNT_CAP). */
  readonly totalIsLowerBound?: boolean;
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
  return {
    tenants: narrow(visibleTenants(ctx, p, permission)),
    restrictedTenants: narrow(visibleTenants(ctx, p, 'aip:read-restricted')),
  };
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
): Promise<AipPage> {
  const pg = paging(req);
  const scope = aipScope(ctx, p, 'search:read', req.tenantId);
  const prepared = { fts: ftsQuery(queryStems(query)), tsquery: tsQuery(query) };
  const { rows, total, totalIsLowerBound } = await searchAips(ctx.db, ctx.caps, scope, prepared, pg);
  await auditRestricted(ctx, p, 'aip.search-restricted', rows, { query });
  return {
    items: rows,
    total,
    totalIsLowerBound: totalIsLowerBound ?? false,
    page: pg.page,
    pageSize: pg.pageSize,
  };
}

export async function listAipsFor(
  ctx: ServiceContext,
  p: Principal,
  req: PageRequest = {},
): Promise<AipPage> {
  const pg = paging(req);
  const { rows, total } = await listAips(ctx.db, aipScope(ctx, p, 'aip:read', req.tenantId), pg);
  await auditRestricted(ctx, p, 'aip.list-restricted', rows, {});
  return { items: rows, total, page: pg.page, pageSize: pg.pageSize };
}
