/**
 * Looks inside files whose format calls for it (PDF, ZIP, OOXML, ODF): encryption and, for PDF,
 * the PDF/A claim and whether it holds. Runs after identification; tools may need a local file,
 * which the caller provides (the file itself for folder packages, a quarantine copy otherwise).
 */
export interface PdfaVerdict {
  /** Claimed conformance from XMP (pdfaid:part + pdfaid:conformance), e.g. "1b", "2u"; null if none. */
  readonly claimed: string | null;
  /** true = the claim holds, false = it does not, null = could not be checked with the tools here. */
  readonly valid: boolean | null;
  /** Tools that were used, e.g. ["qpdf 11.3.0", "PDFBox preflight 2.0.29"]. */
  readonly tools: readonly string[];
  readonly messages: readonly string[];
}

export interface ContentFindings {
  /** true when the file (or an entry inside it) is encrypted or password-protected. */
  readonly encrypted: boolean;
  readonly encryptionDetail: string | null;
  readonly pdfa: PdfaVerdict | null;
  /** The file could not be inspected (damaged, tool failed); the reason in English. */
  readonly inspectionError: string | null;
}

export interface InspectableFile {
  /** Path in the package. */
  readonly path: string;
  readonly puid: string | null;
  readonly size: number;
  /** A local file path with the file's bytes. */
  readonly localPath: string;
}

export interface ContentInspector {
  /** Whether this inspector has something to say about a format (by PUID). */
  handles(puid: string | null): boolean;
  inspect(file: InspectableFile): Promise<ContentFindings>;
}
