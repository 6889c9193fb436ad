/**
 * SAMARKIV-PDF-1 — "A file whose XMP metadata claims a PDF/A part and conformance level holds that
 * claim, wherever the tools available could check it (checkpoint K08)."
 *
 * Fails for every claim a tool checked and found broken (PdfaVerdict.valid false), naming the
 * tools and their first messages. A claim no tool could check is not a failure of this MUST: it
 * is SAMARKIV-PDF-2's information. Not applicable when no claim was checked at all (no content
 * checks, no PDF/A in the package, or only unverifiable claims).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { pdfaClaims, pdfaName } from './pdfa-claims.ts';

/** Tool messages shown per file; the rest are counted (a broken PDF can produce hundreds). */
const MESSAGES_SHOWN = 3;

export const SAMARKIV_PDF_1: Rule = {
  id: 'SAMARKIV-PDF-1',
  check(ctx) {
    const checked = ctx.content ? pdfaClaims(ctx).filter((c) => c.valid !== null) : [];
    if (checked.length === 0) {
      return notApplicable(
        'No PDF/A claim could be checked with the tools available',
        'Ingen PDF/A-angivelse kunde kontrolleras med de verktyg som finns',
      );
    }
    const findings: Finding[] = [];
    for (const claim of checked) {
      if (claim.valid) continue;
      const pdfa = claim.facts.content?.pdfa;
      const tools = pdfa?.tools.length ? pdfa.tools.join(', ') : 'the PDF inspector';
      const messages = pdfa?.messages ?? [];
      const shown = messages.slice(0, MESSAGES_SHOWN).join('; ');
      const more = messages.length > MESSAGES_SHOWN ? messages.length - MESSAGES_SHOWN : 0;
      const why = shown ? `: ${shown}` : '';
      findings.push(
        finding(
          `${claim.path} claims ${pdfaName(claim.claimed)} but does not conform to it (checked with ${tools})${why}${more ? ` (and ${more} more)` : ''}`,
          `${claim.path} anger ${pdfaName(claim.claimed)} men uppfyller det inte (kontrollerat med ${tools})${why}${more ? ` (och ${more} till)` : ''}`,
          { file: claim.path },
        ),
      );
    }
    return findings;
  },
};
