/** The dashboard: deliveries by phase and municipality, what stands still and for whom. */
import { z } from 'zod';
import { PHASES } from '../../core/delivery/phases.ts';
import { dashboard } from '../../services/server/dashboard.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export async function dashboardRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'Delivery projects by phase and municipality',
        response: {
          200: z.object({
            phases: z.array(z.enum(PHASES)),
            rows: z.array(
              z.object({
                tenantId: z.string(),
                tenantName: z.string(),
                counts: z.record(z.string(), z.number()),
              }),
            ),
            totals: z.record(z.string(), z.number()),
            waiting: z.array(
              z.object({
                projectId: z.string(),
                title: z.string(),
                tenantName: z.string(),
                phase: z.string(),
                waitingFor: z.string().nullable(),
                since: z.string(),
                days: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => dashboard(deps.ctx, principalOf(request)),
  );
}
