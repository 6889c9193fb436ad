/** The consortium and its member municipalities as the API and CLI show them. */
import * as tenants from '../../repositories/tenants.ts';
import type { ServiceContext } from './context.ts';

export interface TenantView {
  readonly id: string;
  readonly kind: 'consortium' | 'municipality';
  readonly name: string;
  readonly orgNumber: string | null;
  readonly parentId: string | null;
  readonly isHost: boolean;
}

export async function listTenants(ctx: ServiceContext): Promise<TenantView[]> {
  const rows = await tenants.listTenants(ctx.db);
  return rows.map((t) => ({
    id: t.id,
    kind: t.kind,
    name: t.name,
    orgNumber: t.org_number,
    parentId: t.parent_id,
    isHost: t.is_host === 1,
  }));
}
