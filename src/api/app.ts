/**
 * buildApp(deps): the HTTP API (REST under /api, OpenAPI at /openapi.json) and the web UI's static
 * files. Thin: every route validates with zod, calls one service and shapes the answer.
 */
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { VERSION } from '../cli/version.ts';
import { archiveError } from '../core/errors.ts';
import type { ApiDeps } from './deps.ts';
import { authPlugin } from './plugins/auth.ts';
import { sharedRateLimitStore } from './plugins/rate-limit-store.ts';
import { createRateLimitCounter } from '../services/server/rate-limits.ts';
import { installErrorHandler } from './plugins/errors.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { projectRoutes } from './routes/projects.ts';
import { sessionRoutes } from './routes/session.ts';
import { tenantRoutes } from './routes/tenants.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface BuildAppOptions {
  readonly logger?: boolean | object;
  /** Largest request body for JSON routes (uploads stream and are not limited by this). */
  readonly bodyLimit?: number;
}

export async function buildApp(deps: ApiDeps, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
    // Behind a municipal reverse proxy the client address comes from X-Forwarded-For.
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'samarkiv API', version: VERSION, description: 'E-arkiv för kommunal arkivsamverkan' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'samarkiv_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  // Counted in the database, so that a limit holds across every server process (docs/adr/0015).
  const store = sharedRateLimitStore(createRateLimitCounter(deps.ctx));
  await app.register(rateLimit, { global: false, store });
  await app.register(authPlugin, { ctx: deps.ctx });

  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, () => ({ ok: true, version: VERSION }));

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>() as App;
      await sessionRoutes(typed, deps);
      await tenantRoutes(typed, deps);
      await projectRoutes(typed, deps);
      await dashboardRoutes(typed, deps);
      for (const feature of deps.features ?? []) await feature.register(typed, deps);
    },
    { prefix: '/api' },
  );

  if (deps.webRoot && existsSync(deps.webRoot)) {
    await app.register(fastifyStatic, { root: deps.webRoot, wildcard: false });
    // The UI routes on the client: other GET paths get index.html. A catch-all route, not a second
    // not-found handler (installErrorHandler owns that one; Fastify allows one per prefix).
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) throw archiveError('ARC_ERR_NOT_FOUND', `GET ${request.url}`);
      return reply.sendFile('index.html');
    });
  }
  return app;
}
