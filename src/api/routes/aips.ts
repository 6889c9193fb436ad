/** Preserved AIPs: list, one AIP with files, events and copies, and verified file downloads. */
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AipCopyRow, AipEventRow, AipFileRow, AipSummary } from '../../repositories/aips.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { getAipDetail, openAipFile } from '../../services/server/aip/aips.ts';
import { listAipsFor, MAX_PAGE_SIZE } from '../../services/server/search.ts';
import type { App } from '../app.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export const aipSummarySchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  projectId: z.string().nullable(),
  submissionId: z.string().nullable(),
  title: z.string(),
  recordsCreator: z.string().nullable(),
  systemName: z.string().nullable(),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  referenceCode: z.string().nullable(),
  state: z.string(),
  size: z.number(),
  fileCount: z.number(),
  restricted: z.boolean(),
  createdAt: z.string(),
  preservedAt: z.string().nullable(),
});

export const aipPageSchema = z.object({
  items: z.array(aipSummarySchema),
  total: z.number(),
  /** true when a search found more hits than `total` (counting stops at 1 000). */
  totalIsLowerBound: z.boolean().optional(),
  page: z.number(),
  pageSize: z.number(),
});

export function aipSummaryView(a: AipSummary): z.infer<typeof aipSummarySchema> {
  return {
    id: a.id,
    tenantId: a.tenant_id,
    projectId: a.project_id,
    submissionId: a.submission_id,
    title: a.title,
    recordsCreator: a.records_creator,
    systemName: a.system_name,
    dateFrom: a.date_from,
    dateTo: a.date_to,
    referenceCode: a.reference_code,
    state: a.state,
    size: Number(a.size),
    fileCount: Number(a.file_count),
    restricted: a.restricted === 1,
    createdAt: a.created_at,
    preservedAt: a.preserved_at,
  };
}

const fileView = (f: AipFileRow) => ({ path: f.path, size: Number(f.size), sha256: f.sha256, puid: f.puid });
const eventView = (e: AipEventRow) => ({
  id: e.id,
  type: e.event_type,
  at: e.at,
  agent: e.agent,
  outcome: e.outcome,
  detail: e.detail,
});
const copyView = (c: AipCopyRow) => ({
  location: c.location,
  state: c.state,
  verifiedAt: c.verified_at,
  checkedAt: c.checked_at,
});

export const pageQuery = z.object({
  tenant: z.string().optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
});

export async function aipRoutes(app: App, deps: ApiDeps, stores: readonly BlobStore[]): Promise<void> {
  app.get(
    '/aips',
    {
      schema: {
        tags: ['aips'],
        summary:
          "Preserved AIPs the caller may read, newest first (paginated by page number, or by `after` = the previous page's nextCursor, which stays fast at any depth)",
        querystring: pageQuery.extend({ after: z.string().max(1000).optional() }),
        response: {
          200: aipPageSchema.extend({
            /** The `after` value for the next page; null on the last page. */
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const page = await listAipsFor(deps.ctx, principalOf(request), {
        tenantId: request.query.tenant,
        page: request.query.page,
        pageSize: request.query.pageSize,
        after: request.query.after,
      });
      return { ...page, items: page.items.map(aipSummaryView) };
    },
  );

  app.get(
    '/aips/:id',
    {
      schema: {
        tags: ['aips'],
        summary: 'One AIP: description, files, PREMIS events and storage copies',
        params: z.object({ id: z.string() }),
        querystring: z.object({
          filesPage: z.coerce.number().int().min(1).optional(),
          filesPageSize: z.coerce.number().int().min(1).max(10_000).optional(),
        }),
        response: {
          200: aipSummarySchema.extend({
            files: z.array(
              z.object({
                path: z.string(),
                size: z.number(),
                sha256: z.string(),
                puid: z.string().nullable(),
              }),
            ),
            events: z.array(
              z.object({
                id: z.string(),
                type: z.string(),
                at: z.string(),
                agent: z.string(),
                outcome: z.string(),
                detail: z.string().nullable(),
              }),
            ),
            copies: z.array(
              z.object({
                location: z.string(),
                state: z.string(),
                verifiedAt: z.string().nullable().describe('Last time every file was read back intact'),
                checkedAt: z
                  .string()
                  .nullable()
                  .describe('Last fixity audit of the copy, whatever its outcome (samarkiv storage audit)'),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const size = request.query.filesPageSize ?? 1000;
      const d = await getAipDetail(deps.ctx, principalOf(request), request.params.id, {
        limit: size,
        offset: ((request.query.filesPage ?? 1) - 1) * size,
      });
      return {
        ...aipSummaryView(d.aip),
        files: d.files.map(fileView),
        events: d.events.map(eventView),
        copies: d.copies.map(copyView),
      };
    },
  );

  app.get(
    '/aips/:id/files/*',
    {
      schema: {
        tags: ['aips'],
        summary:
          'Download one file of an AIP; its SHA-256 is verified on the way out (a mismatch breaks the transfer)',
        params: z.object({ id: z.string(), '*': z.string() }),
      },
    },
    async (request, reply) => {
      const d = await openAipFile(
        deps.ctx,
        stores,
        principalOf(request),
        request.params.id,
        request.params['*'],
      );
      const name = d.file.path.slice(d.file.path.lastIndexOf('/') + 1);
      reply
        .header('content-type', 'application/octet-stream')
        .header('content-length', String(d.file.size))
        .header('x-checksum-sha256', d.file.sha256)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      const stream = Readable.from(d.body);
      // A fixity failure after the headers went out: break the connection, never end it cleanly.
      stream.on('error', (e) => {
        request.log.error(
          { err: e, aip: request.params.id, path: d.file.path },
          'fixity failure on download',
        );
        reply.raw.destroy(e);
      });
      return reply.send(stream);
    },
  );
}
