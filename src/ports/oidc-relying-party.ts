/** Login through an OpenID Connect provider (authorization code flow with PKCE, state and nonce). */
export interface OidcLoginSecrets {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** Who the provider says logged in, from a validated ID token. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string | null;
  readonly emailVerified: boolean;
  readonly name: string | null;
}

export interface OidcRelyingParty {
  /** Fresh random state, nonce and PKCE verifier for one login. */
  newSecrets(): OidcLoginSecrets;
  /** Where to send the browser. */
  authorizationUrl(secrets: OidcLoginSecrets): Promise<URL>;
  /** Exchanges the code of the callback URL and validates the ID token (signature, iss, aud, nonce, state). */
  completeLogin(callbackUrl: URL, secrets: OidcLoginSecrets): Promise<OidcIdentity>;
}
