import type { Rule } from '../../rule.ts';
import { checkSectionDivision, DOCUMENTATION } from './section-divisions.ts';

/**
 * CSIP93 (Documentation division): "The documentation referenced in the file section file groups
 * is described in the structural map with one sub division."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Documentation'], 0..1)
 *
 * When Documentation file groups exist, exactly one division labelled "Documentation" describes
 * them; there is never more than one.
 */
export const CSIP93: Rule = {
  id: 'CSIP93',
  check: (ctx) => checkSectionDivision(ctx, DOCUMENTATION),
};
