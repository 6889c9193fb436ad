/**
 * PdfRenderer over headless Chromium (playwright-core, the Debian `chromium` package). One browser
 * per renderer, one page per document; the page has no network access, so the HTML must be
 * self-contained (inline CSS and SVG).
 */
import { chromium, type Browser } from 'playwright-core';
import { archiveError } from '../../core/errors.ts';
import type { PdfOptions, PdfRenderer } from '../../ports/pdf-renderer.ts';

const DEFAULT_EXECUTABLE = '/usr/bin/chromium';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class ChromiumPdfRenderer implements PdfRenderer {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath = process.env.SAMARKIV_CHROMIUM ?? DEFAULT_EXECUTABLE) {}

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({ executablePath: this.executablePath, args: ['--no-sandbox', '--disable-gpu'] })
      .catch((e: unknown) => {
        this.browser = null;
        throw archiveError(
          'ARC_ERR_PDF_RENDER_FAILED',
          `${this.executablePath}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
        );
      });
    return this.browser;
  }

  async render(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const footer = `<div style="font-size:8px;width:100%;padding:0 16mm;color:#55606c;display:flex;justify-content:space-between;font-family:Helvetica,Arial,sans-serif"><span>${escapeHtml(options.footerText ?? '')}</span><span>Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`;
      return await page.pdf({
        format: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: footer,
      });
    } catch (e) {
      throw archiveError(
        'ARC_ERR_PDF_RENDER_FAILED',
        e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e),
      );
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close();
  }
}
