/** The yearly report (återrapportering): HTML from the store's data, PDF through a PdfRenderer. */
import type { ConsortiumStore } from '../../../ports/consortium-store.ts';
import type { PdfRenderer } from '../../../ports/pdf-renderer.ts';
import { gatherYearlyReport } from './gather.ts';
import { renderYearlyReportHtml } from './render-html.ts';

export async function yearlyReportHtml(store: ConsortiumStore, year: number): Promise<string> {
  return renderYearlyReportHtml(await gatherYearlyReport(store, year));
}

export async function yearlyReportPdf(
  store: ConsortiumStore,
  year: number,
  pdf: PdfRenderer,
): Promise<Uint8Array> {
  const html = await yearlyReportHtml(store, year);
  const consortium = await store.getConsortium();
  return pdf.render(html, { footerText: `${consortium.name} · Återrapportering ${year}` });
}
