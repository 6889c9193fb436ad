/**
 * Forecasts that hold: each delivery's median and 85 % approval dates by Monte Carlo over the
 * recorded phase history, the whole plan's, and stalled projects with the party they wait for.
 */
import { z } from 'zod';
import { forecastConsortium } from '../../services/consortium/forecast.ts';
import { requireConsortiumRead } from '../../services/server/consortium-access.ts';
import { DatabaseConsortiumStore } from '../../services/server/consortium-store.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export async function consortiumForecastRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/consortium/forecast',
    {
      schema: {
        tags: ['consortium'],
        summary: 'Median and 85 % completion dates per delivery and for the whole plan; stalled projects',
        querystring: z.object({
          runs: z.coerce.number().int().min(100).max(20000).optional(),
          seed: z.coerce
            .number()
            .int()
            .min(0)
            .max(2 ** 32 - 1)
            .optional(),
        }),
      },
    },
    async (request) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      const store = new DatabaseConsortiumStore(deps.ctx);
      const { runs, seed } = request.query;
      const { forecast } = await forecastConsortium(store, {
        ...(runs !== undefined ? { runs } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      const [consortium, systems] = await Promise.all([store.getConsortium(), store.getSystems()]);
      const names = new Map(consortium.municipalities.map((m) => [m.id, m.name]));
      const systemNames = new Map(systems.map((s) => [s.id, s.name]));
      return {
        ...forecast,
        deliveries: forecast.deliveries.map((d) => ({
          ...d,
          municipalityName: names.get(d.municipalityId) ?? d.municipalityId,
          systemName: systemNames.get(d.systemId) ?? d.systemId.replace(/^unlisted:/, ''),
        })),
      };
    },
  );
}
