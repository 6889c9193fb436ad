/**
 * SAMARKIV-PDF-2 — "PDF/A claims that no available tool could check (a part or level beyond the
 * tools, or no PDF inspection configured) are listed for information; they are not failures of
 * SAMARKIV-PDF-1."
 *
 * A MAY, so its findings are INFO: the archivist sees which claims rest on the producer's word.
 * Lists claims whose check returned no verdict (PdfaVerdict.valid null, e.g. PDF/A-2u where only
 * PDFBox preflight for PDF/A-1b is installed) and files identified as PDF/A that no inspector
 * checked. Not applicable when the content checks did not run or no file claims PDF/A.
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { formatLabel } from './content-files.ts';
import { pdfaClaims, pdfaName } from './pdfa-claims.ts';

export const SAMARKIV_PDF_2: Rule = {
  id: 'SAMARKIV-PDF-2',
  check(ctx) {
    const claims = ctx.content ? pdfaClaims(ctx) : [];
    if (claims.length === 0) {
      return notApplicable('No file claims PDF/A', 'Ingen fil anger att den är PDF/A');
    }
    const findings: Finding[] = [];
    for (const claim of claims) {
      if (claim.valid !== null) continue;
      const name = pdfaName(claim.claimed);
      const pdfa = claim.facts.content?.pdfa;
      if (claim.byIdentification && pdfa) {
        // The inspector ran but read no pdfaid claim, while a PDF/A signature matched.
        findings.push(
          finding(
            `${claim.path} is identified as ${formatLabel(claim.facts)}, but the PDF inspector found no PDF/A claim in its XMP metadata; the claim could not be verified`,
            `${claim.path} är identifierad som ${formatLabel(claim.facts)}, men PDF-granskningen hittade ingen PDF/A-angivelse i dess XMP-metadata; angivelsen kunde inte kontrolleras`,
            { file: claim.path },
          ),
        );
      } else if (claim.byIdentification) {
        findings.push(
          finding(
            `${claim.path} is identified as ${formatLabel(claim.facts)}; its ${name} claim could not be verified because no PDF inspection ran`,
            `${claim.path} är identifierad som ${formatLabel(claim.facts)}; angivelsen ${name} kunde inte kontrolleras eftersom ingen PDF-granskning kördes`,
            { file: claim.path },
          ),
        );
      } else {
        const tools = pdfa?.tools.length ? ` with ${pdfa.tools.join(', ')}` : '';
        const toolsSv = pdfa?.tools.length ? ` med ${pdfa.tools.join(', ')}` : '';
        const why = pdfa?.messages.length ? `: ${pdfa.messages.join('; ')}` : '';
        findings.push(
          finding(
            `${claim.path} claims ${name}, and the claim could not be verified${tools}${why}`,
            `${claim.path} anger ${name}, och angivelsen kunde inte kontrolleras${toolsSv}${why}`,
            { file: claim.path },
          ),
        );
      }
    }
    return findings;
  },
};
