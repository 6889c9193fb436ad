/**
 * The PDF/A claims of a package, split into those a tool checked (SAMARKIV-PDF-1) and those nobody
 * could verify (SAMARKIV-PDF-2). A claim is the inspector's reading of the XMP pdfaid entries, or,
 * where no inspector gave a verdict, identification as a PDF/A format: DROID's PDF/A signatures
 * match the same XMP entries, so a PDF/A PUID is a claim too.
 */
import type { FileFacts, PackageContext } from '../../package-context.ts';
import { allFiles } from './content-files.ts';

/** PRONOM's PDF/A formats and the part + conformance level each stands for (DROID V118). */
export const PDFA_LEVEL_BY_PUID: ReadonlyMap<string, string> = new Map([
  ['fmt/95', '1a'],
  ['fmt/354', '1b'],
  ['fmt/476', '2a'],
  ['fmt/477', '2b'],
  ['fmt/478', '2u'],
  ['fmt/479', '3a'],
  ['fmt/480', '3b'],
  ['fmt/481', '3u'],
  ['fmt/1910', '4'],
  ['fmt/1911', '4e'],
  ['fmt/1912', '4f'],
]);

export interface PdfaClaim {
  readonly path: string;
  readonly facts: FileFacts;
  /** Part and level claimed, e.g. "2b". */
  readonly claimed: string;
  /** true / false when a tool checked it, null when nobody could. */
  readonly valid: boolean | null;
  /** Whether the claim comes from identification only (no inspector verdict). */
  readonly byIdentification: boolean;
}

const cache = new WeakMap<PackageContext, readonly PdfaClaim[]>();

export function pdfaClaims(ctx: PackageContext): readonly PdfaClaim[] {
  let claims = cache.get(ctx);
  if (claims) return claims;
  const out: PdfaClaim[] = [];
  for (const { path, facts } of allFiles(ctx)) {
    if (!facts) continue;
    const pdfa = facts.content?.pdfa;
    if (pdfa?.claimed) {
      out.push({ path, facts, claimed: pdfa.claimed, valid: pdfa.valid, byIdentification: false });
      continue;
    }
    const level = facts.format?.puid ? PDFA_LEVEL_BY_PUID.get(facts.format.puid) : undefined;
    if (level) out.push({ path, facts, claimed: level, valid: null, byIdentification: true });
  }
  claims = out;
  cache.set(ctx, claims);
  return claims;
}

/** "PDF/A-2b" from "2b" (the XMP spelling is part + lower-case conformance). */
export function pdfaName(claimed: string): string {
  return `PDF/A-${claimed.toLowerCase()}`;
}
