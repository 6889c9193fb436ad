/**
 * The archive's public signing keys (JWK), public without login: anybody holding an approval can
 * fetch the key named by its `kid` and check the signature, also after the key was rotated.
 */
import { z } from 'zod';
import { publicSigningKey, publicSigningKeys } from '../../services/server/approval.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';

const jwk = z.looseObject({ kid: z.string(), alg: z.string(), kty: z.string(), createdAt: z.string() });

export async function signingKeyRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/signing-keys',
    {
      schema: {
        tags: ['approval'],
        summary: 'Every public key the archive has signed approvals with (JWK Set)',
        security: [],
        response: { 200: z.object({ keys: z.array(jwk) }) },
      },
    },
    async () => ({ keys: await publicSigningKeys(deps.ctx) }),
  );

  app.get(
    '/signing-keys/:kid',
    {
      schema: {
        tags: ['approval'],
        summary: 'One public signing key (JWK) by its id (RFC 7638 thumbprint)',
        security: [],
        params: z.object({ kid: z.string().min(1).max(200) }),
        response: { 200: jwk },
      },
    },
    async (request) => publicSigningKey(deps.ctx, request.params.kid),
  );
}
