/**
 * Who is asking: a session cookie (browser) or `Authorization: Bearer sak_…` (scripts). Requests
 * that change something with a session cookie must carry the session's CSRF token in
 * `x-csrf-token`; API tokens are not sent by browsers automatically, so they need none.
 */
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { archiveError } from '../../core/errors.ts';
import type { Principal } from '../../core/access/roles.ts';
import {
  isApiToken,
  principalFromApiToken,
  sameSecret,
  sessionFromToken,
  type AuthContext,
} from '../../services/server/auth.ts';

export const SESSION_COOKIE = 'samarkiv_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    sessionCsrf: string | null;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp<{ ctx: AuthContext }>(async (app, { ctx }) => {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer && isApiToken(bearer)) {
      request.principal = await principalFromApiToken(ctx, bearer);
      if (!request.principal) throw archiveError('ARC_ERR_AUTH_REQUIRED');
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await sessionFromToken(ctx, token);
    if (!session) return;
    request.principal = session.principal;
    request.sessionCsrf = session.csrfToken;
    request.sessionToken = token;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken))
        throw archiveError('ARC_ERR_CSRF');
    }
  });
});

/** The principal of a request that must be logged in. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw archiveError('ARC_ERR_AUTH_REQUIRED');
  return request.principal;
}

export function requireLogin(request: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  principalOf(request);
  done();
}
