/** The consortium and its municipalities (public to every logged-in user: names only). */
import { z } from 'zod';
import { listTenants } from '../../services/server/tenants.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export const tenantSchema = z.object({
  id: z.string(),
  kind: z.enum(['consortium', 'municipality']),
  name: z.string(),
  orgNumber: z.string().nullable(),
  parentId: z.string().nullable(),
  isHost: z.boolean(),
});

export async function tenantRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/tenants',
    {
      schema: {
        tags: ['tenants'],
        summary: 'The consortium and its member municipalities',
        response: { 200: z.array(tenantSchema) },
      },
    },
    async (request) => {
      principalOf(request);
      return listTenants(deps.ctx);
    },
  );
}
