import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { checkRepresentationDivs } from './divisions.ts';

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
  check: (ctx) =>
    checkRepresentationDivs(ctx, (root, d) => {
      const n = d.div.mptrs.length;
      if (n === 1) return [];
      const label = d.div.attrs['LABEL'] ?? '';
      return [
        finding(
          n === 0
            ? `The representation division '${label}' has no mptr pointing to the representation METS`
            : `The representation division '${label}' has ${n} mptr elements; exactly one is expected`,
          n === 0
            ? `Indelningen för representationen '${label}' saknar METS-pekare (mptr) till representationens METS`
            : `Indelningen för representationen '${label}' har ${n} METS-pekare (mptr); exakt en förväntas`,
          at(root, d.xpath, d.div),
        ),
      ];
    }),
};
