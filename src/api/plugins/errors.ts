/**
 * One error shape for every failure: `{ code, message, message_sv }` with the catalogue's HTTP
 * status. Request validation failures become ARC_ERR_REQUEST_INVALID; anything unexpected is
 * logged and answered as ARC_ERR_INTERNAL without internals.
 */
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FastifyError, FastifyInstance } from 'fastify';
import { ArchiveError, isArchiveError } from '../../core/errors.ts';

export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly message_sv: string;
}

export function errorBody(e: ArchiveError): ErrorBody {
  return { code: e.code, message: e.message, message_sv: e.localized('sv') };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isArchiveError(error)) return reply.status(error.httpStatus).send(errorBody(error));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const detail = error.validation
        .map((v) => `${v.instancePath || '/'} ${v.message ?? ''}`.trim())
        .join('; ');
      return reply.status(400).send(errorBody(new ArchiveError('ARC_ERR_REQUEST_INVALID', [detail])));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody(new ArchiveError('ARC_ERR_RATE_LIMITED', ['1 minute'])));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send(errorBody(new ArchiveError('ARC_ERR_REQUEST_INVALID', [error.message])));
    }
    request.log.error({ err: error }, 'internal error');
    return reply.status(500).send(errorBody(new ArchiveError('ARC_ERR_INTERNAL', [request.id])));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(errorBody(new ArchiveError('ARC_ERR_NOT_FOUND', [`${request.method} ${request.url}`]))),
  );
}
