/**
 * Roles and what each grants. A role is held in a tenant: in a municipality it covers that
 * municipality; in the consortium tenant it covers every member (the consortium's e-archivists).
 * A role grants exactly the permissions listed here, nothing implied.
 */
export const ROLES = [
  'e-arkivarie',
  'kommunarkivarie',
  'systemforvaltare',
  'registrator',
  'lasare',
  'administrator',
  'samverkansrad',
  'ekonomi',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'project:read',
  'project:write',
  'submission:upload',
  'control:run',
  'checkpoint:set',
  'deviation:write',
  'approval:sign',
  'aip:read',
  'aip:read-restricted',
  'search:read',
  'template:write',
  'user:admin',
  'audit:read',
  'consortium:read',
  'consortium:write',
  'economy:write',
  'inventory:write',
  'plan:write',
  'plan:approve',
  'storage:audit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  'e-arkivarie': [
    'project:read',
    'project:write',
    'submission:upload',
    'control:run',
    'checkpoint:set',
    'deviation:write',
    'approval:sign',
    'aip:read',
    'aip:read-restricted',
    'search:read',
    'template:write',
    'audit:read',
    'consortium:read',
    'consortium:write',
    'inventory:write',
    'plan:write',
    'storage:audit',
  ],
  kommunarkivarie: [
    'project:read',
    'project:write',
    'submission:upload',
    'checkpoint:set',
    'approval:sign',
    'aip:read',
    'aip:read-restricted',
    'search:read',
    'consortium:read',
    'inventory:write',
  ],
  systemforvaltare: ['project:read', 'submission:upload', 'inventory:write'],
  registrator: ['aip:read', 'aip:read-restricted', 'search:read'],
  lasare: ['aip:read', 'search:read'],
  // Fixity audits of the storage (storage:audit) are for the consortium's e-archivists and administrators.
  administrator: ['user:admin', 'audit:read', 'template:write', 'storage:audit'],
  // The council (samverkansråd) reads the whole consortium's state and approves the plan.
  samverkansrad: ['consortium:read', 'project:read', 'plan:approve'],
  // Finance enters budgets and outcomes.
  ekonomi: ['consortium:read', 'economy:write'],
};

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  'e-arkivarie': { sv: 'E-arkivarie', en: 'E-archivist' },
  kommunarkivarie: { sv: 'Kommunarkivarie', en: 'Municipal archivist' },
  systemforvaltare: { sv: 'Systemförvaltare (producent)', en: 'System owner (producer)' },
  registrator: { sv: 'Registrator', en: 'Registrar' },
  lasare: { sv: 'Läsare', en: 'Reader' },
  administrator: { sv: 'Administratör', en: 'Administrator' },
  samverkansrad: { sv: 'Samverkansråd', en: 'Consortium council' },
  ekonomi: { sv: 'Ekonomi', en: 'Finance' },
};

export interface RoleGrant {
  readonly tenantId: string;
  readonly role: Role;
}

export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly RoleGrant[];
}

/** The tenant ids a grant in `tenantId` covers: the consortium covers all its members. */
export interface TenantScope {
  readonly consortiumId: string;
}

/** Whether the principal holds `permission` for objects of `tenantId`. */
export function can(p: Principal, permission: Permission, tenantId: string, scope: TenantScope): boolean {
  return p.grants.some(
    (g) =>
      (g.tenantId === tenantId || g.tenantId === scope.consortiumId) &&
      ROLE_PERMISSIONS[g.role].includes(permission),
  );
}

/**
 * The tenants whose objects the principal may see with `permission`: 'all' when a consortium grant
 * covers every member, otherwise the list of its own tenants.
 */
export function tenantsWith(p: Principal, permission: Permission, scope: TenantScope): 'all' | string[] {
  const ids = new Set<string>();
  for (const g of p.grants) {
    if (!ROLE_PERMISSIONS[g.role].includes(permission)) continue;
    if (g.tenantId === scope.consortiumId) return 'all';
    ids.add(g.tenantId);
  }
  return [...ids];
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
