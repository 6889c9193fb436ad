/**
 * Resumable package upload (tus 1.0) at /api/uploads. The tus server reads the raw request, so the
 * routes hand the request over (reply.hijack) after the usual login and CSRF checks have run.
 * Metadata on creation (Upload-Metadata, base64 values): projectId, filename, sha256 (the
 * producer's SHA-256 of the whole package). The new upload's URL is in Location; its last path
 * segment is the submission id.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Principal } from '../../core/access/roles.ts';
import type { TusUploadServer } from '../../adapters/upload/tus-upload-server.ts';
import type { App } from '../app.ts';
import { principalOf } from '../plugins/auth.ts';

export interface UploadRouteDeps {
  readonly uploads: TusUploadServer;
  /** The logged-in principal of each request, for the tus hooks. */
  readonly principals: WeakMap<IncomingMessage, Principal>;
}

const TUS_DOC =
  'tus 1.0 (creation, creation-with-upload, termination). Headers: Tus-Resumable: 1.0.0, Upload-Length, ' +
  'Upload-Metadata with projectId, filename and sha256 (base64-encoded values). Refusals answer ' +
  '{code, message, message_sv}: ARC_ERR_UPLOAD_METADATA, ARC_ERR_UPLOAD_PHASE, ARC_ERR_UPLOAD_NO_SPACE, ' +
  'ARC_ERR_FORBIDDEN, ARC_ERR_NOT_FOUND; the last PATCH answers ARC_ERR_UPLOAD_CHECKSUM when the bytes ' +
  'that arrived do not have the producer’s SHA-256.';

const idParams = z.object({ id: z.string() });

export async function uploadRoutes(app: App, deps: UploadRouteDeps): Promise<void> {
  // The body is the tus server's to read: Fastify must leave the stream alone.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) =>
    done(null, undefined),
  );

  const toTus = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (request.method !== 'OPTIONS') deps.principals.set(request.raw, principalOf(request));
    reply.hijack();
    try {
      await deps.uploads.handle(request.raw, reply.raw);
    } catch (e) {
      request.log.error({ err: e }, 'upload failed');
      reply.raw.destroy();
    }
  };

  const tags = ['uploads'];
  app.post(
    '/uploads',
    { schema: { tags, summary: 'Start a resumable package upload (tus)', description: TUS_DOC } },
    toTus,
  );
  app.options('/uploads', { schema: { hide: true } }, toTus);
  app.head(
    '/uploads/:id',
    { schema: { tags, summary: 'Offset of an upload (Upload-Offset), to resume it', params: idParams } },
    toTus,
  );
  app.patch(
    '/uploads/:id',
    {
      schema: {
        tags,
        summary: 'Append bytes at Upload-Offset (Content-Type: application/offset+octet-stream)',
        description: TUS_DOC,
        params: idParams,
      },
    },
    toTus,
  );
  app.delete(
    '/uploads/:id',
    { schema: { tags, summary: 'Abandon an unfinished upload', params: idParams } },
    toTus,
  );
  app.options('/uploads/:id', { schema: { hide: true } }, toTus);
}
