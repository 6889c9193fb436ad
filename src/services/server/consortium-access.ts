/**
 * Who may see and change the consortium's data. Consortium-wide documents (shares, budget, plan,
 * forecast, savings, yearly report) are the members' common business: anyone holding
 * consortium:read in any tenant may read them. The inventory is per municipality: its systems,
 * licence costs and reports are visible to the municipality's own people and the consortium's.
 */
import type { Permission, Principal } from '../../core/access/roles.ts';
import { archiveError } from '../../core/errors.ts';
import { requirePermission, visibleTenants } from './access.ts';
import type { ServiceContext } from './context.ts';

export function requireConsortiumRead(ctx: ServiceContext, p: Principal): void {
  const tenants = visibleTenants(ctx, p, 'consortium:read');
  if (tenants !== 'all' && tenants.length === 0) throw archiveError('ARC_ERR_FORBIDDEN', 'consortium:read');
}

/** A permission held in the consortium tenant itself (the council, finance, the e-archivists). */
export function requireConsortiumWide(ctx: ServiceContext, p: Principal, permission: Permission): void {
  requirePermission(ctx, p, permission, ctx.consortiumId);
}

/** Municipalities whose inventory the principal sees: consortium readers and inventory writers. */
export function inventoryTenants(ctx: ServiceContext, p: Principal): 'all' | string[] {
  const read = visibleTenants(ctx, p, 'consortium:read');
  const write = visibleTenants(ctx, p, 'inventory:write');
  if (read === 'all' || write === 'all') return 'all';
  return [...new Set([...read, ...write])];
}

/** Whether the principal sees the whole consortium (and so is shown unseen reports). */
export function seesWholeConsortium(ctx: ServiceContext, p: Principal): boolean {
  return visibleTenants(ctx, p, 'consortium:read') === 'all';
}

export function canSeeTenant(tenants: 'all' | readonly string[], tenantId: string): boolean {
  return tenants === 'all' || tenants.includes(tenantId);
}
