/**
 * Login methods and OIDC login. /auth/oidc/login sends the browser to the provider with a
 * short-lived login cookie (SameSite=Lax: it must come back on the provider's cross-site redirect);
 * /auth/oidc/callback completes the login, starts a session and sends the browser to /. A browser
 * that is refused lands on /?login_error=<code>; other clients get the coded error as JSON.
 */
import { z } from 'zod';
import { isArchiveError } from '../../core/errors.ts';
import type { OidcRelyingParty } from '../../ports/oidc-relying-party.ts';
import { SESSION_HOURS } from '../../services/server/auth.ts';
import { beginOidcLogin, completeOidcLogin, OIDC_LOGIN_MINUTES } from '../../services/server/oidc-login.ts';
import type { OidcSettings } from '../../server/oidc-config.ts';
import { archiveError } from '../../core/errors.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';

export const OIDC_COOKIE = 'samarkiv_oidc';
const OIDC_COOKIE_PATH = '/api/auth/oidc';

export interface OidcRouteDeps {
  readonly settings: OidcSettings;
  readonly rp: OidcRelyingParty;
}

export async function oidcRoutes(app: App, deps: ApiDeps, oidc: OidcRouteDeps | null): Promise<void> {
  app.get(
    '/auth/methods',
    {
      schema: {
        tags: ['session'],
        summary: 'Which login methods this server offers',
        security: [],
        response: {
          200: z.object({
            password: z.boolean(),
            oidc: z.object({
              enabled: z.boolean(),
              label: z.string().nullable(),
              loginUrl: z.string().nullable(),
            }),
          }),
        },
      },
    },
    () => ({
      password: true,
      oidc: oidc
        ? { enabled: true, label: oidc.settings.label, loginUrl: '/api/auth/oidc/login' }
        : { enabled: false, label: null, loginUrl: null },
    }),
  );

  const required = (): OidcRouteDeps => {
    if (!oidc) throw archiveError('ARC_ERR_OIDC_NOT_CONFIGURED');
    return oidc;
  };

  app.get(
    '/auth/oidc/login',
    {
      config: { rateLimit: { max: deps.loginRateLimit ?? 10, timeWindow: '1 minute' } },
      schema: { tags: ['session'], summary: 'Start a login at the OIDC provider (redirect)', security: [] },
    },
    async (_request, reply) => {
      const { rp } = required();
      const { cookieValue, redirectTo } = await beginOidcLogin(deps.ctx, rp);
      reply.setCookie(OIDC_COOKIE, cookieValue, {
        path: OIDC_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
        maxAge: OIDC_LOGIN_MINUTES * 60,
      });
      return reply.redirect(redirectTo.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { rateLimit: { max: deps.loginRateLimit ?? 10, timeWindow: '1 minute' } },
      schema: { tags: ['session'], summary: 'The OIDC provider returns here (redirect URI)', security: [] },
    },
    async (request, reply) => {
      const { rp, settings } = required();
      // The URL the provider redirected to is the configured redirect URI with the provider's query:
      // built from configuration, not from Host headers a proxy may rewrite.
      const callbackUrl = new URL(settings.redirectUri);
      callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
      reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH });
      try {
        const session = await completeOidcLogin(
          deps.ctx,
          rp,
          { linkByEmail: settings.linkByEmail },
          request.cookies[OIDC_COOKIE],
          callbackUrl,
        );
        reply.setCookie(SESSION_COOKIE, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: deps.secureCookies,
          maxAge: SESSION_HOURS * 3600,
        });
        return reply.redirect('/', 302);
      } catch (e) {
        if (isArchiveError(e) && (request.headers.accept ?? '').includes('text/html'))
          return reply.redirect(`/?login_error=${encodeURIComponent(e.code)}`, 302);
        throw e;
      }
    },
  );
}
