/**
 * Login with local accounts (argon2id), server-side sessions with a CSRF token each, and API
 * tokens for scripts. Only hashes of session ids and tokens are stored: a copied database does
 * not let anybody in.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { archiveError } from '../../core/errors.ts';
import { isRole, type Principal, type RoleGrant } from '../../core/access/roles.ts';
import type { PasswordHasher } from '../../ports/password-hasher.ts';
import * as users from '../../repositories/users.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';

export const SESSION_HOURS = 8;
const API_TOKEN_PREFIX = 'sak_';

export interface AuthContext extends ServiceContext {
  readonly passwords: PasswordHasher;
}

export interface SessionInfo {
  readonly principal: Principal;
  readonly csrfToken: string;
  readonly sessionId: string;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const secret = (): string => randomBytes(32).toString('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function loadPrincipal(ctx: ServiceContext, userId: string): Promise<Principal | null> {
  const user = await users.findUserById(ctx.db, userId);
  if (!user || user.disabled) return null;
  const grants: RoleGrant[] = (await users.rolesOf(ctx.db, userId)).flatMap((g) =>
    isRole(g.role) ? [{ tenantId: g.tenant_id, role: g.role }] : [],
  );
  return { userId: user.id, username: user.username, displayName: user.display_name, grants };
}

/** Starts a session for a user already authenticated (password or OIDC). */
export async function startSession(
  ctx: ServiceContext,
  principal: Principal,
  method: string,
): Promise<{ token: string; csrfToken: string }> {
  const token = secret();
  const csrfToken = secret();
  const now = ctx.clock.now();
  await inTransaction(ctx, async (trx) => {
    await users.insertSession(trx, {
      id: sha256(token),
      user_id: principal.userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    });
    await audit(trx, ctx, principal, null, 'login', 'user', principal.userId, { method });
  });
  return { token, csrfToken };
}

export async function loginWithPassword(
  ctx: AuthContext,
  username: string,
  password: string,
): Promise<{ token: string; csrfToken: string; principal: Principal }> {
  const user = await users.findUserByUsername(ctx.db, username);
  // Verify against a dummy hash when the user is unknown, so timing does not tell who exists.
  const hash = user?.password_hash ?? DUMMY_HASH;
  const ok = await ctx.passwords.verify(hash, password);
  const principal = ok && user && user.password_hash ? await loadPrincipal(ctx, user.id) : null;
  if (!principal) throw archiveError('ARC_ERR_AUTH_FAILED');
  return { ...(await startSession(ctx, principal, 'password')), principal };
}

// argon2id hash of a random throwaway password (never matches a real one).
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$i3qSWxzWr/EP2qPNoyWNkA$BIrBhNQKQmFZvPeo7JIUge90/svRb3pBuodZWSsu0o8';

/**
 * Resolved credentials are kept for AUTH_CACHE_MS, so that a request does not cost three lookups
 * (session or token, user, roles; docs/adr/0011). Logout drops the entry at once; a role change,
 * disabled user or revoked token written by another process takes effect within AUTH_CACHE_MS.
 * Only hits are kept (an unknown token is looked up every time), per database, at most
 * AUTH_CACHE_SIZE entries; a session's own expiry is checked on every request.
 */
export const AUTH_CACHE_MS = 2000;
const AUTH_CACHE_SIZE = 10_000;

interface CachedAuth {
  readonly until: number;
  readonly principal: Principal;
  readonly session?: { readonly csrfToken: string; readonly id: string; readonly expiresAt: string };
}

const authCaches = new WeakMap<object, Map<string, CachedAuth>>();

function authCache(ctx: ServiceContext): Map<string, CachedAuth> {
  let cache = authCaches.get(ctx.db);
  if (!cache) authCaches.set(ctx.db, (cache = new Map()));
  return cache;
}

function cached(ctx: ServiceContext, key: string): CachedAuth | undefined {
  const cache = authCache(ctx);
  const hit = cache.get(key);
  if (hit && hit.until > performance.now()) return hit;
  if (hit) cache.delete(key);
  return undefined;
}

function remember(ctx: ServiceContext, key: string, entry: Omit<CachedAuth, 'until'>): void {
  const cache = authCache(ctx);
  if (cache.size >= AUTH_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, { ...entry, until: performance.now() + AUTH_CACHE_MS });
}

export async function sessionFromToken(ctx: ServiceContext, token: string): Promise<SessionInfo | null> {
  const id = sha256(token);
  const hit = cached(ctx, `s:${id}`);
  if (hit?.session) {
    if (hit.session.expiresAt < nowIso(ctx)) return null;
    return { principal: hit.principal, csrfToken: hit.session.csrfToken, sessionId: id };
  }
  const row = await users.findSession(ctx.db, id);
  if (!row || row.expires_at < nowIso(ctx)) return null;
  const principal = await loadPrincipal(ctx, row.user_id);
  if (!principal) return null;
  remember(ctx, `s:${id}`, {
    principal,
    session: { csrfToken: row.csrf_token, id: row.id, expiresAt: row.expires_at },
  });
  return { principal, csrfToken: row.csrf_token, sessionId: row.id };
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  const id = sha256(token);
  authCache(ctx).delete(`s:${id}`);
  await users.deleteSession(ctx.db, id);
}

export async function createApiToken(
  ctx: ServiceContext,
  principal: Principal,
  name: string,
): Promise<{ id: string; token: string }> {
  const token = API_TOKEN_PREFIX + secret();
  const id = randomUUID();
  await inTransaction(ctx, async (trx) => {
    await users.insertApiToken(trx, {
      id,
      user_id: principal.userId,
      name,
      token_hash: sha256(token),
      created_at: nowIso(ctx),
      last_used_at: null,
      revoked_at: null,
    });
    await audit(trx, ctx, principal, null, 'api-token.create', 'user', principal.userId, { name, id });
  });
  return { id, token };
}

export function isApiToken(value: string): boolean {
  return value.startsWith(API_TOKEN_PREFIX);
}

export async function principalFromApiToken(ctx: ServiceContext, token: string): Promise<Principal | null> {
  const hash = sha256(token);
  const hit = cached(ctx, `t:${hash}`);
  if (hit) return hit.principal;
  const row = await users.findApiToken(ctx.db, hash);
  if (!row) return null;
  // "Last used" to the minute: a write per request would serialise every scripted call on
  // SQLite's single write lock.
  const now = nowIso(ctx);
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
    await users.touchApiToken(ctx.db, row.id, now);
  }
  const principal = await loadPrincipal(ctx, row.user_id);
  if (principal) remember(ctx, `t:${hash}`, { principal });
  return principal;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly email?: string;
  readonly password?: string;
  readonly oidc?: { readonly issuer: string; readonly subject: string };
  readonly grants: readonly RoleGrant[];
}

export async function createUser(ctx: AuthContext, actor: Principal | null, input: NewUser): Promise<string> {
  const id = randomUUID();
  const passwordHash = input.password ? await ctx.passwords.hash(input.password) : null;
  await inTransaction(ctx, async (trx) => {
    await users.insertUser(trx, {
      id,
      username: input.username,
      display_name: input.displayName,
      email: input.email ?? null,
      password_hash: passwordHash,
      oidc_issuer: input.oidc?.issuer ?? null,
      oidc_subject: input.oidc?.subject ?? null,
      disabled: 0,
      created_at: nowIso(ctx),
    });
    for (const g of input.grants) await users.grantRole(trx, id, g.tenantId, g.role);
    await audit(trx, ctx, actor, null, 'user.create', 'user', id, {
      username: input.username,
      grants: input.grants,
    });
  });
  return id;
}
