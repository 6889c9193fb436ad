/** Search over the preserved AIPs' descriptive metadata (Swedish stemming and compounds). */
import { z } from 'zod';
import { searchAipsFor } from '../../services/server/search.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';
import { aipPageSchema, aipSummaryView, pageQuery } from './aips.ts';

export async function searchRoutes(app: App, deps: ApiDeps): Promise<void> {
  app.get(
    '/search',
    {
      schema: {
        tags: ['aips'],
        summary:
          'Search AIPs: title, records creator, system, dates, reference code, ERMS case numbers and titles',
        querystring: pageQuery.extend({ q: z.string().max(500) }),
        response: {
          200: aipPageSchema.extend({
            query: z.string(),
            /** 'relevance' (best match first), or 'newest' when there are more than 100 hits. */
            order: z.enum(['relevance', 'newest']),
          }),
        },
      },
    },
    async (request) => {
      const page = await searchAipsFor(deps.ctx, principalOf(request), request.query.q, {
        tenantId: request.query.tenant,
        page: request.query.page,
        pageSize: request.query.pageSize,
      });
      return { ...page, query: request.query.q, items: page.items.map(aipSummaryView) };
    },
  );
}
