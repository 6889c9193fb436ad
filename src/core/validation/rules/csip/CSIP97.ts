import type { Rule } from '../../rule.ts';
import { checkSectionDivision, SCHEMAS } from './section-divisions.ts';

/**
 * CSIP97 (Schema division): "The schemas referenced in the file section file groups are described
 * in the structural map within a single sub-division."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Schemas'], 0..1)
 *
 * When Schemas file groups exist, exactly one division labelled "Schemas" describes them; there
 * is never more than one.
 */
export const CSIP97: Rule = {
  id: 'CSIP97',
  check: (ctx) => checkSectionDivision(ctx, SCHEMAS),
};
