/** The yearly report (återrapportering) in Swedish, as HTML and PDF, from the archive's data. */
import { z } from 'zod';
import { archiveError } from '../../core/errors.ts';
import type { PdfRenderer } from '../../ports/pdf-renderer.ts';
import { yearlyReportHtml, yearlyReportPdf } from '../../services/consortium/yearly-report/index.ts';
import { requireConsortiumRead } from '../../services/server/consortium-access.ts';
import { DatabaseConsortiumStore } from '../../services/server/consortium-store.ts';
import type { App } from '../app.ts';
import { asDownload } from '../download.ts';
import type { ApiDeps } from '../deps.ts';
import { principalOf } from '../plugins/auth.ts';

export async function consortiumYearlyReportRoutes(
  app: App,
  deps: ApiDeps,
  pdf: () => PdfRenderer,
): Promise<void> {
  app.get(
    '/consortium/reports/yearly/:file',
    {
      schema: {
        tags: ['consortium'],
        summary: 'The yearly report for a year: /consortium/reports/yearly/2021.html or 2021.pdf',
        params: z.object({ file: z.string().max(20) }),
      },
    },
    async (request, reply) => {
      requireConsortiumRead(deps.ctx, principalOf(request));
      const match = /^(\d{4})\.(html|pdf)$/.exec(request.params.file);
      if (!match) throw archiveError('ARC_ERR_NOT_FOUND', `yearly report ${request.params.file}`);
      const year = Number(match[1]);
      const store = new DatabaseConsortiumStore(deps.ctx);
      if (match[2] === 'html') {
        reply.header('content-type', 'text/html; charset=utf-8');
        return yearlyReportHtml(store, year);
      }
      const bytes = await yearlyReportPdf(store, year, pdf());
      asDownload(reply, 'application/pdf', `återrapportering-${year}.pdf`, 'inline');
      return Buffer.from(bytes);
    },
  );
}
