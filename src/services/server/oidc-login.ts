/**
 * Login with OpenID Connect. The provider only says who somebody is; whether that person has an
 * account and which roles it holds is decided here, by an administrator's grants: an identity is
 * found by (issuer, subject), or — when configured — linked once to the existing account with the
 * same provider-verified e-mail address. Anybody else is refused. The login's state, nonce and
 * PKCE verifier wait server-side (oidc_logins) under the hash of a random value that only the
 * browser's short-lived cookie holds, and are used once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { archiveError } from '../../core/errors.ts';
import type { Principal } from '../../core/access/roles.ts';
import type { OidcIdentity, OidcRelyingParty } from '../../ports/oidc-relying-party.ts';
import * as oidc from '../../repositories/oidc.ts';
import * as users from '../../repositories/users.ts';
import { loadPrincipal, startSession } from './auth.ts';
import { audit, inTransaction, nowIso, type ServiceContext } from './context.ts';

export const OIDC_LOGIN_MINUTES = 10;

export interface OidcLoginOptions {
  readonly linkByEmail: boolean;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Starts a login: the value for the browser's login cookie and where to send the browser. */
export async function beginOidcLogin(
  ctx: ServiceContext,
  rp: OidcRelyingParty,
): Promise<{ cookieValue: string; redirectTo: URL }> {
  const secrets = rp.newSecrets();
  const redirectTo = await rp.authorizationUrl(secrets);
  const cookieValue = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await oidc.deleteExpiredOidcLogins(ctx.db, now.toISOString());
  await oidc.insertOidcLogin(ctx.db, {
    id: sha256(cookieValue),
    state: secrets.state,
    nonce: secrets.nonce,
    code_verifier: secrets.codeVerifier,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + OIDC_LOGIN_MINUTES * 60_000).toISOString(),
  });
  return { cookieValue, redirectTo };
}

async function accountFor(
  ctx: ServiceContext,
  identity: OidcIdentity,
  options: OidcLoginOptions,
): Promise<users.UserRow | null> {
  const linked = await users.findUserByOidc(ctx.db, identity.issuer, identity.subject);
  if (linked) return linked;
  if (!options.linkByEmail || !identity.email || !identity.emailVerified) return null;
  const candidates = (await oidc.usersByEmail(ctx.db, identity.email)).filter((u) => !u.oidc_subject);
  // Two accounts with one address: nobody can tell which is meant, so neither is linked.
  if (candidates.length !== 1) return null;
  const user = candidates[0] as users.UserRow;
  await inTransaction(ctx, async (trx) => {
    await oidc.linkOidcIdentity(trx, user.id, identity.issuer, identity.subject);
    await audit(trx, ctx, null, null, 'user.oidc-link', 'user', user.id, {
      issuer: identity.issuer,
      subject: identity.subject,
      email: identity.email,
    });
  });
  return { ...user, oidc_issuer: identity.issuer, oidc_subject: identity.subject };
}

/** Completes a login from the provider's callback; returns a new session or refuses with a coded error. */
export async function completeOidcLogin(
  ctx: ServiceContext,
  rp: OidcRelyingParty,
  options: OidcLoginOptions,
  cookieValue: string | undefined,
  callbackUrl: URL,
): Promise<{ token: string; csrfToken: string; principal: Principal }> {
  const pending = cookieValue ? await oidc.takeOidcLogin(ctx.db, sha256(cookieValue)) : undefined;
  if (!pending || pending.expires_at < nowIso(ctx))
    throw archiveError('ARC_ERR_OIDC_FAILED', 'the login expired or was already used; start again');
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError)
    throw archiveError(
      'ARC_ERR_OIDC_FAILED',
      `${providerError} ${callbackUrl.searchParams.get('error_description') ?? ''}`.trim(),
    );
  const identity = await rp.completeLogin(callbackUrl, {
    state: pending.state,
    nonce: pending.nonce,
    codeVerifier: pending.code_verifier,
  });
  const user = await accountFor(ctx, identity, options);
  const principal = user ? await loadPrincipal(ctx, user.id) : null;
  if (!principal) {
    await inTransaction(ctx, (trx) =>
      audit(trx, ctx, null, null, 'login.refused', 'oidc-identity', identity.subject, {
        method: 'oidc',
        issuer: identity.issuer,
        email: identity.email,
      }),
    );
    throw archiveError('ARC_ERR_OIDC_UNKNOWN_USER', `${identity.issuer} ${identity.subject}`);
  }
  return { ...(await startSession(ctx, principal, 'oidc')), principal };
}
