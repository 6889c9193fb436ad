/**
 * OidcRelyingParty over openid-client 6: discovery on first use (retried on the next login when
 * the provider was down), authorization code flow with PKCE (S256), state and nonce, client
 * authentication with the client secret (or none for a public client). Plain-HTTP issuers are
 * accepted only on a loopback address (tests, local development).
 */
import * as client from 'openid-client';
import { archiveError } from '../../core/errors.ts';
import type { OidcIdentity, OidcLoginSecrets, OidcRelyingParty } from '../../ports/oidc-relying-party.ts';

export interface OidcClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
  readonly redirectUri: string;
  readonly scope?: string;
}

function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function failure(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  return archiveError('ARC_ERR_OIDC_FAILED', message);
}

export function openidClientRelyingParty(settings: OidcClientSettings): OidcRelyingParty {
  let config: Promise<client.Configuration> | null = null;
  const configuration = (): Promise<client.Configuration> => {
    config ??= (async () => {
      const issuer = new URL(settings.issuer);
      const insecure = isLoopbackHttp(issuer);
      const auth = settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None();
      const c = await client.discovery(
        issuer,
        settings.clientId,
        settings.clientSecret ?? undefined,
        auth,
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      return c;
    })().catch((e: unknown) => {
      config = null;
      throw failure(e);
    });
    return config;
  };

  return {
    newSecrets(): OidcLoginSecrets {
      return {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
    },

    async authorizationUrl(secrets) {
      const c = await configuration();
      return client.buildAuthorizationUrl(c, {
        redirect_uri: settings.redirectUri,
        scope: settings.scope ?? 'openid email profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
        code_challenge_method: 'S256',
        state: secrets.state,
        nonce: secrets.nonce,
      });
    },

    async completeLogin(callbackUrl, secrets): Promise<OidcIdentity> {
      const c = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(c, callbackUrl, {
          pkceCodeVerifier: secrets.codeVerifier,
          expectedState: secrets.state,
          expectedNonce: secrets.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw archiveError('ARC_ERR_OIDC_FAILED', 'no ID token');
        // Providers that follow OIDC Core 5.4 strictly put scope claims (email) only in UserInfo.
        const info =
          claims.email === undefined && tokens.access_token
            ? await client.fetchUserInfo(c, tokens.access_token, claims.sub)
            : claims;
        return {
          issuer: claims.iss,
          subject: claims.sub,
          email: typeof info.email === 'string' ? info.email : null,
          emailVerified: info.email_verified === true,
          name: typeof info.name === 'string' ? info.name : null,
        };
      } catch (e) {
        if (e instanceof Error && 'code' in e && e.code === 'ARC_ERR_OIDC_FAILED') throw e;
        throw failure(e);
      }
    },
  };
}
