/** The logged-in user: read once from GET /api/session, set by login, cleared by logout. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ROLE_PERMISSIONS, isRole, type Permission } from '../../src/core/access/roles.ts';
import { api, ApiError, setCsrfToken } from './api.ts';
import type { SessionInfo, Tenant, User } from './types.ts';

interface SessionState {
  /** undefined while loading, null when nobody is logged in. */
  readonly user: User | null | undefined;
  readonly tenants: readonly Tenant[];
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Whether the user may do `permission` in `tenantId` (a consortium grant covers every member). */
  can(permission: Permission, tenantId: string): boolean;
  /** Municipalities the user may do `permission` in. */
  tenantsWith(permission: Permission): Tenant[];
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [tenants, setTenants] = useState<Tenant[]>([]);

  const accept = useCallback(async (info: SessionInfo) => {
    setCsrfToken(info.csrfToken);
    setTenants(await api<Tenant[]>('GET', '/api/tenants'));
    setUser(info.user);
  }, []);

  useEffect(() => {
    api<SessionInfo>('GET', '/api/session')
      .then(accept)
      .catch((e: unknown) => {
        if (!(e instanceof ApiError)) console.error(e);
        setUser(null);
      });
  }, [accept]);

  const consortiumId = tenants.find((t) => t.kind === 'consortium')?.id;
  const can = useCallback(
    (permission: Permission, tenantId: string) =>
      (user?.grants ?? []).some(
        (g) =>
          (g.tenantId === tenantId || g.tenantId === consortiumId) &&
          isRole(g.role) &&
          ROLE_PERMISSIONS[g.role].includes(permission),
      ),
    [user, consortiumId],
  );

  const value: SessionState = {
    user,
    tenants,
    async login(username, password) {
      await accept(await api<SessionInfo>('POST', '/api/login', { username, password }));
    },
    async logout() {
      await api('POST', '/api/logout').catch(() => undefined);
      setCsrfToken('');
      setUser(null);
    },
    can,
    tenantsWith: (permission) => tenants.filter((t) => t.kind === 'municipality' && can(permission, t.id)),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
