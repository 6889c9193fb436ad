/** What the logged-in user may do on the consortium pages (the server decides; this hides controls). */
import type { Permission } from '../../../../src/core/access/roles.ts';
import { useSession } from '../../session.tsx';

export interface ConsortiumAccess {
  /** Holds the permission in the consortium tenant itself (council, finance, e-archivists). */
  wide(permission: Permission): boolean;
  /** Reads the consortium-wide documents (plan, forecast, economy, savings, report). */
  readonly reads: boolean;
  /** Sees some municipality's inventory. */
  readonly inventory: boolean;
  /** Municipalities the user may report for and edit systems of. */
  readonly writableTenants: readonly { id: string; name: string }[];
}

export function useConsortiumAccess(): ConsortiumAccess {
  const { can, tenants, tenantsWith } = useSession();
  const consortiumId = tenants.find((t) => t.kind === 'consortium')?.id ?? '';
  const wide = (permission: Permission) => consortiumId !== '' && can(permission, consortiumId);
  const reads = tenantsWith('consortium:read').length > 0;
  const writableTenants = tenantsWith('inventory:write');
  return { wide, reads, inventory: reads || writableTenants.length > 0, writableTenants };
}
