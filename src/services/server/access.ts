/** Access decisions for the services: every use case asks here before it reads or changes. */
import { archiveError } from '../../core/errors.ts';
import { can, tenantsWith, type Permission, type Principal } from '../../core/access/roles.ts';
import type { ServiceContext } from './context.ts';

export function requirePermission(
  ctx: ServiceContext,
  p: Principal,
  permission: Permission,
  tenantId: string,
): void {
  if (!can(p, permission, tenantId, { consortiumId: ctx.consortiumId })) {
    throw archiveError('ARC_ERR_FORBIDDEN', `${permission} @ ${tenantId}`);
  }
}

export function visibleTenants(ctx: ServiceContext, p: Principal, permission: Permission): 'all' | string[] {
  return tenantsWith(p, permission, { consortiumId: ctx.consortiumId });
}

export function hasPermission(
  ctx: ServiceContext,
  p: Principal,
  permission: Permission,
  tenantId: string,
): boolean {
  return can(p, permission, tenantId, { consortiumId: ctx.consortiumId });
}
