/** `samarkiv report yearly --year <year> --format html|pdf --out <file>`: the återrapportering. */
import { writeFile } from 'node:fs/promises';
import { ChromiumPdfRenderer } from '../../adapters/pdf/chromium-pdf.ts';
import type { ConsortiumStore } from '../../ports/consortium-store.ts';
import { yearlyReportHtml, yearlyReportPdf } from '../../services/consortium/yearly-report/index.ts';
import { checkFormat, defaultStore, parseInteger } from './consortium-common.ts';

export interface ReportYearlyOptions {
  readonly year: string;
  readonly format: string;
  readonly out?: string;
}

export async function reportYearlyCommand(
  opts: ReportYearlyOptions,
  store: ConsortiumStore = defaultStore(),
): Promise<number> {
  const format = checkFormat(opts.format, ['html', 'pdf']);
  const year = parseInteger('--year', opts.year, 1900, 2200) as number;
  if (format === 'html') {
    const html = await yearlyReportHtml(store, year);
    if (opts.out) await writeFile(opts.out, html);
    else process.stdout.write(html);
    return 0;
  }
  const renderer = new ChromiumPdfRenderer();
  try {
    const pdf = await yearlyReportPdf(store, year, renderer);
    if (opts.out) await writeFile(opts.out, pdf);
    else process.stdout.write(pdf);
  } finally {
    await renderer.close();
  }
  return 0;
}
