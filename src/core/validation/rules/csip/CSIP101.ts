import type { Rule } from '../../rule.ts';
import { checkSectionDivision, REPRESENTATIONS } from './section-divisions.ts';

/**
 * CSIP101 (Content division): "When no representations are present the content referenced in the
 * file section file group with `@USE` attribute value "Representations" is described in the
 * structural map as a single sub division."
 * (mets/structMap[@LABEL='CSIP']/div/div[@LABEL='Representations'], 0..1)
 *
 * When file groups with USE starting "Representations" exist, one division labelled
 * "Representations" describes them, unless Representations/<rep> divisions (CSIP105) do; there is
 * never more than one. Applies in representation METS too (groups named "Representations/rep1/data").
 */
export const CSIP101: Rule = {
  id: 'CSIP101',
  check: (ctx) => checkSectionDivision(ctx, REPRESENTATIONS),
};
