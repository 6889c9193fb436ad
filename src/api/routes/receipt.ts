/** The receipt (kvittens) of an approved delivery, as XML and PDF. */
import { z } from 'zod';
import type { PdfRenderer } from '../../ports/pdf-renderer.ts';
import { receiptPdfFor, receiptXmlFor } from '../../services/server/receipt.ts';
import type { App } from '../app.ts';
import { asDownload } from '../download.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

const params = z.object({ id: z.string().min(1).max(100) });

export async function receiptRoutes(app: App, deps: ApiDeps, pdf: () => PdfRenderer): Promise<void> {
  app.get(
    '/submissions/:id/receipt.xml',
    {
      schema: {
        tags: ['approval'],
        summary: 'Receipt (kvittens) as XML, namespace urn:samarkiv:receipt:1',
        params,
      },
    },
    async (request, reply) => {
      const xml = await receiptXmlFor(deps.ctx, principalOf(request), request.params.id);
      asDownload(reply, 'application/xml; charset=utf-8', `kvittens-${request.params.id}.xml`);
      return xml;
    },
  );

  app.get(
    '/submissions/:id/receipt.pdf',
    { schema: { tags: ['approval'], summary: 'Receipt (kvittens) as PDF, in Swedish', params } },
    async (request, reply) => {
      const bytes = await receiptPdfFor(deps.ctx, pdf(), principalOf(request), request.params.id);
      asDownload(reply, 'application/pdf', `kvittens-${request.params.id}.pdf`);
      return Buffer.from(bytes);
    },
  );
}
