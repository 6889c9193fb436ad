/** Renders a self-contained HTML document to PDF (yearly report, receipts). */
export interface PdfOptions {
  /** Header and footer lines printed on every page ("Sida 1 av 3" is added by the renderer). */
  readonly footerText?: string;
  readonly landscape?: boolean;
}

export interface PdfRenderer {
  render(html: string, options?: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
