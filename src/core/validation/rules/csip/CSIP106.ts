import type { Finding, Rule } from '../../rule.ts';
import { idFindings, outcome, packageMets, representationDivs } from './support-structure.ts';

/**
 * CSIP106 (Representations division identifier): "Mandatory, `xml:id` identifier must be unique
 * within the XML-document." (mets/structMap[@LABEL='CSIP']/div/div/@ID, 1..1; CSIP 2.1: package)
 *
 * Package METS only, for the representation divisions (labelled "Representations/…" or holding an
 * mptr); the Metadata, Documentation, Schemas and Representations divisions are CSIP89/94/98/102.
 */
export const CSIP106: Rule = {
  id: 'CSIP106',
  check(ctx) {
    const root = packageMets(ctx);
    if (!root) return outcome([], false, NO_REP_DIVS);
    const findings: Finding[] = [];
    const divs = representationDivs(root.doc);
    for (const d of divs) {
      const what = {
        en: `representation division '${d.div.attrs['LABEL'] ?? ''}'`,
        sv: `representationsindelningen '${d.div.attrs['LABEL'] ?? ''}'`,
      };
      findings.push(...idFindings(ctx, root, d.div, d.xpath, what));
    }
    return outcome(findings, divs.length > 0, NO_REP_DIVS);
  },
};

const NO_REP_DIVS = {
  en: 'The package METS has no representation divisions',
  sv: 'Paketets METS har inga indelningar för representationer',
};
