import { finding, type Finding, type Rule } from '../../rule.ts';
import { at, outcome, packageMets, representationDivs } from './support-structure.ts';

/**
 * CSIP109 (Representation METS pointer): "The division `<div>` of the specific representation
 * includes one occurrence of the METS pointer `<mptr>` element, pointing to the appropriate
 * representation METS file." (mets/structMap[@LABEL='CSIP']/div/div/mptr, 1..1)
 *
 * Package METS only: each representation division has exactly one mptr. Where it points is
 * CSIP107 (the right folder) and CSIP110 (an existing file).
 */
export const CSIP109: Rule = {
  id: 'CSIP109',
  check(ctx) {
    const root = packageMets(ctx);
    if (!root) return outcome([], false, NO_REP_DIVS);
    const divs = representationDivs(root.doc);
    const findings: Finding[] = [];
    for (const d of divs) {
      const n = d.div.mptrs.length;
      if (n === 1) continue;
      const label = d.div.attrs['LABEL'] ?? '';
      findings.push(
        finding(
          n === 0
            ? `The representation division '${label}' has no mptr pointing to the representation METS`
            : `The representation division '${label}' has ${n} mptr elements; exactly one is expected`,
          n === 0
            ? `Indelningen för representationen '${label}' saknar METS-pekare (mptr) till representationens METS`
            : `Indelningen för representationen '${label}' har ${n} METS-pekare (mptr); exakt en förväntas`,
          at(root, d.xpath, d.div),
        ),
      );
    }
    return outcome(findings, divs.length > 0, NO_REP_DIVS);
  },
};

const NO_REP_DIVS = {
  en: 'The package METS has no representation divisions',
  sv: 'Paketets METS har inga indelningar för representationer',
};
