/**
 * OIDC login settings from the environment. Login with OIDC is on when SAMARKIV_OIDC_ISSUER and
 * SAMARKIV_OIDC_CLIENT_ID are set; the redirect URI defaults to <public URL>/api/auth/oidc/callback
 * (register exactly that at the provider).
 */
export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
  readonly redirectUri: string;
  /** Link a first OIDC login to an existing account with the same, provider-verified e-mail address. */
  readonly linkByEmail: boolean;
  /** The login button's text, e.g. "Logga in med kommunens konto". */
  readonly label: string;
}

export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv, publicUrl: string): OidcSettings | null {
  const issuer = env.SAMARKIV_OIDC_ISSUER;
  const clientId = env.SAMARKIV_OIDC_CLIENT_ID;
  if (!issuer || !clientId) return null;
  return {
    issuer,
    clientId,
    clientSecret: env.SAMARKIV_OIDC_CLIENT_SECRET || null,
    redirectUri: env.SAMARKIV_OIDC_REDIRECT_URI ?? `${publicUrl.replace(/\/$/, '')}/api/auth/oidc/callback`,
    linkByEmail: env.SAMARKIV_OIDC_LINK_BY_EMAIL === '1',
    label: env.SAMARKIV_OIDC_LABEL ?? 'Logga in med organisationens konto',
  };
}
