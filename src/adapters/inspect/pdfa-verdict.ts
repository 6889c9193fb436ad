/**
 * Whether a PDF/A claim holds, as far as the tools here can tell. What any tool finds against
 * the claim makes it false: every PDF/A part forbids encryption and requires a file without
 * syntax damage (qpdf repairs are damage). Only PDFBox preflight can say "true", and only for
 * PDF/A-1b; PDF/A-1a adds tagging rules preflight does not check, and no validator for
 * PDF/A-2, -3 or -4 installs from Debian, so those claims stay unverified (null) unless refuted.
 */
import type { PdfaVerdict } from '../../ports/content-inspector.ts';
import type { ClaimReading } from './pdfa-claim.ts';
import type { PreflightResult } from './pdfbox-preflight.ts';
import type { QpdfFindings } from './qpdf-check.ts';

export interface VerdictInputs {
  readonly reading: ClaimReading | null;
  /** Why the XMP metadata could not be read (a password, a tool failure); null when it was read. */
  readonly metadataUnreadable: string | null;
  readonly qpdf: QpdfFindings;
  /** The preflight result for a part-1 claim; null when preflight did not run. */
  readonly preflight: PreflightResult | null;
  /** Why preflight could not run (not installed), for part-1 claims. */
  readonly preflightUnavailable: string | null;
  readonly tools: readonly string[];
}

export function pdfaVerdict(inputs: VerdictInputs): PdfaVerdict {
  const { reading, qpdf, tools } = inputs;
  const claim = reading?.claim ?? null;
  if (!claim) {
    const why = inputs.metadataUnreadable
      ? `The PDF/A claim could not be read: ${inputs.metadataUnreadable}`
      : 'No PDF/A claim (pdfaid:part) in the XMP metadata of the document';
    return { claimed: null, valid: null, tools, messages: [why] };
  }

  const against: string[] = [];
  if (claim.problem) against.push(`Malformed claim: ${claim.problem}`);
  if (reading?.xmpError) against.push(`The XMP metadata is not well-formed XML: ${reading.xmpError}`);
  if (qpdf.encrypted) against.push('PDF/A forbids encryption, and the file is encrypted');
  if (qpdf.timedOut) against.push(...qpdf.messages);
  else if (qpdf.structure === 'errors') against.push(...qpdf.messages.map((m) => `qpdf: ${m}`));
  else if (qpdf.structure === 'warnings') {
    against.push(...qpdf.messages.map((m) => `qpdf had to repair the file: ${m}`));
  }

  const notes: string[] = [];
  let confirmed = false;
  if (claim.part === '1') {
    const preflight = inputs.preflight;
    if (preflight?.valid === false) against.push(...preflight.messages);
    else if (preflight?.valid === true) {
      if (claim.conformance?.toUpperCase() === 'A') {
        notes.push(
          'PDFBox preflight found the file valid at level PDF/A-1b; the further PDF/A-1a requirements (logical structure, tagging, Unicode text) are not checked',
        );
      } else {
        confirmed = true;
        notes.push('PDFBox preflight: valid PDF/A-1b');
      }
    } else if (preflight) notes.push(...preflight.messages);
    else notes.push(inputs.preflightUnavailable ?? 'PDFBox preflight did not run');
  } else {
    notes.push(
      `No validator for PDF/A-${claim.part} is available (PDFBox preflight checks PDF/A-1b only); only encryption and file structure were checked`,
    );
  }

  if (against.length > 0) return { claimed: claim.claimed, valid: false, tools, messages: against };
  return { claimed: claim.claimed, valid: confirmed ? true : null, tools, messages: notes };
}
