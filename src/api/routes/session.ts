/** Login, logout, who am I, and API tokens. Login is rate-limited per client address. */
import { z } from 'zod';
import { ROLE_LABELS, type Principal } from '../../core/access/roles.ts';
import { createApiToken, loginWithPassword, logout } from '../../services/server/auth.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf, SESSION_COOKIE } from '../plugins/auth.ts';
import { SESSION_HOURS } from '../../services/server/auth.ts';

const grant = z.object({ tenantId: z.string(), role: z.string(), label: z.string() });
const sessionBody = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), grants: z.array(grant) }),
  csrfToken: z.string(),
});

export async function sessionRoutes(app: App, deps: ApiDeps): Promise<void> {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.secureCookies,
    maxAge: SESSION_HOURS * 3600,
  };
  const describe = (p: Principal, csrfToken: string): z.infer<typeof sessionBody> => ({
    user: {
      id: p.userId,
      username: p.username,
      displayName: p.displayName,
      grants: p.grants.map((g) => ({ tenantId: g.tenantId, role: g.role, label: ROLE_LABELS[g.role].sv })),
    },
    csrfToken,
  });

  app.post(
    '/login',
    {
      config: { rateLimit: { max: deps.loginRateLimit ?? 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Log in with a local account',
        body: z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
        response: { 200: sessionBody },
      },
    },
    async (request, reply) => {
      const { token, csrfToken, principal } = await loginWithPassword(
        deps.ctx,
        request.body.username,
        request.body.password,
      );
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return describe(principal, csrfToken);
    },
  );

  app.post(
    '/logout',
    { schema: { tags: ['session'], summary: 'End the session' } },
    async (request, reply) => {
      if (request.sessionToken) await logout(deps.ctx, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The logged-in user, roles and CSRF token',
        response: { 200: sessionBody },
      },
    },
    async (request) => describe(principalOf(request), request.sessionCsrf ?? ''),
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['session'],
        summary: 'Create an API token for scripts (shown once)',
        body: z.object({ name: z.string().min(1).max(200) }),
        response: { 200: z.object({ id: z.string(), token: z.string() }) },
      },
    },
    async (request) => createApiToken(deps.ctx, principalOf(request), request.body.name),
  );
}
