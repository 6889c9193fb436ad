import { finding, type Finding, type Rule } from '../../rule.ts';
import {
  at,
  dirOf,
  hrefTarget,
  lowerFirstSegment,
  outcome,
  packageMets,
  representationDivs,
} from './support-structure.ts';

/**
 * CSIP107 (Representations division label): "The package's representation division `<div>`
 * element `@LABEL` attribute value must be the path to the representation level METS document
 * starting with the value "Representations" followed by the main folder name for example
 * "Representations/submission" and "Representations/ingest"." (mets/structMap[@LABEL='CSIP']/div/div/@LABEL)
 *
 * Package METS only: each representation division is labelled "Representations/<folder>", and
 * the representation METS its mptr points to lies in representations/<folder>/.
 */
export const CSIP107: Rule = {
  id: 'CSIP107',
  check(ctx) {
    const root = packageMets(ctx);
    if (!root) return outcome([], false, NO_REP_DIVS);
    const divs = representationDivs(root.doc);
    const findings: Finding[] = [];
    for (const d of divs) {
      const label = d.div.attrs['LABEL'];
      const loc = at(root, d.xpath, d.div);
      if (!label || !/^Representations\/[^/]+/.test(label)) {
        findings.push(
          finding(
            `The representation division is labelled '${label ?? ''}'; expected 'Representations/' followed by the representation folder, e.g. 'Representations/rep1'`,
            `Indelningen för en representation har etiketten '${label ?? ''}'; 'Representations/' följt av representationens mapp förväntades, t.ex. 'Representations/rep1'`,
            loc,
          ),
        );
        continue;
      }
      for (const mptr of d.div.mptrs) {
        const target = hrefTarget(root, mptr);
        if (!target || dirOf(target) === lowerFirstSegment(label)) continue;
        findings.push(
          finding(
            `The division '${label}' points to ${target}, which is not in the folder ${lowerFirstSegment(label)}/ its label names`,
            `Indelningen '${label}' pekar på ${target}, som inte ligger i mappen ${lowerFirstSegment(label)}/ som etiketten anger`,
            loc,
          ),
        );
      }
    }
    return outcome(findings, divs.length > 0, NO_REP_DIVS);
  },
};

const NO_REP_DIVS = {
  en: 'The package METS has no representation divisions',
  sv: 'Paketets METS har inga indelningar för representationer',
};
